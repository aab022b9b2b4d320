import { expect, test, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { dataDir, shortSessionUrl } from "../playwright.config";

/**
 * GET never changes anything (S14), and no URL the portal produces carries a CPR number (S12).
 * Runs against the second portal, whose business tables no other spec writes to.
 */
test.use({ baseURL: shortSessionUrl });
test.setTimeout(120_000);

const businessTables = ["citizens", "registrations", "registration_occupations", "consents", "summonses", "absences", "outbox", "notices", "foundation_aggregates"];
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
async function crawl(page: Page, start: string[], area: string): Promise<string[]> {
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
    }
    const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute("href") ?? ""));
    for (const href of hrefs) {
      expect(href, `link on ${path}`).not.toMatch(cprPattern);
      if (href.startsWith(area) && !href.startsWith("/log-af")) queue.push(href);
    }
  }
  return [...seen];
}

test("GET requests change nothing, and no link or address carries a CPR number", async ({ browser }) => {
  const citizenContext = await browser.newContext();
  const citizen = await citizenContext.newPage();
  await login(citizen, "Anna Jensen", "/borger");
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await login(staff, "Gitte Sagsbehandler", "/medarbejder");
  const addresses: string[] = [];
  citizen.on("request", (r) => addresses.push(r.url()));
  staff.on("request", (r) => addresses.push(r.url()));
  citizen.on("response", (r) => addresses.push(r.headers()["location"] ?? ""));

  const before = snapshot();
  const citizenPages = await crawl(citizen, ["/borger", "/borger/moeder", "/borger/samtykke", "/borger/indsigt", "/borger/tilmelding", "/borger/fravaer", "/borger/afmelding"], "/borger");
  const staffPages = await crawl(staff, ["/medarbejder", "/medarbejder/synkronisering"], "/medarbejder/synk");
  expect(citizenPages.length).toBeGreaterThan(4);
  expect(staffPages.length).toBeGreaterThan(1);
  expect(snapshot()).toBe(before);
  expect(addresses.filter((a) => cprPattern.test(a))).toEqual([]);
});
