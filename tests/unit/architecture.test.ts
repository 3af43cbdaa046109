import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { ALL_API_SPECS } from "@/lib/api/all-specs";

const publicOperationIds = ALL_API_SPECS.filter((s) => "public" in s && s.public).map((s) => s.operationId);

/**
 * Conventions that matter are held by a test, not by prose (STYLE.md §7):
 * lib never imports app or components; ui primitives know no domain; no barrel files;
 * every Server Action file builds its actions with a wrapper; every API route uses apiOperation.
 */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}
const importsOf = (file: string) => [...readFileSync(file, "utf8").matchAll(/from\s+["']([^"']+)["']/g)].map((m) => m[1]);

describe("architecture", () => {
  it("lib does not import app or components", () => {
    const offenders = files("lib").filter((f) => importsOf(f).some((i) => i.startsWith("@/app") || i.startsWith("@/components")));
    expect(offenders).toEqual([]);
  });

  it("ui primitives import no domain code", () => {
    const offenders = files("components/ui").filter((f) => importsOf(f).some((i) => i.startsWith("@/lib/") && !i.startsWith("@/lib/i18n") && !i.startsWith("@/lib/actions/action-result")));
    expect(offenders).toEqual([]);
  });

  it("has no barrel files", () => {
    expect([...files("lib"), ...files("components"), ...files("app")].filter((f) => /\/index\.tsx?$/.test(f))).toEqual([]);
  });

  it("builds every staff Server Action with staffAction", () => {
    const actionFiles = files("lib").filter((f) => f.endsWith("/actions.ts") && !f.startsWith("lib/auth/"));
    for (const f of actionFiles) {
      const text = readFileSync(f, "utf8");
      expect(text, f).toMatch(/^["']use server["']/);
      const exported = [...text.matchAll(/export\s+(?:async\s+function|const)\s+(\w+)/g)].map((m) => m[1]);
      for (const name of exported) expect(text, `${f}: ${name}`).toMatch(new RegExp(`export const ${name}\\s*=\\s*staffAction\\(`));
    }
  });

  it("builds every public Server Action with publicAction", () => {
    const actionFiles = files("lib").filter((f) => f.endsWith("/public-actions.ts"));
    expect(actionFiles.length).toBeGreaterThan(0);
    for (const f of actionFiles) {
      const text = readFileSync(f, "utf8");
      expect(text, f).toMatch(/^["']use server["']/);
      const exported = [...text.matchAll(/export\s+(?:async\s+function|const)\s+(\w+)/g)].map((m) => m[1]);
      for (const name of exported) expect(text, `${f}: ${name}`).toMatch(new RegExp(`export const ${name}\\s*=\\s*publicAction\\(`));
    }
  });

  it("builds every kiosk Server Action with kioskAction", () => {
    const actionFiles = files("lib").filter((f) => f.endsWith("/kiosk-actions.ts"));
    expect(actionFiles.length).toBeGreaterThan(0);
    for (const f of actionFiles) {
      const text = readFileSync(f, "utf8");
      expect(text, f).toMatch(/^["']use server["']/);
      const exported = [...text.matchAll(/export\s+(?:async\s+function|const)\s+(\w+)/g)].map((m) => m[1]);
      for (const name of exported) expect(text, `${f}: ${name}`).toMatch(new RegExp(`export const ${name}\\s*=\\s*kioskAction\\(`));
    }
  });

  it("builds every API v1 route handler with apiOperation (publicApiOperation only for public specs)", () => {
    const routes = files("app/api/v1").filter((f) => f.endsWith("route.ts") && !f.includes("openapi.json"));
    for (const f of routes) {
      const text = readFileSync(f, "utf8");
      for (const m of text.matchAll(/export const (GET|POST|PATCH|DELETE|PUT)\s*=\s*(\w+)\((\w+)/g)) {
        expect(["apiOperation", "publicApiOperation"], f).toContain(m[2]);
        if (m[2] === "publicApiOperation") expect(publicOperationIds, f).toContain(m[3].replace(/Spec$/, ""));
      }
    }
  });

  it("authenticates and authorizes every staff page itself (a layout check is not enough)", () => {
    const pages = files("app/[locale]/(staff)").filter((f) => f.endsWith("page.tsx"));
    expect(pages.length).toBeGreaterThan(5);
    for (const f of pages) expect(readFileSync(f, "utf8"), f).toMatch(/requireStaff\(|getStaffSession\(/);
  });

  it("builds SQL only with tagged templates (no *Unsafe raw queries)", () => {
    // the one exception: pg-boss hands its own parameterised SQL ($1, $2 … plus values) to the
    // executeSql adapter that enqueues jobs inside the booking's transaction
    const allowed = ["lib/jobs/queue.ts"];
    expect(files("lib").filter((f) => /\$(query|execute)RawUnsafe/.test(readFileSync(f, "utf8")) && !allowed.includes(f))).toEqual([]);
  });
});
