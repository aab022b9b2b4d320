import { expect, test } from "@playwright/test";
import { shortSessionUrl } from "../playwright.config";
import { atProvider, expectAccessible } from "./support";

// This portal runs with an idle timeout of 10 s and a warning 6 s before (see playwright.config.ts).
test.use({ baseURL: shortSessionUrl });

async function login(page: import("@playwright/test").Page) {
  await page.goto("/borger");
  await page.getByRole("button", { name: "Log ind som Anna Jensen" }).click();
  await expect(page).toHaveURL(`${shortSessionUrl}/borger`);
}

test("the expiry warning comes before the idle timeout; staying logged in keeps the session", async ({ page }) => {
  await login(page);
  const loggedInAt = performance.now();
  const dialog = page.getByRole("dialog", { name: "Du bliver snart logget af" });
  await expect(dialog).toBeVisible({ timeout: 8_000 });
  await expect(dialog.getByRole("button", { name: "Forbliv logget ind" })).toBeFocused();
  await dialog.getByRole("button", { name: "Forbliv logget ind" }).click();
  await expect(dialog).toBeHidden();
  // No page is loaded after the click: only the renewal itself can have kept the server's session.
  // The warning comes back for the renewed period; at two seconds left the first period is over.
  await expect(dialog).toBeVisible({ timeout: 8_000 });
  await expect(dialog).toContainText("Tid tilbage: 0:02", { timeout: 8_000 });
  expect(performance.now() - loggedInAt, "past the idle timeout counted from the login").toBeGreaterThan(10_000);
  const borger = await page.request.get("/borger", { maxRedirects: 0 });
  expect(borger.status()).toBe(200);
});

test("an idle session ends: the browser lands on the logged-out page and the server refuses the old session", async ({
  page,
}) => {
  await login(page);
  // The warning is checked here, where nothing else races its countdown.
  await expect(page.getByRole("dialog", { name: "Du bliver snart logget af" })).toBeVisible({ timeout: 8_000 });
  await expectAccessible(page, "session expiry warning");
  await expect(page).toHaveURL(/\/logget-ud\?aarsag=udloebet/, { timeout: 15_000 });
  await expect(page.getByText("Du blev logget af automatisk")).toBeVisible();
  await page.goto("/borger");
  await expect(page).toHaveURL(atProvider);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the server ends an idle session by itself", async ({ page }) => {
    await login(page);
    await page.waitForTimeout(11_000);
    await page.goto("/borger");
    await expect(page).toHaveURL(atProvider);
  });
});
