import { expect, test } from "@playwright/test";
import { expectAccessible, loginAs } from "./support";

const publicPages = ["/", "/tilgaengelighedserklaering", "/privatlivspolitik", "/kontakt", "/logget-ud", "/logget-ud?aarsag=udloebet", "/job"];
const areas = [
  { path: "/borger", name: "Anna Jensen", pages: ["/borger", "/borger/samtykke"] },
  { path: "/arbejdsgiver", name: "Eva Bager", pages: ["/arbejdsgiver", "/arbejdsgiver/jobordrer", "/arbejdsgiver/jobordrer/ny"] },
  { path: "/medarbejder", name: "Gitte Sagsbehandler", pages: ["/medarbejder", "/medarbejder/synkronisering", "/medarbejder/jobordrer"] },
];

for (const lng of ["da", "en"] as const) {
  test(`public pages have no WCAG 2.1 A/AA violations (${lng})`, async ({ page }) => {
    await page.goto(`/?lng=${lng}`);
    for (const path of publicPages) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", lng);
      await expectAccessible(page, `${path} (${lng})`);
    }
  });

  for (const area of areas) {
    test(`${area.path} has no WCAG 2.1 A/AA violations (${lng})`, async ({ page }) => {
      await page.goto(`/?lng=${lng}`);
      await loginAs(page, area.name, area.path);
      for (const path of area.pages) {
        await page.goto(path);
        await expect(page.locator("html")).toHaveAttribute("lang", lng);
        await expectAccessible(page, `${path} (${lng})`);
      }
    });
  }

  test(`the login-refused page has no violations (${lng})`, async ({ page }) => {
    await page.goto(`/?lng=${lng}`);
    await loginAs(page, "Dennis Lav Sikring", "/borger");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectAccessible(page, `login refused (${lng})`);
  });
}
