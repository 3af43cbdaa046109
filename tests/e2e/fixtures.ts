import { test as base, expect, type Browser, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import pg from "pg";

/** Demo logins (prisma/seed.ts), one per role and lane. */
export const LOGINS = {
  frontDesk: "empfang@einehand.test",
  abh: "abh@einehand.test",
  abhLead: "abh-leitung@einehand.test",
  soz: "soz@einehand.test",
  sozLead: "soz-leitung@einehand.test",
  kim: "kim@einehand.test",
  kimLead: "kim-leitung@einehand.test",
  mbe: "mbe@einehand.test",
  mbeLead: "mbe-leitung@einehand.test",
  jmd: "jmd@einehand.test",
  jmdLead: "jmd-leitung@einehand.test",
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

/** A page in its own browser context (own cookies), signed in as `who`: several staff side by side. */
export async function pageFor(browser: Browser, baseURL: string, who: LoginName, locale = "de") {
  const context = await browser.newContext({ baseURL, locale: locale === "ar" ? "ar" : "de-DE" });
  const page = await context.newPage();
  await loginAs(page, who, locale);
  return page;
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

/** Lower-case Latin letters only: Latin name forms accept no digits (lib/persons/schemas.ts). */
export function randomLetters(n = 6) {
  return Array.from({ length: n }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");
}

/** Arabic letters, for names in the original script that stay unique across runs and workers. */
export function randomArabic(n = 3) {
  const letters = "بتثجحخدذرزسشصضطظعغفقكلمنهوي";
  return Array.from({ length: n }, () => letters[Math.floor(Math.random() * letters.length)]).join("");
}

/**
 * Every text node of the page (also visually hidden ones, e.g. table captions for screen
 * readers), each separated by a space, without the option lists of <select> elements: those
 * list every lane as a possible target (a static list, not data about this person).
 */
export async function visibleText(page: Page, selector = "body") {
  return page.locator(selector).evaluate((root) => {
    const skip = "SELECT, DATALIST, SCRIPT, STYLE, TEMPLATE";
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.closest(skip)) parts.push(node.nodeValue ?? "");
    }
    return parts.join(" ").replace(/\s+/g, " ");
  });
}

/** axe-core on the current page; fails on violations of impact "serious" or "critical". */
export async function expectAccessible(page: Page, label = page.url()) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const report = bad.map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(" ")} — ${n.failureSummary?.split("\n").join(" ")}`).join("\n")}`);
  expect(report, `axe violations on ${label}`).toEqual([]);
}

const berlinDay = (d: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(d);

/**
 * A start time for an appointment "now" that check-in accepts as on time and as today's: two
 * minutes ahead, or two minutes ago when ahead would already be tomorrow in Berlin (a run just
 * before midnight there — 23:00 UTC in winter — would otherwise book for tomorrow).
 */
export function appointmentStartNow(): Date {
  const ahead = new Date(Date.now() + 2 * 60_000);
  return berlinDay(ahead) === berlinDay(new Date()) ? ahead : new Date(Date.now() - 2 * 60_000);
}
