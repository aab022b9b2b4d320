import { expect, test } from "@playwright/test";
import { expectAccessible, phone, saveScreenshot } from "./support";

test("the landing page greets in Danish with DKFDS styling and leads each audience on", async ({ page }, testInfo) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "da");
  await expect(page).toHaveTitle(/Forside – Jobportalen/);
  await expect(page.getByRole("heading", { level: 1, name: "Jobportalen" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Log ind på Min side" })).toHaveAttribute("href", "/borger");
  await expect(page.getByRole("link", { name: "Log ind med MitID Erhverv" })).toHaveAttribute("href", "/arbejdsgiver");
  await expect(page.getByRole("link", { name: "Log ind som medarbejder" })).toHaveAttribute("href", "/medarbejder");
  // The DKFDS stylesheet is applied: its font and its primary button colour.
  const font = await page.locator("body").evaluate((el) => getComputedStyle(el).fontFamily);
  expect(font).toContain("IBM Plex Sans");
  // The borger.dk theme's primary button: green #44831e with white text.
  const login = page.getByRole("link", { name: "Log ind på Min side" });
  await expect(login).toHaveCSS("background-color", "rgb(68, 131, 30)");
  await expect(login).toHaveCSS("color", "rgb(255, 255, 255)");
  await expect(page.getByRole("contentinfo").getByRole("link", { name: "Tilgængelighedserklæring" })).toBeVisible();
  await saveScreenshot(page, testInfo, "landing-desktop");
  await page.setViewportSize(phone);
  await saveScreenshot(page, testInfo, "landing-phone");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the language switch works and is remembered", async ({ page }) => {
    await page.goto("/kontakt");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kontakt");
    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/kontakt$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Contact");
    await expect(page.getByRole("link", { name: "English" })).toHaveAttribute("aria-current", "true");
    // The choice follows the user to the next page.
    await page.getByRole("link", { name: "Privacy policy" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privacy policy");
    await page.getByRole("link", { name: "Dansk" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "da");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privatlivspolitik");
  });
});

test("an unknown address answers 404 with a calm page in the user's language", async ({ page }) => {
  const response = await page.goto("/findes-ikke");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Siden kunne ikke findes");
  await expect(page).toHaveTitle(/^Fejl: Siden kunne ikke findes/);
  await expectAccessible(page, "404 (da)");
  await page.goto("/findes-ikke?lng=en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The page could not be found");
});

test("the portal reports its health with the state of the store and the foundation", async ({ request }) => {
  const response = await request.get("/healthz");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", store: "ok", foundation: "ok" });
});
