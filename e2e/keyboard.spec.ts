import { expect, test } from "@playwright/test";
import { day, h1, loginAs, tabTo } from "./support";

/**
 * A citizen who uses only the keyboard registers as jobseeker: every control is reached with Tab,
 * chosen with Space or arrow keys, and every step sent with Enter.
 */
test("registration as jobseeker works by keyboard alone", async ({ page }) => {
  test.setTimeout(90_000);
  await loginAs(page, "Carla Hansen", "/borger/tilmelding");
  const next = page.getByRole("button", { name: "Næste" });

  await expect(h1(page)).toHaveText("Ydelse og a-kasse");
  await tabTo(page, page.getByRole("radio", { name: "Dagpenge", exact: true }));
  await page.keyboard.press("Space");
  await tabTo(page, page.getByRole("radio", { name: "Ja", exact: true }));
  await page.keyboard.press("Space");
  const fund = page.getByLabel("Hvilken a-kasse er du medlem af?");
  await tabTo(page, fund);
  await page.keyboard.type("HK");
  await expect(fund).not.toHaveValue("");
  await tabTo(page, next);
  await page.keyboard.press("Enter");

  await expect(h1(page)).toHaveText("Din ledighed");
  await tabTo(page, page.getByRole("radio", { name: "Fuldt ledig", exact: true }));
  await page.keyboard.press("Space");
  const from = page.getByLabel("Hvornår er du ledig fra?");
  await tabTo(page, from);
  // The date field is the browser's own; its keyboard entry is the browser's, so the value is set directly.
  await from.fill(day(-3));
  await tabTo(page, next);
  await page.keyboard.press("Enter");

  await expect(h1(page)).toHaveText("Stillinger du søger");
  await tabTo(page, page.getByRole("searchbox", { name: "Søg efter stillingsbetegnelse" }));
  await page.keyboard.type("butik");
  const add = page.getByRole("button", { name: "Tilføj Butiksassistent", exact: true });
  await tabTo(page, add);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Fjern Butiksassistent", exact: true })).toBeVisible();
  await tabTo(page, next);
  await page.keyboard.press("Enter");

  await expect(h1(page)).toHaveText("Kontaktoplysninger");
  await tabTo(page, page.getByLabel("Telefonnummer"));
  await page.keyboard.type("20 30 40 51");
  await tabTo(page, next);
  await page.keyboard.press("Enter");

  await expect(h1(page)).toHaveText("Samtykke");
  for (const question of [/Må jobcentret hente/, /Må dine oplysninger deles/]) {
    await tabTo(page, page.getByRole("group", { name: question }).getByRole("radio", { name: "Ja", exact: true }));
    await page.keyboard.press("Space");
  }
  await tabTo(page, next);
  await page.keyboard.press("Enter");

  await expect(h1(page)).toHaveText("Tjek dine svar");
  await tabTo(page, page.getByRole("button", { name: "Send tilmelding" }), 120);
  await page.keyboard.press("Enter");
  await expect(h1(page)).toHaveText("Kvittering");
  await expect(page.getByText("Din tilmelding er modtaget")).toBeVisible();
});
