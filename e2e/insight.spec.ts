import { expect, test } from "@playwright/test";
import { expectAccessible, loginAs } from "./support";

test("a staff look-up is recorded and the citizen sees it on her insight page", async ({ browser }) => {
  const staff = await (await browser.newContext()).newPage();
  await loginAs(staff, "Henrik Jobkonsulent", "/medarbejder");
  await staff.getByRole("link", { name: "Find en borger" }).click();
  // An impossible CPR number is refused at the field, and the search never puts it in the URL.
  await staff.getByLabel("CPR-nummer eller navn").fill("320285-1234");
  await staff.getByRole("button", { name: "Søg" }).click();
  await expect(staff.getByRole("alert").filter({ hasText: "Der er problemer" })).toBeVisible();
  await expect(staff.getByText("CPR-nummeret findes ikke").first()).toBeVisible();
  await expectAccessible(staff, "citizen search with error");
  await staff.getByLabel("CPR-nummer eller navn").fill("221178-1236");
  await staff.getByRole("button", { name: "Søg" }).click();
  await expect(staff).toHaveURL(/\/medarbejder\/borgere(\?index)?$/);
  await staff.getByRole("link", { name: "Carla Hansen" }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText("Carla Hansen");
  await expect(staff).not.toHaveURL(/2211781236|221178-1236/);
  await expectAccessible(staff, "citizen for staff");

  const citizen = await (await browser.newContext()).newPage();
  await loginAs(citizen, "Carla Hansen", "/borger");
  await citizen.getByRole("link", { name: "Se hvem der har brugt dine oplysninger" }).click();
  const accesses = citizen.getByRole("table", { name: "Hvem har set dine oplysninger" });
  await expect(accesses.getByRole("row", { name: /Medarbejder i jobcentret, Aarhus Kommune Fandt dig ved at søge på CPR-nummer/ })).toBeVisible();
  await expect(accesses.getByRole("row", { name: /Medarbejder i jobcentret, Aarhus Kommune Så dine oplysninger/ })).toBeVisible();
  // Staff are shown by role and organisation, never by name.
  await expect(citizen.getByText("Henrik Jobkonsulent")).toHaveCount(0);
  await expectAccessible(citizen, "insight (da)");
  await citizen.goto("/borger/indsigt?lng=en");
  await expect(citizen.getByRole("heading", { level: 1 })).toHaveText("How your information has been used");
  await expectAccessible(citizen, "insight (en)");
});

test("citizens and employers cannot reach the staff citizen search", async ({ browser }) => {
  for (const [name, area] of [["Anna Jensen", "/borger"], ["Eva Bager", "/arbejdsgiver"]] as const) {
    const page = await (await browser.newContext()).newPage();
    await loginAs(page, name, area);
    await page.goto("/medarbejder/borgere");
    await expect(page).not.toHaveURL(/\/medarbejder\/borgere/);
    await page.close();
  }
});

test("issue 15, § 28 stk. 6: the insight page lists the held conversation's report, and each report says which meeting it is about", async ({ page }) => {
  await loginAs(page, "Anna Jensen", "/borger/indsigt");
  const reports = page.getByRole("table", { name: "Det, vi sender til jobcentrenes fælles system" });
  await expect(reports.getByRole("row", { name: /Afholdt samtale: CV-samtale, / })).toBeVisible();
  await expect(reports.getByRole("row", { name: /Indkaldelse til møde: CV-samtale, / })).toBeVisible();
});
