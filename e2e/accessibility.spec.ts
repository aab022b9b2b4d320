import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, loginAs } from "./support";

/**
 * axe (WCAG 2.1 A and AA) on every page, in Danish and English. One test checks one page, so a
 * busy machine slows each test a little instead of pushing one long test past its timeout.
 */

const publicPages = ["/", "/tilgaengelighedserklaering", "/privatlivspolitik", "/kontakt", "/logget-ud", "/logget-ud?aarsag=udloebet", "/job"];
const areaPages = [
  { name: "Anna Jensen", pages: ["/borger", "/borger/samtykke", "/borger/samtaler"] },
  { name: "Eva Bager", pages: ["/arbejdsgiver", "/arbejdsgiver/jobordrer", "/arbejdsgiver/jobordrer/ny"] },
  { name: "Gitte Sagsbehandler", pages: ["/medarbejder", "/medarbejder/synkronisering", "/medarbejder/jobordrer", "/medarbejder/moedetilbud", "/medarbejder/moedetilbud/ny"] },
];

/** Chooses the language, then logs in (when `name` is given) and lands on `path`. */
async function open(page: Page, lng: string, path: string, name?: string) {
  await page.goto(`/?lng=${lng}`);
  if (name) await loginAs(page, name, path);
  else await page.goto(path);
}

async function expectAccessibleIn(page: Page, lng: string, label: string) {
  await expect(page.locator("html")).toHaveAttribute("lang", lng);
  await expectAccessible(page, `${label} (${lng})`);
}

/** Anna's page as Gitte finds her (by CPR), and its path. */
async function annaForStaff(page: Page, lng: string): Promise<string> {
  await open(page, lng, "/medarbejder/borgere", "Gitte Sagsbehandler");
  await page.locator("#query").fill("150485-1234");
  await page.locator("#query").press("Enter");
  await page.getByRole("link", { name: "Anna Jensen" }).click();
  await page.waitForURL(/\/medarbejder\/borgere\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname;
}

/** The first of Anna's meetings in her own list. */
async function annasMeeting(page: Page, lng: string): Promise<string> {
  await open(page, lng, "/borger/moeder", "Anna Jensen");
  return (await page.locator('table a[href^="/borger/moeder/"]').first().getAttribute("href"))!;
}

for (const lng of ["da", "en"] as const) {
  test.describe(`in ${lng === "da" ? "Danish" : "English"}`, () => {
    for (const path of publicPages) {
      test(`public page ${path} has no WCAG 2.1 A/AA violations (${lng})`, async ({ page }) => {
        await open(page, lng, path);
        await expectAccessibleIn(page, lng, path);
      });
    }

    for (const { name, pages } of areaPages) {
      for (const path of pages) {
        test(`${path} has no WCAG 2.1 A/AA violations (${lng})`, async ({ page }) => {
          await open(page, lng, path, name);
          await expect(page).toHaveURL(new RegExp(`${path}$`));
          await expectAccessibleIn(page, lng, path);
        });
      }
    }

    test(`the login-refused page has no violations (${lng})`, async ({ page }) => {
      await open(page, lng, "/borger", "Dennis Lav Sikring");
      await expect(page).toHaveURL(/\/auth\/callback/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(lng === "da" ? "Du blev ikke logget ind" : "You were not logged in");
      await expectAccessibleIn(page, lng, "login refused");
    });

    test(`staff: the citizen's page has no violations (${lng})`, async ({ page }) => {
      await annaForStaff(page, lng);
      await expectAccessibleIn(page, lng, "citizen for staff");
    });

    test(`staff: a summons has no violations (${lng})`, async ({ page }) => {
      const citizenPath = await annaForStaff(page, lng);
      await page.locator(`a[href^="${citizenPath}/indkaldelser/"]:not([href$="/ny"])`).first().click();
      await page.waitForURL(/\/indkaldelser\/[0-9a-f-]{36}$/);
      await expectAccessibleIn(page, lng, "summons for staff");
    });

    test(`staff: a held conversation has no violations (${lng})`, async ({ page }) => {
      const citizenPath = await annaForStaff(page, lng);
      await page.locator(`a[href^="${citizenPath}/samtaler/"]:not([href$="/ny"])`).first().click();
      await page.waitForURL(/\/samtaler\/[0-9a-f-]{36}$/);
      await expectAccessibleIn(page, lng, "held conversation for staff");
    });

    for (const form of ["indkaldelser/ny", "samtaler/ny"]) {
      test(`staff: the form ${form} has no violations (${lng})`, async ({ page }) => {
        const citizenPath = await annaForStaff(page, lng);
        await page.goto(`${citizenPath}/${form}`);
        await expectAccessibleIn(page, lng, form);
      });
    }

    test(`the citizen's held conversation has no violations (${lng})`, async ({ page }) => {
      await open(page, lng, "/borger/samtaler", "Anna Jensen");
      await page.locator('a[href^="/borger/samtaler/"]').first().click();
      await page.waitForURL(/\/borger\/samtaler\/[0-9a-f-]{36}$/);
      await expectAccessibleIn(page, lng, "held conversation");
    });

    for (const [label, suffix] of [
      ["a meeting", ""],
      ["the rebooking page", "/flyt"],
    ] as const) {
      test(`the citizen's meeting pages: ${label} has no violations (${lng})`, async ({ page }) => {
        const meeting = await annasMeeting(page, lng);
        await page.goto(`${meeting}${suffix}`);
        await expectAccessibleIn(page, lng, `${meeting}${suffix}`);
      });
    }

    test(`the citizen's meeting pages: self-booking has no violations (${lng})`, async ({ page }) => {
      await open(page, lng, "/borger/moeder", "Anna Jensen");
      await page.locator('a[href^="/borger/moeder/book-samtale/"]').first().click();
      await page.waitForURL(/\/borger\/moeder\/book-samtale\/[0-9a-f-]{36}$/);
      await expectAccessibleIn(page, lng, "self-booking");
    });

    for (const path of ["/borger/tidlig-opfoelgning", "/borger/tidlig-opfoelgning?bekraeft=1"]) {
      test(`the citizen's meeting pages: ${path} has no violations (${lng})`, async ({ page }) => {
        await open(page, lng, path, "Anna Jensen");
        await expectAccessibleIn(page, lng, path);
      });
    }

    test(`the citizen's meeting pages: the rebooking form with its errors has no violations (${lng})`, async ({ page }) => {
      const meeting = await annasMeeting(page, lng);
      await page.goto(`${meeting}/flyt`);
      await page.locator("#rebook button[type=submit]").click();
      await expect(page.locator(".form-error-message").first()).toBeVisible();
      await expectAccessibleIn(page, lng, `${meeting}/flyt with errors`);
    });

    test(`the citizen's meeting pages: the comment form with its errors has no violations (${lng})`, async ({ page }) => {
      const meeting = await annasMeeting(page, lng);
      await page.goto(meeting);
      await page.locator("#comments button[type=submit]").click();
      await expect(page.locator(".form-error-message").first()).toBeVisible();
      await expectAccessibleIn(page, lng, `${meeting} comment errors`);
    });
  });
}
