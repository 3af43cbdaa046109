/** The few environment values the server reads, with the reason each is needed. */
export function appDatabaseUrl(): string {
  const url = process.env.APP_DATABASE_URL;
  if (!url) {
    // Set by scripts/serve.ts (embedded PostgreSQL) or by the operator for an external server.
    if (process.env.NEXT_PHASE === "phase-production-build") return "postgresql://build-time-placeholder/none";
    throw new Error("APP_DATABASE_URL is not set: start the portal with `npm start` or see README");
  }
  return url;
}

/** TOTP for staff: on by default in production, off for the demo (AUTH_REQUIRE_TOTP=false|true). */
export function totpRequired(): boolean {
  const v = process.env.AUTH_REQUIRE_TOTP;
  if (v === undefined || v === "") return process.env.NODE_ENV === "production" && process.env.EINEHAND_DEMO !== "1";
  // anything but an explicit "off" keeps the second factor on: a typo must not disable it
  return !["false", "0", "off", "no"].includes(v.trim().toLowerCase());
}

export function envInt(name: string, fallback: number): number {
  const n = Number(process.env[name]);
  return Number.isFinite(n) && process.env[name] !== "" && process.env[name] !== undefined ? n : fallback;
}
