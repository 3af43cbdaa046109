import { adminDb, expect, expectAccessible, loginAs, randomLetters, test } from "./fixtures";

/**
 * Issue 4 item 6: the queue report as a lane lead and steering read it — in Arabic (right to
 * left, axe-clean), and as the CSV download German Excel opens by double-click.
 */

/** An ABH queue at a fresh location with six tickets served today (each called and finished). */
async function arrangeServedTickets() {
  const db = adminDb();
  const tag = randomLetters(8);
  const one = async (sql: string, params: unknown[]) => (await db.query(sql, params)).rows[0].id as string;
  const locationId = await one(`INSERT INTO "Location" (code, name, address, kind) VALUES ($1, $1, 'Markt 1, 59065 Hamm', 'MAIN') RETURNING id`, [`stats-${tag}`]);
  const service = await one(`INSERT INTO "Service" (code, lane, "durationMinutes", "bookingMode") VALUES ($1, 'ABH', 20, 'ONLINE') RETURNING id`, [`stats-${tag}`]);
  const counter = await one(`INSERT INTO "Counter" ("locationId", name) VALUES ($1, 'Schalter 1') RETURNING id`, [locationId]);
  const queue = await one(`INSERT INTO "Queue" ("locationId", lane, "serviceId", code, name) VALUES ($1, 'ABH', $2, 'S', 'Statistik') RETURNING id`, [locationId, service]);
  for (let i = 0; i < 6; i++) {
    const id = await one(`SELECT issue_ticket_internal($1, 'de', NULL, NULL, NULL, NULL, false, NULL) AS id`, [queue]);
    await db.query(`UPDATE "Ticket" SET status = 'CALLED', "counterId" = $2, "calledAt" = now() WHERE id = $1`, [id, counter]);
    await db.query(`UPDATE "Ticket" SET status = 'DONE', "finishedAt" = now() WHERE id = $1`, [id]);
  }
  return { locationId, tag };
}

test("a lane lead reads exact figures in Arabic and downloads them as CSV for Excel", async ({ page }) => {
  const { locationId, tag } = await arrangeServedTickets();
  await loginAs(page, "abhLead", "ar");
  await page.goto(`/ar/steering/queues?location=${locationId}`);
  const table = page.getByTestId("queue-statistics");
  await expect(table.locator("caption")).toHaveText("أرقام الانتظار والأوقات حسب اليوم وقائمة الانتظار");
  const row = table.locator("tbody tr");
  await expect(row).toHaveCount(1);
  await expect(row.locator("td").first()).toHaveText("6");
  await expect(page.getByTestId("suppression-note")).toHaveCount(0);
  await expectAccessible(page, "queue statistics (ar)");

  const href = await page.getByRole("link", { name: "تنزيل بصيغة CSV ‏(Excel)" }).getAttribute("href");
  const csv = await page.request.get(href!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(csv.headers()["content-disposition"]).toMatch(/^attachment; filename="queue-statistics_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv"$/);
  const body = await csv.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM
  const lines = body.toString("utf8").slice(1).split("\r\n");
  expect(lines[0].split(";")).toHaveLength(11);
  expect(lines[1].split(";").slice(2, 6)).toEqual([`stats-${tag}`, "6", "6", "6"]);
});

test("steering sees the same queue with small numbers hidden, and a reversed range is refused", async ({ page }) => {
  const { locationId } = await arrangeServedTickets();
  await loginAs(page, "steering");
  await page.goto(`/de/steering/queues?location=${locationId}`);
  await expect(page.getByTestId("suppression-note")).toBeVisible();
  const cells = page.getByTestId("queue-statistics").locator("tbody tr td");
  await expect(cells.nth(0)).toHaveText("6"); // tickets
  await expect(cells.nth(3)).toContainText("< 5"); // no-shows: 0
  await expectAccessible(page, "queue statistics (de, steering)");

  await page.goto(`/de/steering/queues?from=2026-11-10&to=2026-11-01`);
  await expect(page.getByText("Das Enddatum darf nicht vor dem Anfangsdatum liegen.")).toBeVisible();
  await expect(page.getByTestId("queue-statistics")).toHaveCount(0);
});
