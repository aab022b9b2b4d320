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

// Staff's meeting pages and the citizen's held conversations (issue 5).
for (const lng of ["da", "en"] as const) {
  test(`staff meeting pages and held conversations have no WCAG 2.1 A/AA violations (${lng})`, async ({ browser }) => {
    const staff = await (await browser.newContext()).newPage();
    await staff.goto(`/?lng=${lng}`);
    await loginAs(staff, "Gitte Sagsbehandler", "/medarbejder");
    for (const path of ["/medarbejder/moedetilbud", "/medarbejder/moedetilbud/ny"]) {
      await staff.goto(path);
      await expectAccessible(staff, `${path} (${lng})`);
    }
    await staff.goto("/medarbejder/borgere");
    await staff.locator("#query").fill("150485-1234");
    await staff.locator("#query").press("Enter");
    await staff.getByRole("link", { name: "Anna Jensen" }).click();
    await staff.waitForURL(/\/medarbejder\/borgere\/[0-9a-f-]{36}$/);
    const citizenPath = new URL(staff.url()).pathname;
    await expectAccessible(staff, `citizen for staff (${lng})`);
    await staff.locator(`a[href^="${citizenPath}/indkaldelser/"]:not([href$="/ny"])`).first().click();
    await expectAccessible(staff, `summons for staff (${lng})`);
    await staff.goto(citizenPath);
    await staff.locator(`a[href^="${citizenPath}/samtaler/"]:not([href$="/ny"])`).first().click();
    await staff.waitForURL(/\/samtaler\/[0-9a-f-]{36}$/);
    await expectAccessible(staff, `held conversation for staff (${lng})`);
    for (const path of [`${citizenPath}/indkaldelser/ny`, `${citizenPath}/samtaler/ny`]) {
      await staff.goto(path);
      await expectAccessible(staff, `${path} (${lng})`);
    }

    const citizen = await (await browser.newContext()).newPage();
    await citizen.goto(`/?lng=${lng}`);
    await loginAs(citizen, "Anna Jensen", "/borger/samtaler");
    await expect(citizen.locator("html")).toHaveAttribute("lang", lng);
    await expectAccessible(citizen, `/borger/samtaler (${lng})`);
    await citizen.locator('a[href^="/borger/samtaler/"]').first().click();
    await expectAccessible(citizen, `held conversation (${lng})`);
  });
}

for (const lng of ["da", "en"] as const) {
  test(`the citizen's meeting pages (rebooking, self-booking, comments, early follow-up) have no violations (${lng})`, async ({ page }) => {
    await page.goto(`/?lng=${lng}`);
    await loginAs(page, "Anna Jensen", "/borger/moeder");
    const meeting = await page.locator('table a[href^="/borger/moeder/"]').first().getAttribute("href");
    const booking = await page.locator('a[href^="/borger/moeder/book-samtale/"]').first().getAttribute("href");
    for (const path of [meeting!, `${meeting}/flyt`, booking!, "/borger/tidlig-opfoelgning", "/borger/tidlig-opfoelgning?bekraeft=1"]) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", lng);
      await expectAccessible(page, `${path} (${lng})`);
    }
    // With the errors shown: the rebooking form and the comment form submitted empty.
    await page.goto(`${meeting}/flyt`);
    await page.locator("#rebook button[type=submit]").click();
    await expect(page.locator(".form-error-message").first()).toBeVisible();
    await expectAccessible(page, `${meeting}/flyt with errors (${lng})`);
    await page.goto(meeting!);
    await page.locator("#comments button[type=submit]").click();
    await expect(page.locator(".form-error-message").first()).toBeVisible();
    await expectAccessible(page, `${meeting} comment errors (${lng})`);
  });
}
