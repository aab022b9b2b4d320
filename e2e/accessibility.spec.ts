import { expect, test as base, type BrowserContextOptions, type Page } from "@playwright/test";
import { expectAccessible, expectFitsPhones, expectPhonesAsLinks, isoDate, loginAs } from "./support";

/**
 * The accessibility crawl: on every page, in Danish and English, axe (WCAG 2.1 A and AA) finds
 * nothing, the page is no wider than a phone at 360 and 320 px, no date is written the ISO way
 * (2026-12-01) where a person reads it, and the page's title is its own (one test per language
 * opens every page and compares their titles). One test checks one page, so a
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

type Opener = (page: Page) => Promise<void>;
type Crawled = { label: string; who: string | null; open: Opener; errors?: boolean };

const go = (path: string): Opener => async (page) => {
  await page.goto(path);
};

const publicPages = ["/", "/tilgaengelighedserklaering", "/privatlivspolitik", "/kontakt", "/logget-ud", "/logget-ud?aarsag=udloebet", "/job", "/job?q=lager"];
const areaPages = [
  {
    name: "Anna Jensen",
    pages: ["/borger", "/borger/samtykke", "/borger/samtaler", "/borger/moeder", "/borger/tilmelding", "/borger/fravaer", "/borger/fravaer/ny", "/borger/afmelding", "/borger/indsigt"],
  },
  { name: "Eva Bager", pages: ["/arbejdsgiver", "/arbejdsgiver/jobordrer", "/arbejdsgiver/jobordrer/ny"] },
  {
    name: "Gitte Sagsbehandler",
    pages: ["/medarbejder", "/medarbejder/synkronisering", "/medarbejder/jobordrer", "/medarbejder/moedetilbud", "/medarbejder/moedetilbud/ny", "/medarbejder/borgere"],
  },
];

/** Where each person's login starts. */
function areaOf(name: string): string {
  return areaPages.find((area) => area.name === name)?.pages[0] ?? "/borger";
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

/** Opens the first link matching `selector` on `from` (as a page load, so its title is its own). */
const follow = (from: string, selector: string, url: RegExp): Opener => async (page) => {
  await page.goto(from);
  await page.goto((await page.locator(selector).first().getAttribute("href"))!);
  await expect(page).toHaveURL(url);
};

const crawl: Crawled[] = [
  ...publicPages.map((path) => ({ label: `public page ${path}`, who: null, open: go(path) })),
  ...areaPages.flatMap(({ name, pages }) =>
    pages.map((path) => ({
      label: path,
      who: name,
      open: async (page: Page) => {
        await page.goto(path);
        await expect(page).toHaveURL(new RegExp(`${path.replace(/[?]/g, "\\?")}$`));
      },
    })),
  ),
  { label: "a public job", who: null, open: follow("/job", 'a[href^="/job/"]', /\/job\/[0-9a-f-]{36}$/) },
  // Issue 19 item 7: a place the search does not know is answered at the field.
  { label: "the job search with an unknown place", who: null, errors: true, open: go("/job?q=lager&sted=Xyzby") },
  { label: "the employer's job order", who: "Eva Bager", open: follow("/arbejdsgiver/jobordrer", 'a[href^="/arbejdsgiver/jobordrer/"]:not([href$="/ny"])', /\/arbejdsgiver\/jobordrer\/[0-9a-f-]{36}$/) },
  { label: "staff: a job order", who: "Gitte Sagsbehandler", open: follow("/medarbejder/jobordrer", 'a[href^="/medarbejder/jobordrer/"]', /\/medarbejder\/jobordrer\/[0-9a-f-]{36}$/) },
  { label: "staff: the citizen's page", who: "Gitte Sagsbehandler", open: async (page) => void (await page.goto(await annaForStaff(page))) },
  {
    label: "staff: a summons",
    who: "Gitte Sagsbehandler",
    open: async (page) => {
      const citizenPath = await annaForStaff(page);
      await page.goto((await page.locator(`a[href^="${citizenPath}/indkaldelser/"]:not([href$="/ny"])`).first().getAttribute("href"))!);
      await expect(page).toHaveURL(/\/indkaldelser\/[0-9a-f-]{36}$/);
    },
  },
  {
    label: "staff: a held conversation",
    who: "Gitte Sagsbehandler",
    open: async (page) => {
      const citizenPath = await annaForStaff(page);
      await page.goto((await page.locator(`a[href^="${citizenPath}/samtaler/"]:not([href$="/ny"])`).first().getAttribute("href"))!);
      await expect(page).toHaveURL(/\/samtaler\/[0-9a-f-]{36}$/);
    },
  },
  {
    label: "staff: the change form of a summons",
    who: "Gitte Sagsbehandler",
    open: async (page) => {
      const citizenPath = await annaForStaff(page);
      const summons = await page.locator(`table a[href^="${citizenPath}/indkaldelser/"]:not([href$="/ny"])`).first().getAttribute("href");
      await page.goto(`${summons}/ret`);
      await expect(page).toHaveURL(/\/indkaldelser\/[0-9a-f-]{36}\/ret$/);
    },
  },
  ...["indkaldelser/ny", "samtaler/ny", "kontaktgruppe", "tidlig-opfoelgning", "fravaer"].map((form) => ({
    label: `staff: the form ${form}`,
    who: "Gitte Sagsbehandler",
    open: async (page: Page) => {
      const citizenPath = await annaForStaff(page);
      await page.goto(`${citizenPath}/${form}`);
    },
  })),
  { label: "the citizen's held conversation", who: "Anna Jensen", open: follow("/borger/samtaler", 'a[href^="/borger/samtaler/"]', /\/borger\/samtaler\/[0-9a-f-]{36}$/) },
  ...(
    [
      ["a meeting", ""],
      ["the rebooking page", "/flyt"],
    ] as const
  ).map(([label, suffix]) => ({
    label: `the citizen's meeting pages: ${label}`,
    who: "Anna Jensen",
    open: async (page: Page) => {
      await page.goto(`${await annasMeeting(page)}${suffix}`);
    },
  })),
  {
    label: "the citizen's meeting pages: self-booking",
    who: "Anna Jensen",
    open: follow("/borger/moeder", 'a[href^="/borger/moeder/book-samtale/"]', /\/borger\/moeder\/book-samtale\/[0-9a-f-]{36}$/),
  },
  ...["/borger/tidlig-opfoelgning", "/borger/tidlig-opfoelgning?bekraeft=1"].map((path) => ({ label: `the citizen's meeting pages: ${path}`, who: "Anna Jensen", open: go(path) })),
  {
    label: "the citizen's meeting pages: the rebooking form with its errors",
    who: "Anna Jensen",
    errors: true,
    open: async (page) => {
      await page.goto(`${await annasMeeting(page)}/flyt`);
      await page.locator("#rebook button[type=submit]").click();
      await expect(page.locator(".form-error-message").first()).toBeVisible();
    },
  },
  {
    label: "the citizen's meeting pages: the comment form with its errors",
    who: "Anna Jensen",
    errors: true,
    open: async (page) => {
      await page.goto(await annasMeeting(page));
      await page.locator("#comments button[type=submit]").click();
      await expect(page.locator(".form-error-message").first()).toBeVisible();
    },
  },
  {
    label: "the absence form with its errors",
    who: "Anna Jensen",
    errors: true,
    open: async (page) => {
      await page.goto("/borger/fravaer/ny");
      await page.locator("main button[type=submit]").first().click();
      await expect(page.locator(".form-error-message").first()).toBeVisible();
    },
  },
];

/** No date in the page's text is written the ISO way. */
async function expectNoIsoDates(page: Page, label: string) {
  const text = await page.locator("body").innerText();
  const found = text.split("\n").filter((line) => isoDate.test(line));
  expect(found, `ISO dates on ${label}`).toEqual([]);
}

/** The language switcher sits inside the page at the top, its focus ring whole (DKFDS pulls it up 24 px). */
async function expectLanguageSwitcherShown(page: Page, label: string) {
  const top = await page.evaluate(() => {
    window.scrollTo(0, 0);
    const link = document.querySelector<HTMLElement>(".language-switcher a");
    return link ? link.getBoundingClientRect().top + window.scrollY : null;
  });
  expect(top, `the language switcher on ${label}`).not.toBeNull();
  // The focus ring is drawn 4 px outside the link.
  expect(top!, `the language switcher on ${label} is cut off at the top`).toBeGreaterThanOrEqual(4);
}

async function expectGoodPage(page: Page, lng: string, label: string, errors = false) {
  await expect(page.locator("html")).toHaveAttribute("lang", lng);
  await expectLanguageSwitcherShown(page, `${label} (${lng})`);
  await expectAccessible(page, `${label} (${lng})`);
  await expectNoIsoDates(page, `${label} (${lng})`);
  const prefix = lng === "da" ? "Fejl: " : "Error: ";
  if (errors) await expect(page).toHaveTitle(new RegExp(`^${prefix}`));
  else expect(await page.title(), `the title of ${label}`).not.toMatch(new RegExp(`^${prefix}`));
  await expectPhonesAsLinks(page, `${label} (${lng})`);
  await expectFitsPhones(page, `${label} (${lng})`);
}

for (const lng of ["da", "en"] as const) {
  test.describe(`in ${lng === "da" ? "Danish" : "English"}`, () => {
    for (const { label, who, open, errors } of crawl) {
      test(`${label} has no WCAG 2.1 A/AA violations, fits a phone and shows no ISO date (${lng})`, async ({ as }) => {
        const page = await as(who, lng);
        await open(page);
        await expectGoodPage(page, lng, label, errors);
      });
    }

    test(`the login-refused page has no violations (${lng})`, async ({ page }) => {
      await page.goto(`/?lng=${lng}`);
      await loginAs(page, "Dennis Lav Sikring", "/borger");
      await expect(page).toHaveURL(/\/auth\/callback/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(lng === "da" ? "Du blev ikke logget ind" : "You were not logged in");
      await expectGoodPage(page, lng, "login refused", true);
    });

    test(`every page of the crawl has a title of its own (${lng})`, async ({ as }) => {
      // About 40 page loads one after another, on a machine that may be busy.
      test.setTimeout(420_000);
      const titles = new Map<string, string[]>();
      for (const { label, who, open, errors } of crawl) {
        const page = await as(who, lng);
        await open(page);
        if (errors) await expect(page).toHaveTitle(new RegExp(`^${lng === "da" ? "Fejl" : "Error"}: `));
        const title = await page.title();
        titles.set(title, [...(titles.get(title) ?? []), label]);
        await page.close();
      }
      const titleOf = (label: string) => [...titles].find(([, labels]) => labels.includes(label))?.[0];
      // The job search's title carries the query; a meeting's says which meeting, in which list and area.
      expect(titleOf("public page /job?q=lager")).toMatch(lng === "da" ? /^Søgning efter "lager" – Find job – Jobportalen$/ : /^Search for "lager" – Find a job – Jobportalen$/);
      expect(titleOf("the citizen's meeting pages: a meeting")).toMatch(lng === "da" ? /^.+ \d{1,2}\. [a-zæøå]+ – Dine møder – Min side$/ : /^.+ \d{1,2} [A-Z][a-z]+ – Your meetings – My page$/);
      const shared = [...titles].filter(([, labels]) => labels.length > 1).map(([title, labels]) => `"${title}": ${labels.join(", ")}`);
      expect(shared, "pages that share a title").toEqual([]);
    });
  });
}
