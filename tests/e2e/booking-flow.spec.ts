import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import ICAL from "ical.js";
import { adminDb, expect, expectAccessible, randomArabic, randomLetters, test } from "./fixtures";
import { calendarOf, waitForMail, waitForSms } from "./mailbox";

/**
 * Issue 3 items 3 and 5 in the browser: a newcomer books a service in their language with
 * visible progress (service → time → details + browser check → confirmation), then opens the
 * booking by code + date of birth, moves it and cancels it. Every step passes axe. German,
 * Arabic (right to left, the no-e-mail path: mobile number only) and Ukrainian.
 *
 * Each journey is a list of named steps over one shared state, so steps can be inserted (e.g.
 * reading the confirmation mail, parsing the .ics) between booking and managing.
 * Runs with BOOKING_POW_MAX_NUMBER low (playwright.config.ts): the check takes a moment only.
 */

type Booking = typeof import("../../locales/en/booking.json");
const strings = (locale: string): Booking => JSON.parse(readFileSync(`locales/${locale}/booking.json`, "utf8"));
const challengeStrings = (locale: string) => JSON.parse(readFileSync(`locales/${locale}/challenge.json`, "utf8"));
const section = (page: Page, id: string) => page.locator(`section[aria-labelledby="${id}"]`);

type Person = { givenName: string; familyName: string; birthDate: string; email?: string; phone?: string; language: string };
export type Journey = { locale: string; service: string; person: Person; t: Booking; code: string; page: Page };

const randomBirthDate = () => `${1960 + Math.floor(Math.random() * 30)}-0${1 + Math.floor(Math.random() * 9)}-1${Math.floor(Math.random() * 9)}`;

async function expectStep(page: Page, t: Booking, n: number, name: string) {
  const progress = page.getByRole("navigation", { name: t.flow.progress });
  await expect(progress.locator('[aria-current="step"]')).toContainText(name);
  await expect(progress.getByTestId("step-of")).toHaveText(t.flow.stepOf.replace("{{current}}", String(n)).replace("{{total}}", "4").replace("{{name}}", name));
}

/** Service page → first free time → step 2 (reserve) → step 3 (details, browser check) → step 4 (code). */
async function book(j: Journey) {
  const { page, t, locale, person } = j;
  const workers: string[] = [];
  page.on("worker", (w) => workers.push(w.url()));
  await page.goto(`/${locale}/services/${j.service}`);
  await expectAccessible(page, `service page (${locale})`);
  await section(page, "slots").locator(`a[href*="/${locale}/book/${j.service}?start="]`).first().click();

  await page.waitForURL(new RegExp(`/${locale}/book/${j.service}\\?start=`));
  await expectStep(page, t, 2, t.flow.stepTime);
  await expect(page.getByTestId("chosen-time")).toBeVisible();
  await expectAccessible(page, `step 2 (${locale})`);
  await page.getByRole("button", { name: t.flow.hold }).click();

  await page.waitForURL(new RegExp(`/${locale}/book/${j.service}/details\\?hold=`));
  await expectStep(page, t, 3, t.flow.stepDetails);
  await expect(page.getByTestId("hold-remaining")).toBeVisible();
  await expectAccessible(page, `step 3 (${locale})`);
  const form = page.locator("form");
  // a mistake first: nothing is booked, the error sits next to its field
  await page.getByLabel(t.details.familyName).fill(person.familyName);
  await page.getByRole("button", { name: t.details.submit }).click();
  await expect(page.getByTestId("form-error")).toBeVisible();
  await expect(page.getByLabel(t.details.givenName)).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page, `step 3 with errors (${locale})`);

  await page.getByLabel(t.details.givenName).fill(person.givenName);
  await page.getByLabel(t.details.birthDate, { exact: true }).fill(person.birthDate);
  if (person.email) await page.getByLabel(t.details.email).fill(person.email);
  if (person.phone) await page.getByLabel(t.details.phone).fill(person.phone);
  await page.getByLabel(t.details.language).selectOption(person.language);
  await expect(form.getByTestId("pow-challenge")).toHaveAttribute("data-state", "done", { timeout: 30_000 });
  await expect(form.getByTestId("pow-challenge").getByRole("status")).toHaveText(challengeStrings(locale).done);
  expect(workers.length, "the proof-of-work runs in Web Workers").toBeGreaterThan(0);
  await page.getByRole("button", { name: t.details.submit }).click();

  await page.waitForURL(new RegExp(`/${locale}/book/done\\?`));
  await expectStep(page, t, 4, t.flow.stepDone);
  const code = (await page.getByTestId("booking-code").textContent())!.trim();
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  await expect(page.getByRole("img", { name: t.done.qrAlt.replace("{{code}}", code) })).toBeVisible();
  await expect(page.getByRole("link", { name: t.done.calendar })).toHaveAttribute("href", new RegExp(`/${locale}/booking/${code}/calendar\\.ics\\?t=`));
  await expect(page.getByRole("link", { name: t.done.receipt })).toHaveAttribute("href", new RegExp(`/${locale}/booking/${code}/receipt\\.pdf\\?t=`));
  await expectAccessible(page, `step 4 (${locale})`);
  const row = (await adminDb().query(`SELECT status, "givenName", email, phone, language FROM "Booking" WHERE code = $1`, [code])).rows[0];
  expect(row).toMatchObject({ status: "CONFIRMED", givenName: person.givenName, email: person.email ?? null, phone: person.phone ?? null, language: person.language });
  j.code = code;
}

/** "Manage my appointment" in the header → code + date of birth → the booking. */
async function openByCode(j: Journey) {
  const { page, t, locale } = j;
  await page.getByRole("link", { name: t.nav.manage }).click();
  await page.waitForURL(new RegExp(`/${locale}/booking$`));
  await expectAccessible(page, `manage lookup (${locale})`);
  await page.getByLabel(t.manage.code).fill(j.code.toLowerCase());
  await page.getByLabel(t.details.birthDate).fill(j.person.birthDate);
  await page.getByRole("button", { name: t.manage.open }).click();
  await page.waitForURL(/\/booking\?code=.*&t=/);
  expect(page.url()).not.toContain(j.person.birthDate);
  await expect(page.getByTestId("booking-summary")).toContainText(t.status.CONFIRMED);
  await expectAccessible(page, `manage booking (${locale})`);
}

async function reschedule(j: Journey) {
  const { page, t, locale } = j;
  const before = (await adminDb().query(`SELECT "startsAt" FROM "Booking" WHERE code = $1`, [j.code])).rows[0].startsAt as Date;
  await page.getByRole("link", { name: t.manage.reschedule }).click();
  await expectAccessible(page, `reschedule: times (${locale})`);
  await section(page, "reschedule").locator('a[href*="step=reschedule&start="]').first().click();
  await expect(page.getByTestId("new-time")).toBeVisible();
  await expectAccessible(page, `reschedule: confirm (${locale})`);
  await page.getByRole("button", { name: t.manage.rescheduleSubmit }).click();
  await page.waitForURL(/done=rescheduled/);
  await expect(page.getByRole("status")).toBeVisible();
  await expectAccessible(page, `rescheduled (${locale})`);
  const after = (await adminDb().query(`SELECT "startsAt", status FROM "Booking" WHERE code = $1`, [j.code])).rows[0];
  expect(after.status).toBe("CONFIRMED");
  expect(after.startsAt.getTime()).not.toBe(before.getTime());
}

async function cancel(j: Journey) {
  const { page, t, locale } = j;
  await page.getByRole("link", { name: t.manage.cancel, exact: true }).click();
  await expect(page.getByRole("button", { name: t.manage.cancelSubmit })).toBeVisible();
  await expectAccessible(page, `cancel: confirm (${locale})`);
  await page.getByRole("button", { name: t.manage.cancelSubmit }).click();
  await page.waitForURL(/done=cancelled/);
  await expect(page.getByRole("status")).toHaveText(t.manage.cancelled);
  await expect(page.getByTestId("booking-summary")).toContainText(t.status.CANCELLED);
  await expectAccessible(page, `cancelled (${locale})`);
  expect((await adminDb().query(`SELECT status FROM "Booking" WHERE code = $1`, [j.code])).rows[0].status).toBe("RELEASING");
}

/** Parses an iCalendar text with ical.js and returns its one event's start as an instant. */
function eventStart(ics: string): number {
  const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!);
  return event.startDate.toJSDate().getTime();
}

/**
 * The confirmation reaches the person (e-mail through the demo SMTP sink, SMS through the log
 * provider), in their language, with the manage link; the e-mail's calendar file and the
 * download link's calendar file both parse with ical.js and start at the booked instant.
 */
async function confirmationMessage(j: Journey) {
  const { page, locale, person } = j;
  const startsAt = ((await adminDb().query(`SELECT "startsAt" FROM "Booking" WHERE code = $1`, [j.code])).rows[0].startsAt as Date).getTime();
  let link: string | undefined;
  if (person.email) {
    const mail = await waitForMail(page.request, person.email, j.code);
    link = /https?:\/\/\S+\/booking\?code=[^\s&]+&t=[\w-]+/.exec(mail.text)?.[0];
    const ics = calendarOf(mail);
    expect(ics, "the confirmation e-mail carries a calendar file").toBeTruthy();
    expect(eventStart(ics!)).toBe(startsAt);
  }
  if (person.phone) {
    const sms = await waitForSms(page.request, person.phone, j.code);
    link ??= /https?:\/\/\S+\/booking\?code=[^\s&]+&t=[\w-]+/.exec(sms.text)?.[0];
  }
  expect(link, "the message links to the booking").toBeTruthy();
  const calendarHref = await page.getByRole("link", { name: j.t.done.calendar }).getAttribute("href");
  const download = await page.request.get(calendarHref!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toContain("text/calendar");
  expect(eventStart(await download.text())).toBe(startsAt);
  // the link in the message opens the booking without typing the date of birth
  const url = new URL(link!);
  await page.goto(`${url.pathname}${url.search}`);
  expect(url.pathname).toBe(`/${locale}/booking`);
  await expect(page.getByTestId("booking-summary")).toContainText(j.t.status.CONFIRMED);
}

/** The journey's steps in order; insert further steps (mail, calendar file) by name where they belong. */
const STEPS: [string, (j: Journey) => Promise<void>][] = [
  ["book", book],
  ["confirmation message and calendar file", confirmationMessage],
  ["open by code + date of birth", openByCode],
  ["reschedule", reschedule],
  ["cancel", cancel],
];

const journeys: { locale: string; service: string; person: () => Person }[] = [
  {
    locale: "de",
    service: "abh-permit-extension",
    person: () => ({ givenName: "Amina", familyName: `Yilmaz-${randomLetters(5)}`, birthDate: randomBirthDate(), email: `amina.${randomLetters(6)}@example.org`, language: "de" }),
  },
  {
    locale: "ar",
    service: "soz-benefits-advice",
    person: () => ({ givenName: "ليلى", familyName: `الحسن${randomArabic(3)}`, birthDate: randomBirthDate(), phone: `+49 170 ${1000000 + Math.floor(Math.random() * 8999999)}`, language: "ar" }),
  },
  {
    locale: "uk",
    service: "mbe-counselling",
    person: () => ({ givenName: "Олена", familyName: `Коваленко-${randomLetters(4)}`, birthDate: randomBirthDate(), email: `olena.${randomLetters(6)}@example.org`, phone: "+49 151 2345678", language: "uk" }),
  },
];

for (const { locale, service, person } of journeys) {
  test(`${locale}: book online, then open by code, move and cancel`, async ({ page }) => {
    test.setTimeout(180_000);
    const j: Journey = { locale, service, person: person(), t: strings(locale), code: "", page };
    for (const [name, step] of STEPS) await test.step(name, () => step(j));
    if (locale === "ar") await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  });
}
