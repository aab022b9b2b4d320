import { expect, test } from "@playwright/test";
import { ports } from "../playwright.config";
import { expectAccessible, loginAs } from "./support";

test("the registered demo citizen sees her meetings and every item of a summons", async ({ page }) => {
  await loginAs(page, "Anna Jensen", "/borger/moeder");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dine møder");
  const upcoming = page.getByRole("table", { name: "Kommende møder" });
  await expect(upcoming.getByRole("row")).toHaveCount(3);
  await expect(page.getByRole("table", { name: "Tidligere møder" }).getByRole("row")).toHaveCount(3);
  await expectAccessible(page, "meetings (da)");

  await upcoming.getByRole("link", { name: "Jobsamtale" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Jobsamtale");
  for (const item of ["Samtaletype", "Mødeform", "Sted", "Adresse", "Om mødet", "Din sagsbehandler", "Hvis du er forhindret", "Mødepligt", "Flytte mødet"]) {
    await expect(page.getByRole("rowheader").filter({ hasText: item })).toBeVisible();
  }
  await expect(page.getByText("Du kan selv flytte mødet indtil")).toBeVisible();
  await expectAccessible(page, "meeting (da)");

  // The summonses were reported to the foundation.
  await expect
    .poll(async () => {
      const { items } = (await (await page.request.get(`http://127.0.0.1:${ports.foundation}/_test/aggregates?type=summons`)).json()) as {
        items: { data: { cpr?: string } }[];
      };
      return items.filter((item) => item.data.cpr === "1504851234").length;
    })
    .toBe(4);

  await page.goto("/borger/moeder?lng=en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your meetings");
  await expectAccessible(page, "meetings (en)");
  await page.getByRole("table", { name: "Upcoming meetings" }).getByRole("link").first().click();
  await expect(page.getByRole("rowheader").filter({ hasText: "About the meeting" })).toBeVisible();
  await expectAccessible(page, "meeting (en)");
});

test("another citizen asking for Anna's meeting by id gets 404", async ({ browser }) => {
  const anna = await browser.newPage();
  await loginAs(anna, "Anna Jensen", "/borger/moeder");
  const href = await anna.getByRole("table", { name: "Kommende møder" }).getByRole("link").first().getAttribute("href");
  expect(href).toMatch(/^\/borger\/moeder\/[0-9a-f-]{36}$/);
  const carla = await browser.newPage();
  await loginAs(carla, "Carla Hansen", "/borger");
  const response = await carla.goto(href!);
  expect(response?.status()).toBe(404);
  await expect(carla.getByRole("heading", { level: 1 })).toHaveText("Siden kunne ikke findes");
  await expect(carla.getByText("Jobsamtale")).toHaveCount(0);
});
