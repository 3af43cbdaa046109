import { test, expect, loginAs } from "./fixtures";

test("staff sign in and land on their start page; wrong password is refused in the user's language", async ({ page }) => {
  await page.goto("/en/login");
  await page.locator('input[name="email"]').fill("abh@einehand.test");
  await page.locator('input[name="password"]').fill("wrong-password");
  await page.locator('form button[type="submit"]').click();
  await expect(page.getByTestId("login-error")).toHaveText("E-mail or password is wrong.");

  await loginAs(page, "abh");
  await expect(page).toHaveURL(/\/de\/lane/);
});

test("the Arabic pages render right-to-left and name languages in their own script", async ({ page }) => {
  await page.goto("/ar/login");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  for (const name of ["Deutsch", "English", "العربية", "Türkçe", "Українська"]) await expect(page.getByRole("link", { name })).toBeVisible();
});
