import { test as base, expect, type Page } from "@playwright/test";
import pg from "pg";

/** Demo logins (prisma/seed.ts), one per role and lane. */
export const LOGINS = {
  frontDesk: "empfang@einehand.test",
  abh: "abh@einehand.test",
  abhLead: "abh-leitung@einehand.test",
  soz: "soz@einehand.test",
  kim: "kim@einehand.test",
  kimLead: "kim-leitung@einehand.test",
  mbe: "mbe@einehand.test",
  mbeLead: "mbe-leitung@einehand.test",
  jmd: "jmd@einehand.test",
  admin: "admin@einehand.test",
  steering: "steuerung@einehand.test",
} as const;
export type LoginName = keyof typeof LOGINS;
export const DEMO_PASSWORD = "einehand-demo";

export async function loginAs(page: Page, who: LoginName, locale = "de") {
  await page.goto(`/${locale}/login`);
  await page.locator('input[name="email"]').fill(LOGINS[who]);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.endsWith("/login"));
}

let pool: pg.Pool | undefined;
/** Superuser access to the e2e database, for arranging data and asserting rows are unchanged. */
export function adminDb() {
  pool ??= new pg.Pool({ connectionString: process.env.E2E_ADMIN_URL, max: 2 });
  return pool;
}

export const test = base;
export { expect };

/** Signs in through the Auth.js endpoints, the way an API integration does; returns the context. */
export async function apiSession(playwright: typeof import("@playwright/test").request, baseURL: string, who: LoginName | null) {
  const ctx = await playwright.newContext({ baseURL });
  if (who === null) return ctx;
  const { csrfToken } = await (await ctx.get("/api/auth/csrf")).json();
  const res = await ctx.post("/api/auth/callback/credentials", {
    form: { email: LOGINS[who], password: DEMO_PASSWORD, totp: "", csrfToken, callbackUrl: `${baseURL}/de/staff` },
    maxRedirects: 0,
  });
  if (res.status() >= 400) throw new Error(`login ${who} failed: ${res.status()}`);
  return ctx;
}
