import { expect, test as base, type BrowserContextOptions, type Page } from "@playwright/test";
import { expectAccessible, loginAs } from "./support";

/**
 * axe (WCAG 2.1 A and AA) on every page, in Danish and English. One test checks one page, so a
 * busy machine slows each test a little instead of pushing one long test past its timeout. Each
 * worker logs each person in once per language and opens every test's page with that session.
 */
type StorageState = Exclude<BrowserContextOptions["storageState"], string | undefined>;
const test = base.extend<{ as: (name: string | null, lng: string) => Promise<Page> }, { logins: Map<string, Promise<StorageState>> }>({
  // Playwright reads a fixture's dependencies from its first parameter's pattern, even an empty one.
  // eslint-disable-next-line no-empty-pattern
  logins: [async ({}, provide) => provide(new Map()), { scope: "worker" }],
  as: async ({ browser, logins }, provide) => {
    const opened: { close: () => Promise<void> }[] = [];
    await provide(async (name, lng) => {
      const key = `${name ?? "-"}|${lng}`;
      if (!logins.has(key)) {
        logins.set(
          key,
          (async () => {
            const context = await browser.newContext();
            const page = await context.newPage();
            await page.goto(`/?lng=${lng}`);
            if (name) await loginAs(page, name, areaOf(name));
            const state = await context.storageState();
            await context.close();
            return state;
          })(),
        );
      }
      const context = await browser.newContext({ storageState: await logins.get(key)! });
      opened.push(context);
      return context.newPage();
    });
    for (const context of opened) await context.close();
  },
});

const publicPages = ["/", "/tilgaengelighedserklaering", "/privatlivspolitik", "/kontakt", "/logget-ud", "/logget-ud?aarsag=udloebet", "/job"];
const areaPages = [
  { name: "Anna Jensen", pages: ["/borger", "/borger/samtykke", "/borger/samtaler"] },
  { name: "Eva Bager", pages: ["/arbejdsgiver", "/arbejdsgiver/jobordrer", "/arbejdsgiver/jobordrer/ny"] },
  { name: "Gitte Sagsbehandler", pages: ["/medarbejder", "/medarbejder/synkronisering", "/medarbejder/jobordrer", "/medarbejder/moedetilbud", "/medarbejder/moedetilbud/ny"] },
];

/** Where each person's login starts. */
function areaOf(name: string): string {
  return areaPages.find((area) => area.name === name)?.pages[0] ?? "/borger";
}

async function expectAccessibleIn(page: Page, lng: string, label: string) {
  await expect(page.locator("html")).toHaveAttribute("lang", lng);
  await expectAccessible(page, `${label} (${lng})`);
}

/** Anna's page as Gitte finds her (by CPR), and its path. */
async function annaForStaff(page: Page): Promise<string> {
  await page.goto("/medarbejder/borgere");
  await page.locator("#query").fill("150485-1234");
  await page.locator("#query").press("Enter");
  await page.getByRole("link", { name: "Anna Jensen" }).click();
  await page.waitForURL(/\/medarbejder\/borgere\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname;
}

/** The first of Anna's meetings in her own list. */
async function annasMeeting(page: Page): Promise<string> {
  await page.goto("/borger/moeder");
  return (await page.locator('table a[href^="/borger/moeder/"]').first().getAttribute("href"))!;
}

for (const lng of ["da", "en"] as const) {
  test.describe(`in ${lng === "da" ? "Danish" : "English"}`, () => {
    for (const path of publicPages) {
      test(`public page ${path} has no WCAG 2.1 A/AA violations (${lng})`, async ({ as }) => {
        const page = await as(null, lng);
        await page.goto(path);
        await expectAccessibleIn(page, lng, path);
      });
    }

    for (const { name, pages } of areaPages) {
      for (const path of pages) {
        test(`${path} has no WCAG 2.1 A/AA violations (${lng})`, async ({ as }) => {
          const page = await as(name, lng);
          await page.goto(path);
          await expect(page).toHaveURL(new RegExp(`${path}$`));
          await expectAccessibleIn(page, lng, path);
        });
      }
    }

    test(`the login-refused page has no violations (${lng})`, async ({ page }) => {
      await page.goto(`/?lng=${lng}`);
      await loginAs(page, "Dennis Lav Sikring", "/borger");
      await expect(page).toHaveURL(/\/auth\/callback/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(lng === "da" ? "Du blev ikke logget ind" : "You were not logged in");
      await expectAccessibleIn(page, lng, "login refused");
    });

    test(`staff: the citizen's page has no violations (${lng})`, async ({ as }) => {
      const page = await as("Gitte Sagsbehandler", lng);
      await annaForStaff(page);
      await expectAccessibleIn(page, lng, "citizen for staff");
    });

    test(`staff: a summons has no violations (${lng})`, async ({ as }) => {
      const page = await as("Gitte Sagsbehandler", lng);
      const citizenPath = await annaForStaff(page);
      await page.locator(`a[href^="${citizenPath}/indkaldelser/"]:not([href$="/ny"])`).first().click();
      await page.waitForURL(/\/indkaldelser\/[0-9a-f-]{36}$/);
      await expectAccessibleIn(page, lng, "summons for staff");
    });

    test(`staff: a held conversation has no violations (${lng})`, async ({ as }) => {
      const page = await as("Gitte Sagsbehandler", lng);
      const citizenPath = await annaForStaff(page);
      await page.locator(`a[href^="${citizenPath}/samtaler/"]:not([href$="/ny"])`).first().click();
      await page.waitForURL(/\/samtaler\/[0-9a-f-]{36}$/);
      await expectAccessibleIn(page, lng, "held conversation for staff");
    });

    for (const form of ["indkaldelser/ny", "samtaler/ny"]) {
      test(`staff: the form ${form} has no violations (${lng})`, async ({ as }) => {
        const page = await as("Gitte Sagsbehandler", lng);
        const citizenPath = await annaForStaff(page);
        await page.goto(`${citizenPath}/${form}`);
        await expectAccessibleIn(page, lng, form);
      });
    }

    test(`the citizen's held conversation has no violations (${lng})`, async ({ as }) => {
      const page = await as("Anna Jensen", lng);
      await page.goto("/borger/samtaler");
      await page.locator('a[href^="/borger/samtaler/"]').first().click();
      await page.waitForURL(/\/borger\/samtaler\/[0-9a-f-]{36}$/);
      await expectAccessibleIn(page, lng, "held conversation");
    });

    for (const [label, suffix] of [
      ["a meeting", ""],
      ["the rebooking page", "/flyt"],
    ] as const) {
      test(`the citizen's meeting pages: ${label} has no violations (${lng})`, async ({ as }) => {
        const page = await as("Anna Jensen", lng);
        const meeting = await annasMeeting(page);
        await page.goto(`${meeting}${suffix}`);
        await expectAccessibleIn(page, lng, `${meeting}${suffix}`);
      });
    }

    test(`the citizen's meeting pages: self-booking has no violations (${lng})`, async ({ as }) => {
      const page = await as("Anna Jensen", lng);
      await page.goto("/borger/moeder");
      await page.locator('a[href^="/borger/moeder/book-samtale/"]').first().click();
      await page.waitForURL(/\/borger\/moeder\/book-samtale\/[0-9a-f-]{36}$/);
      await expectAccessibleIn(page, lng, "self-booking");
    });

    for (const path of ["/borger/tidlig-opfoelgning", "/borger/tidlig-opfoelgning?bekraeft=1"]) {
      test(`the citizen's meeting pages: ${path} has no violations (${lng})`, async ({ as }) => {
        const page = await as("Anna Jensen", lng);
        await page.goto(path);
        await expectAccessibleIn(page, lng, path);
      });
    }

    test(`the citizen's meeting pages: the rebooking form with its errors has no violations (${lng})`, async ({ as }) => {
      const page = await as("Anna Jensen", lng);
      const meeting = await annasMeeting(page);
      await page.goto(`${meeting}/flyt`);
      await page.locator("#rebook button[type=submit]").click();
      await expect(page.locator(".form-error-message").first()).toBeVisible();
      await expectAccessibleIn(page, lng, `${meeting}/flyt with errors`);
    });

    test(`the citizen's meeting pages: the comment form with its errors has no violations (${lng})`, async ({ as }) => {
      const page = await as("Anna Jensen", lng);
      const meeting = await annasMeeting(page);
      await page.goto(meeting);
      await page.locator("#comments button[type=submit]").click();
      await expect(page.locator(".form-error-message").first()).toBeVisible();
      await expectAccessibleIn(page, lng, `${meeting} comment errors`);
    });
  });
}
