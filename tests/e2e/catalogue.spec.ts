import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";

/**
 * Issue 3 item 1 in the browser: the need finder leads a newcomer to the right service in their
 * language, the catalogue lists the services of all five institutions, and a service shows what
 * to bring and the free times. Every page passes axe, in German and (right to left) in Arabic.
 * Reads only the seeded catalogue (prisma/seed-appointments.ts); books nothing.
 */

const LANES = ["ABH", "SOZ", "KIM", "MBE", "JMD"] as const;
const common = (locale: string) => JSON.parse(readFileSync(`locales/${locale}/common.json`, "utf8"));
const catalogue = (locale: string) => JSON.parse(readFileSync(`locales/${locale}/catalogue.json`, "utf8"));
const section = (page: Page, id: string) => page.locator(`section[aria-labelledby="${id}"]`);

/** No i18n key may show through: "catalogue:…" or a dotted key path where a sentence belongs. */
async function expectNoRawKeys(page: Page) {
  await expect(page.locator("body")).not.toContainText(/\b(catalogue|common|booking):[a-zA-Z]/);
}

test("Turkish need finder: “my residence permit expires” leads to the permit extension", async ({ page }) => {
  await page.goto("/tr/need-finder");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hangi hizmete ihtiyacım var?");
  await page.getByRole("radio", { name: "Oturma iznimin süresi yakında doluyor" }).check();
  await page.getByRole("button", { name: "Uygun hizmetleri göster" }).click();
  await expect(page).toHaveURL(/need=permitExpires/);

  const results = section(page, "results");
  await expect(results.getByRole("heading", { level: 2 })).toHaveText("Bu hizmetler size uygun");
  // most fitting first: the extension, then the provisional certificate while it is decided
  const names = results.locator("article h3");
  await expect(names.first()).toHaveText("Oturma iznini uzatma");
  await expect(names).toHaveCount(2);
  await expectAccessible(page, "need finder result (tr)");

  await names.first().getByRole("link").click();
  await expect(page).toHaveURL(/\/tr\/services\/abh-permit-extension$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Oturma iznini uzatma");
  await expect(section(page, "documents")).toContainText("Pasaport veya pasaport yerine geçen belge");
  await expectNoRawKeys(page);
});

test("the need finder asks the age for counselling and then names the right institution", async ({ page }) => {
  await page.goto("/de/need-finder?need=advice&age=young");
  await expect(section(page, "results").locator("article h3")).toHaveText(["Jugendmigrationsdienst (DRK): Beratung"]);
  await page.goto("/de/need-finder?need=advice&age=adult");
  await expect(section(page, "results").locator("article h3")).toHaveText(["Migrationsberatung für Erwachsene (AWO)"]);
});

for (const locale of ["de", "ar"] as const) {
  test(`${locale}: need finder, catalogue and a service page are complete and accessible`, async ({ page }) => {
    const t = catalogue(locale);
    const lanes = common(locale).lane;

    await page.goto(`/${locale}/need-finder`);
    await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.needFinder.title);
    await expect(page.getByRole("radio")).toHaveCount(8 + 3);
    await expectNoRawKeys(page);
    await expectAccessible(page, `need finder (${locale})`);

    // the header leads to the catalogue from every public page
    await page.getByRole("navigation", { name: t.nav.label }).getByRole("link", { name: t.nav.services }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/services$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.list.title);
    for (const lane of LANES) {
      const institution = section(page, `lane-${lane}`);
      await expect(institution.getByRole("heading", { level: 2 })).toHaveText(lanes[lane]);
      await expect(institution.locator("article").first()).toBeVisible();
    }
    // the independent counselling services say so
    await expect(section(page, "lane-MBE")).toContainText(t.list.independent);
    await expect(section(page, "lane-JMD")).toContainText(t.list.independent);
    await expectNoRawKeys(page);
    await expectAccessible(page, `catalogue (${locale})`);

    await page.goto(`/${locale}/services/abh-permit-extension`);
    const documents = section(page, "documents");
    await expect(documents.getByRole("listitem")).toHaveCount(7);
    await expect(documents).toContainText(t.document.passport);
    await expect(documents).toContainText(t.document.biometricPhoto);
    // free times: links into the booking flow, named with the full date and time
    const times = section(page, "slots").locator('a[href*="/book/abh-permit-extension?start="]');
    expect(await times.count()).toBeGreaterThan(0);
    await expect(times.first()).toHaveAttribute("aria-label", /\d{2}:\d{2}/);
    await expect(section(page, "locations")).toContainText("Theodor-Heuss-Platz 16");
    await expectNoRawKeys(page);
    await expectAccessible(page, `service page (${locale})`);

    // a walk-in service lists no times and says why
    await page.goto(`/${locale}/services/abh-eat-handover`);
    await expect(section(page, "slots")).toContainText(t.modeHint.WALK_IN);
    await expect(section(page, "slots").getByRole("link")).toHaveCount(0);
  });
}

test("the home page leads to the need finder and the catalogue", async ({ page }) => {
  const t = catalogue("uk");
  await page.goto("/uk");
  await page.getByRole("link", { name: t.home.needFinder }).click();
  await expect(page).toHaveURL(/\/uk\/need-finder$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.needFinder.title);
  await expectNoRawKeys(page);
});
