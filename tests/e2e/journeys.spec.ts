import type { Page } from "@playwright/test";
import { adminDb, expect, expectAccessible, loginAs, pageFor, randomArabic, randomLetters, test, visibleText } from "./fixtures";

/**
 * Issue 2 item 12, end to end in the browser: the front desk registers and routes a newcomer,
 * each institution sees only its own lane, a consent lets exactly one category cross and its
 * revocation takes it back, Arabic renders right-to-left, and every page on the way passes axe.
 * The steps build on each other (one person's file), so they run in order in one worker.
 */

const MBE_LABEL = "Migrationsberatung für Erwachsene (AWO)";
const section = (page: Page, id: string) => page.locator(`section[aria-labelledby="${id}"]`);

/** A newcomer unique to this run and worker; Arabic script with a Latin form, aged 30 or more. */
const suffix = randomLetters(5);
const person = {
  givenName: "كريم",
  familyName: `الحداد${randomArabic(3)}`,
  givenNameLatin: "Karim",
  familyNameLatin: `Al-Haddad-${suffix}`,
  birthDate: `${new Date().getFullYear() - 31 - Math.floor(Math.random() * 25)}-0${1 + Math.floor(Math.random() * 9)}-1${Math.floor(Math.random() * 9)}`,
};
const titles = {
  abh: `Aufenthaltserlaubnis beantragt ${suffix}`,
  mbeHousing: `Wohnungssuche mit fünf Kindern ${suffix}`,
  mbeHealth: `Psychosoziale Beratung vermittelt ${suffix}`,
};
const consentPurpose = `Gemeinsame Wohnungssuche ${suffix}`;

test.describe.serial("one file, separate lanes", () => {
  let desk: Page, abh: Page, mbe: Page, kim: Page;
  let fileNumber = "";

  test.beforeAll(async ({ browser }, info) => {
    const baseURL = info.project.use.baseURL!;
    [desk, abh, mbe, kim] = await Promise.all([
      pageFor(browser, baseURL, "frontDesk"),
      pageFor(browser, baseURL, "abh"),
      pageFor(browser, baseURL, "mbe"),
      pageFor(browser, baseURL, "kim"),
    ]);
  });
  test.afterAll(async () => {
    await Promise.all([desk, abh, mbe, kim].map((p) => p?.context().close()));
  });

  async function addNote(page: Page, category: string, title: string) {
    const form = section(page, "new-entry");
    await form.locator('select[name="category"]').selectOption(category);
    await form.locator('input[name="title"]').fill(title);
    await form.locator('textarea[name="body"]').fill(`Notiz ${suffix}`);
    await form.getByRole("button", { name: "Eintrag speichern" }).click();
    await expect(form.getByRole("status")).toHaveText("Der Eintrag wurde gespeichert.");
    await expect(section(page, "own-entries")).toContainText(title);
  }

  test("a. the front desk registers a newcomer and routes the request to ABH and MBE", async () => {
    await desk.goto("/de/desk");
    await expectAccessible(desk, "desk (de)");
    const form = section(desk, "desk-register");
    for (const [name, value] of Object.entries(person)) await form.locator(`input[name="${name}"]`).fill(value);
    await form.locator('select[name="language"]').selectOption("ar");
    await form.getByRole("button", { name: "Erfassen und Akte anlegen" }).click();
    await desk.waitForURL(/\/de\/desk\/files\/EH-/);
    fileNumber = decodeURIComponent(desk.url().split("/").pop()!);
    await expect(desk.getByRole("heading", { level: 1 })).toContainText(person.givenName);
    await expect(desk.getByRole("heading", { level: 1 })).toContainText(fileNumber);

    const request = section(desk, "file-new-request");
    const lane = (name: string | RegExp) => request.getByRole("checkbox", { name });
    // counselling: the age decides (27+ → MBE), and the form says why
    await request.locator('select[name="topic"]').selectOption("COUNSELLING");
    await expect(lane(/^Migrationsberatung für Erwachsene/)).toBeChecked();
    await expect(request.locator("label", { hasText: MBE_LABEL })).toContainText("vorgeschlagen");
    await expect(request).toContainText(/Alter \d+: Die Migrationsberatung für Erwachsene berät Menschen über 27 Jahren/);
    // a residence matter: ABH suggested (and only ABH), the counter adds MBE by hand
    await request.locator('select[name="topic"]').selectOption("RESIDENCE_PERMIT");
    await expect(lane(/^Ausländerbehörde/)).toBeChecked();
    await expect(request.locator("label", { hasText: "Ausländerbehörde" })).toContainText("vorgeschlagen");
    await expect(lane(/^Migrationsberatung für Erwachsene/)).not.toBeChecked();
    await expect(request.locator("label", { hasText: MBE_LABEL })).not.toContainText("vorgeschlagen");
    await lane(/^Migrationsberatung für Erwachsene/).check();
    await expectAccessible(desk, "desk file with routing choice (de)");
    await request.getByRole("button", { name: "Erfassen und weiterleiten" }).click();
    await expect(request.getByRole("status")).toHaveText(`Anliegen erfasst und weitergeleitet an: Ausländerbehörde und ${MBE_LABEL}.`);

    const { rows } = await adminDb().query<{ lane: string }>(
      `SELECT l.lane FROM "CaseLane" l JOIN "CaseFile" f ON f.id = l."caseFileId" WHERE f."fileNumber" = $1 ORDER BY l.lane`,
      [fileNumber],
    );
    expect(rows.map((r) => r.lane)).toEqual(["ABH", "MBE"]);

    // afterwards the front desk sees the public lane only (DESIGN.md rule 3)
    await desk.reload();
    await expect(desk.getByTestId("file-lanes")).toContainText("Ausländerbehörde");
    await expect(desk.getByTestId("file-lanes")).not.toContainText("Migrationsberatung");
    await expect(desk.getByTestId("file-requests")).toContainText("Ausländerbehörde");
    await expect(desk.getByTestId("file-requests")).not.toContainText("Migrationsberatung");
    await expectAccessible(desk, "desk file (de)");
  });

  test("b. ABH and MBE each write in their own lane; ABH sees no trace of the MBE lane", async () => {
    await abh.goto("/de/lane");
    await expectAccessible(abh, "ABH inbox (de)");
    const route = section(abh, "inbox-routes").getByRole("row").filter({ hasText: fileNumber });
    await expect(route).toContainText(`${person.givenName} ${person.familyName}`);
    await route.getByRole("link", { name: fileNumber }).click();
    await abh.waitForURL(`**/de/lane/files/${fileNumber}`);
    await addNote(abh, "RESIDENCE", titles.abh);
    await expectAccessible(abh, "ABH lane file (de)");

    await mbe.goto(`/de/lane/files/${fileNumber}`);
    await addNote(mbe, "HOUSING", titles.mbeHousing);
    await addNote(mbe, "HEALTH", titles.mbeHealth);
    await expect(section(mbe, "lanes")).toContainText(MBE_LABEL);
    await expect(section(mbe, "lanes")).not.toContainText("Ausländerbehörde"); // MBE sees only its own lane
    expect(await visibleText(mbe)).not.toContain(titles.abh);
    await expectAccessible(mbe, "MBE lane file (de)");

    const response = await abh.reload();
    const html = (await response!.text()) + (await abh.content());
    await expect(section(abh, "own-entries")).toContainText(titles.abh);
    await expect(section(abh, "lanes")).toContainText("Ausländerbehörde");
    await expect(section(abh, "lanes")).not.toContainText("Migrationsberatung");
    const text = await visibleText(abh);
    expect(text).toContain(titles.abh);
    for (const trace of [MBE_LABEL, "AWO", titles.mbeHousing, titles.mbeHealth]) expect(text).not.toContain(trace);
    // nor anywhere in the HTML or the React payload shipped with it
    for (const trace of [titles.mbeHousing, titles.mbeHealth]) expect(html).not.toContain(trace);
  });

  test("c. a consent shares MBE's HOUSING notes with KIM, read-only; revoking it takes them back", async () => {
    const consents = section(mbe, "consents");
    await consents.locator('select[name="toLane"]').selectOption("KIM");
    await consents.locator('input[name="categories[]"][value="HOUSING"]').check();
    await consents.locator('textarea[name="purpose"]').fill(consentPurpose);
    await consents.getByRole("button", { name: "Einwilligung erfassen" }).click();
    await expect(consents.getByRole("status")).toHaveText("Die Einwilligung wurde erfasst.");
    await expect(consents.getByRole("table")).toContainText(consentPurpose);

    await kim.goto(`/de/lane/files/${fileNumber}`);
    const shared = kim.getByTestId("shared-group");
    await expect(shared).toHaveCount(1);
    await expect(shared).toContainText(`Von: ${MBE_LABEL}`);
    await expect(shared).toContainText(`Einwilligung für: ${consentPurpose}`);
    await expect(shared).toContainText(titles.mbeHousing);
    await expect(shared.locator("button, form, input, textarea, select")).toHaveCount(0); // read-only
    await expect(section(kim, "new-entry")).toHaveCount(0);
    const text = await visibleText(kim);
    expect(text).not.toContain(titles.mbeHealth);
    expect(await kim.content()).not.toContain(titles.mbeHealth);
    await expectAccessible(kim, "KIM lane file with shared entries (de)");
    await kim.goto(`/ar/lane/files/${fileNumber}`);
    await expect(kim.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(kim.getByTestId("shared-group")).toContainText(titles.mbeHousing);
    await expectAccessible(kim, "KIM lane file with shared entries (ar)");

    const row = section(mbe, "consents").getByRole("row").filter({ hasText: consentPurpose });
    await row.getByRole("button", { name: "Widerrufen" }).click();
    await expect(row).toContainText("widerrufen");

    const response = await kim.goto(`/de/lane/files/${fileNumber}`);
    await expect(kim.getByRole("heading", { level: 1 })).toContainText(fileNumber);
    await expect(kim.getByTestId("shared-group")).toHaveCount(0);
    expect(await visibleText(kim)).not.toContain(titles.mbeHousing);
    expect((await response!.text()) + (await kim.content())).not.toContain(titles.mbeHousing);
    await expect(section(kim, "lanes")).not.toContainText("Migrationsberatung");
  });

  test("d+e. the same pages in Arabic render right-to-left, and pass axe", async () => {
    const pages: [Page, string, string][] = [
      [desk, "/ar/desk", "desk"],
      [desk, `/ar/desk/files/${fileNumber}`, "desk file"],
      [abh, "/ar/lane", "ABH inbox"],
      [abh, `/ar/lane/files/${fileNumber}`, "ABH lane file"],
      [mbe, `/ar/lane/files/${fileNumber}`, "MBE lane file"],
      [kim, `/ar/lane/files/${fileNumber}`, "KIM lane file"],
    ];
    for (const [page, path, label] of pages) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
      await expect(page.locator("html")).toHaveAttribute("lang", "ar");
      await expectAccessible(page, `${label} (ar)`);
    }
    // the case page in Arabic is the same file with the same lane content
    await abh.goto(`/ar/lane/files/${fileNumber}`);
    await expect(section(abh, "own-entries")).toContainText(titles.abh);
    await expect(abh.getByRole("heading", { level: 1 })).toContainText(person.givenName);
    expect(await visibleText(abh)).not.toContain(titles.mbeHealth);
  });
});

test.describe("accessibility of the remaining pages", () => {
  for (const locale of ["de", "ar"]) {
    test(`public start page and login (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}`);
      await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
      await expectAccessible(page, `start page (${locale})`);
      await page.goto(`/${locale}/login`);
      await expectAccessible(page, `login (${locale})`);
    });

    const visits = [
      ["abhLead", ["account/security", "lane/audit"]],
      ["admin", ["admin"]],
      ["steering", ["steering"]],
    ] as const;
    for (const [who, paths] of visits) {
      test(`${paths.join(" and ")} as ${who} (${locale})`, async ({ page }) => {
        await loginAs(page, who, locale);
        for (const path of paths) {
          const response = await page.goto(`/${locale}/${path}`);
          expect(response!.status(), path).toBe(200);
          await expect(page.locator("html")).toHaveAttribute("lang", locale);
          await expectAccessible(page, `${path} as ${who} (${locale})`);
        }
      });
    }
  }
});
