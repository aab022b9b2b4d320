import { expect, test, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { dataDir, shortSessionUrl } from "../playwright.config";

/**
 * GET never changes anything (S14), no URL the portal produces carries a CPR number (S12), and
 * the citizen's own pages and their data never carry the full CPR number, only the masked one (S11).
 * Runs against the second portal, whose business tables no other spec writes to.
 */
test.use({ baseURL: shortSessionUrl });
test.setTimeout(120_000);

const businessTables = [
  "citizens",
  "registrations",
  "registration_occupations",
  "consents",
  "summonses",
  "absences",
  "outbox",
  "notices",
  "foundation_aggregates",
  "slot_offers",
  "held_conversations",
  "comments",
  "person_markings",
  "booking_deadlines",
  "job_orders",
  "placements",
  "job_order_events",
];
const annasCpr = ["1504851234", "150485-1234"];
const cprPattern = /\b\d{6}-?\d{4}\b/;

function snapshot(): string {
  const db = new Database(`${dataDir}/short/portal.sqlite`, { readonly: true });
  try {
    return businessTables
      .map((table) => {
        const exists = db.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(table);
        return exists ? `${table}:${JSON.stringify(db.prepare(`select * from ${table} order by rowid`).all())}` : `${table}:-`;
      })
      .join("\n");
  } finally {
    db.close();
  }
}

async function login(page: Page, name: string, path: string) {
  await page.goto(path);
  await page.getByRole("button", { name: `Log ind som ${name}` }).click();
  await page.waitForURL(`${shortSessionUrl}${path}`);
}

/** Visits every page reachable by links from `start` within the portal, and returns the URLs seen. */
async function crawl(page: Page, start: string[], area: string, forbidden: string[] = []): Promise<string[]> {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length && seen.size < 30) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    // The start pages also get action-looking parameters: a GET must ignore them.
    const variants = start.includes(path) ? [path, `${path}${path.includes("?") ? "&" : "?"}_action=delete&intent=withdraw`] : [path];
    for (const variant of variants) {
      const response = await page.goto(variant, { waitUntil: "domcontentloaded" });
      expect(response?.status(), variant).toBeLessThan(500);
      // Still logged in: a page that sent the browser to MitID would prove nothing about the area.
      expect(page.url(), `${variant} stays in the logged-in area`).toMatch(new RegExp(`^${shortSessionUrl}${area.replace(/\/$/, "")}([/?]|$)`));
    }
    // What the page shows and what its loaders send to the browser (the single-fetch data URL).
    const url = new URL(page.url());
    const data = await page.request.get(`${url.pathname === "/" ? "/_root" : url.pathname.replace(/\/$/, "")}.data${url.search}`);
    expect(data.status(), `data of ${path}`).toBeLessThan(500);
    const shown = { page: await page.content(), data: await data.text() };
    for (const [what, text] of Object.entries(shown)) {
      // The message names the place, never the number: test output is a log too.
      for (const value of forbidden) expect(text.includes(value), `the ${what} of ${path} carries the full CPR number`).toBe(false);
    }
    const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute("href") ?? ""));
    for (const href of hrefs) {
      // A phone link's "+45" and eight digits make ten in a row: the CPR shape is checked on the number without its country code.
      expect(href.replace(/^tel:\+45/, "tel:"), `link on ${path}`).not.toMatch(cprPattern);
      if (href.startsWith(area) && !href.startsWith("/log-af")) queue.push(href);
    }
  }
  return [...seen];
}

test("GET requests change nothing, no link or address carries a CPR number, and the citizen's pages show it only masked", async ({ browser }) => {
  // Staff first: the citizen's idle timeout on this portal is 8 s, so her crawl follows her login.
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await login(staff, "Gitte Sagsbehandler", "/medarbejder");
  const citizenContext = await browser.newContext();
  const citizen = await citizenContext.newPage();
  await login(citizen, "Anna Jensen", "/borger");
  // Her own page shows her number masked, so the crawl below looks for the full one on real pages.
  await expect(citizen.getByText("150485-xxxx")).toBeVisible();
  const addresses: string[] = [];
  citizen.on("request", (r) => addresses.push(r.url()));
  staff.on("request", (r) => addresses.push(r.url()));
  citizen.on("response", (r) => addresses.push(r.headers()["location"] ?? ""));

  const before = snapshot();
  const citizenStart = ["/borger", "/borger/moeder", "/borger/samtykke", "/borger/indsigt", "/borger/tilmelding", "/borger/fravaer", "/borger/afmelding", "/borger/samtaler", "/borger/tidlig-opfoelgning"];
  const staffStart = ["/medarbejder", "/medarbejder/synkronisering", "/medarbejder/jobordrer", "/medarbejder/moedetilbud"];
  const citizenPages = await crawl(citizen, citizenStart, "/borger", annasCpr);
  const staffPages = await crawl(staff, staffStart, "/medarbejder/");
  // The crawl followed links beyond the pages it started from (meetings, conversations, job orders).
  expect(citizenPages.length).toBeGreaterThan(citizenStart.length);
  expect(staffPages.length).toBeGreaterThan(staffStart.length);
  expect(snapshot()).toBe(before);
  expect(addresses.filter((a) => cprPattern.test(a))).toEqual([]);
});
