/**
 * Retention periods on the admin page (DESIGN rule 8): an invalid value is refused with a
 * translated message and changes nothing; a valid one is saved and audited.
 */
import { adminDb, expect, loginAs, test } from "./fixtures";

const monthsOf = async (lane: string) => (await adminDb().query(`SELECT months FROM "LaneRetention" WHERE lane = $1`, [lane])).rows[0].months as number;

test("an admin changes the retention period of the youth migration service", async ({ page }) => {
  const before = await monthsOf("JMD");
  await loginAs(page, "admin", "en");
  await page.goto("/en/admin");
  const form = page.getByRole("form", { name: "Youth migration service (DRK)" });
  const field = form.getByLabel("Youth migration service (DRK) — months after closing");
  await expect(field).toHaveValue(String(before));

  await field.fill("0");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByText("Please enter a whole number from 1 to 600.")).toBeVisible();
  expect(await monthsOf("JMD")).toBe(before);

  await field.fill(String(before + 1));
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByText("Saved.")).toBeVisible();
  await expect.poll(() => monthsOf("JMD")).toBe(before + 1);
  const { rows } = await adminDb().query(`SELECT detail FROM "AuditEvent" WHERE action = 'admin.retention.set' ORDER BY id DESC LIMIT 1`);
  expect(rows[0].detail).toEqual({ lane: "JMD", from: before, to: before + 1 });
  await adminDb().query(`UPDATE "LaneRetention" SET months = $1 WHERE lane = 'JMD'`, [before]);
});
