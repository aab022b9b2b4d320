import { expect, test } from "@playwright/test";
import { shortSessionUrl } from "../playwright.config";
import { atProvider, day, expectAccessible, h1 } from "./support";

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

/** Anna starts reporting a holiday and leaves the form half-filled. */
async function typeAbsence(page: import("@playwright/test").Page, comment: string) {
  await page.goto("/borger/fravaer/ny");
  await page.getByRole("group", { name: /Hvilket fravær vil du melde/ }).getByRole("radio", { name: "Ferie" }).check();
  await page.getByLabel("Første dag").fill(day(40));
  await page.getByLabel("Bemærkning til jobcentret (frivillig)").fill(comment);
}

/** Back on the form after a new login: what was typed is there, and the page says it was not sent. */
async function expectKeptAbsence(page: import("@playwright/test").Page, comment: string) {
  await expect(h1(page)).toHaveText("Meld fravær");
  await expect(page.getByRole("heading", { name: "Det, du skrev, er ikke sendt endnu" })).toBeVisible();
  await expect(page.getByRole("group", { name: /Hvilket fravær vil du melde/ }).getByRole("radio", { name: "Ferie" })).toBeChecked();
  await expect(page.getByLabel("Første dag")).toHaveValue(day(40));
  await expect(page.getByLabel("Bemærkning til jobcentret (frivillig)")).toHaveValue(comment);
  // Nothing was reported on the session that had ended.
  await page.goto("/borger/fravaer");
  await expect(page.getByText(comment)).toHaveCount(0);
}

test("issue 19 item 1: when the countdown ends on a half-filled form, what was typed is kept, and after a new login it is back, not sent", async ({ page }) => {
  await login(page);
  await typeAbsence(page, "Kept by the countdown");
  await expect(page).toHaveURL(/\/logget-ud\?/, { timeout: 20_000 });
  await expect(page.getByText(/Det, du havde skrevet, er ikke sendt, men vi gemmer det i 30 minutter/)).toBeVisible();
  await expectAccessible(page, "logged out with a kept form");
  await page.getByRole("link", { name: "Log ind igen" }).click();
  await expect(page).toHaveURL(atProvider);
  await page.getByRole("button", { name: "Log ind som Anna Jensen" }).click();
  await expectKeptAbsence(page, "Kept by the countdown");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("issue 19 item 1: a form sent after the session ended is not stored; after a new login it is back with what was typed", async ({ page }) => {
    await login(page);
    await typeAbsence(page, "Kept by the server");
    await page.waitForTimeout(11_000);
    await page.getByRole("button", { name: "Meld fravær" }).click();
    await expect(page).toHaveURL(atProvider);
    await page.getByRole("button", { name: "Log ind som Anna Jensen" }).click();
    await expectKeptAbsence(page, "Kept by the server");
  });

  test("the server ends an idle session by itself", async ({ page }) => {
    await login(page);
    await page.waitForTimeout(11_000);
    await page.goto("/borger");
    await expect(page).toHaveURL(atProvider);
  });
});
