import { expect, test, type Browser, type Page } from "@playwright/test";
import { portalUrl, ports } from "../playwright.config";
import { day, expectAccessible, expectFitsPhones, h1, isoDate, loginAs, saveScreenshot, shownDay } from "./support";

/**
 * Job orders (§ 137): the employer posts, the public finds, staff put a citizen forward and follow
 * them, the employer closes. Anna Jensen is put forward: a placement does not change her
 * registration, so the specs that read her data are not disturbed. Each test makes the orders it
 * looks at, so any one of them runs alone, in any order, beside the others.
 */

/** A word of letters only, so it is one search term; new per call, so no other order matches it. */
const newWord = (stem: string) => `${stem}${Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("")}`;

/** Where an order is: København S unless told. */
type Workplace = { workplaceAddress: string; postcode: string; town: string };
const københavnS: Workplace = { workplaceAddress: "Ørestads Boulevard 1, København S", postcode: "2300", town: "København S" };
const aarhusC: Workplace = { workplaceAddress: "Søndergade 1, Aarhus C", postcode: "8000", town: "Aarhus C" };

/**
 * Eva posts a job order through the employer's form, as a browser without JavaScript would; with
 * `close`, she closes it again (the need met: "fill"; paused: "deactivate").
 */
async function postJobOrder(
  browser: Browser,
  { token = newWord("ovnmester"), place = københavnS, close }: { token?: string; place?: Workplace; close?: "fill" | "deactivate" } = {},
): Promise<{ id: string; token: string; title: string }> {
  const title = `Bager ${token} i ${place.town}`;
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await loginAs(page, "Eva Bager", "/arbejdsgiver/jobordrer");
    const response = await page.request.post("/arbejdsgiver/jobordrer/ny", {
      headers: { Origin: portalUrl },
      maxRedirects: 0,
      form: {
        title,
        occupation: "751210",
        description: `Vi søger en ${token} til morgenholdet.`,
        jobOrderType: "ordinaert-job",
        workingTime: "fuldtid",
        weeklyHours: "37",
        positions: "1",
        applicationDeadline: day(21),
        workplaceAddress: place.workplaceAddress,
        postcode: place.postcode,
        contactName: "Eva Bager",
      },
    });
    expect(response.status(), await response.text()).toBe(302);
    const id = /^\/arbejdsgiver\/jobordrer\/([0-9a-f-]{36})\?oprettet=1$/.exec(response.headers().location ?? "")?.[1];
    expect(id).toBeDefined();
    if (close) {
      const closed = await page.request.post(`/arbejdsgiver/jobordrer/${id}`, { headers: { Origin: portalUrl }, maxRedirects: 0, form: { intent: close } });
      expect(closed.status(), await closed.text()).toBe(302);
    }
    return { id: id!, token, title };
  } finally {
    await context.close();
  }
}

type Aggregate = { id: string; data: Record<string, unknown> };
const foundation = `http://127.0.0.1:${ports.foundation}`;

async function atFoundation(page: Page, type: "jobOrder" | "placement", match: (a: Aggregate) => boolean): Promise<Aggregate | undefined> {
  const response = await page.request.get(`${foundation}/_test/aggregates?type=${type}`);
  const { items } = (await response.json()) as { items: Aggregate[] };
  return items.find(match);
}

async function ledger(page: Page) {
  const response = await page.request.get(`${foundation}/_test/ledger`);
  return ((await response.json()) as { entries: { messageType: string; aggregateId: string; outcome: string }[] }).entries;
}

const summary = (page: Page) => page.getByRole("alert").filter({ hasText: /Der er problemer|There is a problem|There are problems/ });

test("an employer posts a job order; bad input is answered at the field and in the summary", async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  const token = newWord("ovnmester");
  const title = `Bager ${token}`;
  await loginAs(page, "Eva Bager", "/arbejdsgiver/jobordrer");
  await expect(h1(page)).toHaveText("Jobordrer");
  await expectAccessible(page, "employer list");
  await page.getByRole("link", { name: "Opret jobordre" }).click();
  await expect(h1(page)).toHaveText("Opret jobordre");
  await expectAccessible(page, "create form");

  await page.getByLabel("Jobtitel").fill(title);
  await page.getByRole("button", { name: "Opret jobordre" }).click();
  await expect(summary(page).getByRole("link", { name: "Vælg en stillingsbetegnelse" })).toBeVisible();
  await expect(summary(page).getByRole("link", { name: "Skriv en beskrivelse af jobbet" })).toBeVisible();
  await expect(page.getByLabel("Jobtitel")).toHaveValue(title);
  await expectAccessible(page, "create form with errors");

  // The occupation search is a button of the form: what was typed stays.
  await page.getByLabel("Søg efter stillingsbetegnelse").fill("bager");
  await page.getByRole("button", { name: "Find stillingsbetegnelse" }).click();
  await page.getByRole("group", { name: "Vælg stillingsbetegnelse" }).getByRole("radio", { name: "Bager", exact: true }).check();
  await expect(page.getByLabel("Jobtitel")).toHaveValue(title);
  await page.getByLabel("Beskrivelse af jobbet").fill(`Vi søger en ${token} til morgenholdet.\nMødetid kl. 4.`);
  await page.getByLabel("Type af job").selectOption({ label: "Ordinært job" });
  await page.getByLabel("Arbejdstid").selectOption({ label: "Fuldtid" });
  await page.getByLabel("Timer om ugen (frivillig)").fill("37");
  await page.getByLabel("Antal stillinger").fill("2");
  await page.getByLabel("Ansøgningsfrist").fill(day(21));
  await page.getByLabel("Arbejdsstedets adresse").fill("Ørestads Boulevard 1, København S");
  await page.getByLabel("Postnummer").fill("2300");
  await page.getByLabel("Kontaktperson", { exact: true }).fill("Eva Bager");
  await page.getByRole("button", { name: "Opret jobordre" }).click();
  await expect(page).toHaveURL(/\/arbejdsgiver\/jobordrer\/[0-9a-f-]{36}\?oprettet=1$/);
  const orderId = new URL(page.url()).pathname.split("/").pop() ?? "";
  await expect(page.getByRole("heading", { name: "Jobordren er oprettet" })).toBeVisible();
  await expect(page.getByText("Aktiv – jobsøgende kan se og søge jobbet")).toBeVisible();
  // The workplace with its town, not the bare postcode.
  await expect(page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Arbejdssted" }) })).toContainText("2300 København S");
  await expectAccessible(page, "employer order");
  await saveScreenshot(page, testInfo, "job-order-employer");

  await expect.poll(async () => (await atFoundation(page, "jobOrder", (a) => a.id === orderId))?.data.status, { timeout: 15_000 }).toBe("under-behandling");
});

test("the employer's form works without JavaScript: the occupation search keeps what was typed", async ({ browser }) => {
  const otherToken = newWord("kagemester");
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await loginAs(page, "Eva Bager", "/arbejdsgiver/jobordrer/ny");
  await page.getByLabel("Jobtitel").fill(`Konditor ${otherToken}`);
  await page.getByLabel("Antal stillinger").fill("1");
  await page.getByLabel("Søg efter stillingsbetegnelse").fill("kondi");
  await page.getByRole("button", { name: "Find stillingsbetegnelse" }).click();
  await expect(page.getByLabel("Jobtitel")).toHaveValue(`Konditor ${otherToken}`);
  await expect(page.getByLabel("Antal stillinger")).toHaveValue("1");
  await page.getByRole("radio", { name: "Konditor" }).check();
  await page.getByRole("button", { name: "Opret jobordre" }).click();
  // The server answers the missing fields; the chosen occupation stays chosen.
  await expect(page.getByRole("link", { name: "Skriv en beskrivelse af jobbet" })).toBeVisible();
  await expect(page.getByRole("radio", { name: "Konditor" })).toBeChecked();
  await page.getByLabel("Beskrivelse af jobbet").fill("Kager og lagkager til weekenden.");
  await page.getByLabel("Type af job").selectOption({ label: "Ordinært job" });
  await page.getByLabel("Arbejdstid").selectOption({ label: "Deltid" });
  await page.getByLabel("Ansøgningsfrist").fill(day(10));
  await page.getByLabel("Arbejdsstedets adresse").fill("Ørestads Boulevard 1, København S");
  await page.getByLabel("Postnummer").fill("2300");
  await page.getByLabel("Kontaktperson", { exact: true }).fill("Eva Bager");
  await page.getByRole("button", { name: "Opret jobordre" }).click();
  await expect(page).toHaveURL(/\/arbejdsgiver\/jobordrer\/[0-9a-f-]{36}\?oprettet=1$/);
  await expect(h1(page)).toHaveText(`Konditor ${otherToken}`);
  await context.close();
});

test("the order is in the public search, without a login and without JavaScript", async ({ browser, page: withScript }, testInfo) => {
  const { id: orderId, token, title } = await postJobOrder(browser);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/job");
  await expect(h1(page)).toHaveText("Find job");
  await page.getByLabel("Søgeord").fill(token);
  await page.getByRole("button", { name: "Søg" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${token}`));
  await page.getByRole("link", { name: title }).click();
  await expect(h1(page)).toHaveText(title);
  await expect(page).toHaveTitle(new RegExp(`^${title}, Bageriet Ørestad ApS – `));
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", new RegExp(`Vi søger en ${token}`));
  await context.close();
  // axe runs as a script: the same pages once more with JavaScript.
  await withScript.goto(`/job?q=${token}`);
  await expectAccessible(withScript, "public search");
  await saveScreenshot(withScript, testInfo, "job-search");
  await withScript.goto(`/job/${orderId}`);
  await expectAccessible(withScript, "public job");
});

test("issue 19 item 7: a town finds its jobs only, with the count; back from a job keeps the search; an unknown place is said", async ({ browser, page }, testInfo) => {
  // Two orders posted, about twenty page loads, a second browser without JavaScript, two languages.
  test.setTimeout(120_000);
  const { token, title: inAarhus } = await postJobOrder(browser, { place: aarhusC });
  const { title: inCopenhagen } = await postJobOrder(browser, { token });
  await page.goto("/job");
  await expect(page.getByLabel("Sted")).toHaveAccessibleDescription("By, postnummer eller kommune, fx Aarhus eller 8000.");
  await page.getByLabel("Søgeord").fill(token);
  await page.getByRole("button", { name: "Søg" }).click();
  await expect(page.getByRole("heading", { name: "2 job fundet" })).toBeVisible();

  // "Aarhus" is a town: Aarhus C, N, V … and the municipality, not København.
  await page.getByLabel("Sted").fill("aarhus");
  await page.getByRole("button", { name: "Søg" }).click();
  await expect(page).toHaveURL(new RegExp(`\\?q=${token}&stilling=&sted=aarhus&`));
  await expect(page.getByRole("heading", { name: "1 job fundet" })).toBeVisible();
  await expect(page.getByRole("link", { name: inAarhus })).toBeVisible();
  await expect(page.getByRole("link", { name: inCopenhagen })).toHaveCount(0);
  await expect(page.getByRole("listitem").filter({ hasText: inAarhus })).toContainText("8000 Aarhus C");
  await expectAccessible(page, "search by town (da)");

  // The job page leads back to the same search, and so does the browser's back button.
  await page.getByRole("link", { name: inAarhus }).click();
  await expect(h1(page)).toHaveText(inAarhus);
  await page.getByRole("link", { name: "Tilbage til jobsøgningen" }).click();
  await expect(page).toHaveURL(new RegExp(`/job\\?q=${token}&sted=aarhus&sorter=nyeste$`));
  await expect(page.getByLabel("Søgeord")).toHaveValue(token);
  await expect(page.getByLabel("Sted")).toHaveValue("aarhus");
  await expect(page.getByRole("heading", { name: "1 job fundet" })).toBeVisible();
  await page.getByRole("link", { name: inAarhus }).click();
  await expect(h1(page)).toHaveText(inAarhus);
  await page.goBack();
  await expect(page.getByLabel("Sted")).toHaveValue("aarhus");
  await expect(page.getByRole("link", { name: inAarhus })).toBeVisible();

  // By postal code and by municipality the same; the demo's own Aarhus jobs are all in Aarhus Kommune.
  await page.goto(`/job?q=${token}&sted=8000`);
  await expect(page.getByRole("heading", { name: "1 job fundet" })).toBeVisible();
  await page.goto("/job?sted=Aarhus+Kommune");
  await expect(page.getByRole("heading", { name: /^\d+ job fundet$/ })).toBeVisible();
  const towns = await page
    .getByRole("region", { name: /job fundet/ })
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 3 }) })
    .allInnerTexts();
  expect(towns.length).toBeGreaterThan(0);
  for (const hit of towns) expect(hit).toMatch(/ 8\d{3} (Aarhus [CNV]|Brabrand|Åbyhøj|Risskov|Egå|Viby J|Højbjerg|Tranbjerg J|Mårslet|Beder|Malling|Solbjerg|Hasselager|Trige|Tilst|Lystrup|Hjortshøj|Skødstrup)\n/);

  // An unknown place is said at the field and in the summary, what was typed stays, and no jobs are shown.
  await page.goto("/job");
  await page.getByLabel("Søgeord").fill(token);
  await page.getByLabel("Sted").fill("Xyzby");
  await page.getByRole("button", { name: "Søg" }).click();
  const unknown = "Vi kan ikke finde stedet. Skriv en by, et postnummer eller en kommune, fx Aarhus eller 8000";
  await expect(summary(page).getByRole("link", { name: unknown })).toBeVisible();
  await expect(page.getByLabel("Sted")).toHaveAccessibleDescription(new RegExp(unknown));
  await expect(page.getByLabel("Sted")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Sted")).toHaveValue("Xyzby");
  await expect(page.getByLabel("Søgeord")).toHaveValue(token);
  await expect(page).toHaveTitle(/^Fejl: /);
  await expect(page.getByRole("heading", { name: /job fundet|Ingen job/ })).toHaveCount(0);
  await expectAccessible(page, "unknown place (da)");
  await page.setViewportSize({ width: 360, height: 740 });
  await saveScreenshot(page, testInfo, "job-search-unknown-place-phone");
  await page.setViewportSize({ width: 1280, height: 720 });

  // The same without JavaScript: the server answers it.
  const plain = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await plain.newPage();
  await noScript.goto("/job");
  await noScript.getByLabel("Sted").fill("Xyzby");
  await noScript.getByRole("button", { name: "Søg" }).click();
  await expect(summary(noScript).getByRole("link", { name: unknown })).toBeVisible();
  await expect(noScript.getByLabel("Sted")).toHaveValue("Xyzby");
  await noScript.getByLabel("Sted").fill("Aarhus");
  await noScript.getByLabel("Søgeord").fill(token);
  await noScript.getByRole("button", { name: "Søg" }).click();
  await expect(noScript.getByRole("heading", { name: "1 job fundet" })).toBeVisible();
  await plain.close();

  // And in English.
  await page.goto("/?lng=en");
  await page.goto(`/job?q=${token}&sted=Xyzby`);
  await expect(summary(page).getByRole("link", { name: "We cannot find the place. Write a town, a postcode or a municipality, for example Aarhus or 8000" })).toBeVisible();
  await expect(page).toHaveTitle(/^Error: /);
  await expectAccessible(page, "unknown place (en)");
  await page.getByLabel("Place").fill("Aarhus");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("heading", { name: "1 job found" })).toBeVisible();
  await expect(summary(page)).toHaveCount(0);
  await expectAccessible(page, "search by town (en)");
});

test("issue 19 item 7: a closed job says it is closed (410); a paused or unknown one is not there (404)", async ({ browser, page }, testInfo) => {
  test.setTimeout(90_000);
  const { id: filled, title } = await postJobOrder(browser, { close: "fill" });
  const { id: paused } = await postJobOrder(browser, { close: "deactivate" });
  expect((await page.request.get(`/job/${filled}`)).status()).toBe(410);
  expect((await page.request.get(`/job/${paused}`)).status()).toBe(404);
  expect((await page.request.get("/job/00000000-0000-4000-8000-000000000000")).status()).toBe(404);

  await page.goto(`/job/${filled}?q=bager`);
  await expect(h1(page)).toHaveText(title);
  await expect(page.getByText("Bageriet Ørestad ApS")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Jobbet er lukket for ansøgninger" })).toBeVisible();
  await expect(page.getByText("Stillingen er besat, så du kan ikke længere søge jobbet.")).toBeVisible();
  await expect(page.getByText("Kontaktperson")).toHaveCount(0);
  await expect(page).toHaveTitle(new RegExp(`^Lukket: ${title}, Bageriet Ørestad ApS – `));
  await expect(page.getByRole("link", { name: "Tilbage til jobsøgningen" })).toHaveAttribute("href", "/job?q=bager");
  await expectAccessible(page, "closed job (da)");
  await expectFitsPhones(page, "closed job");
  await page.setViewportSize({ width: 360, height: 740 });
  await saveScreenshot(page, testInfo, "job-closed-phone");
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByRole("link", { name: "Find lignende job" }).click();
  await expect(page).toHaveURL(/\/job\?stilling=751210$/);
  await expect(page.getByRole("heading", { name: /job fundet/ })).toBeVisible();

  await page.goto("/?lng=en");
  await page.goto(`/job/${filled}`);
  await expect(page.getByRole("heading", { name: "This job is closed for applications" })).toBeVisible();
  await expectAccessible(page, "closed job (en)");
});

test("another employer asking for the order gets 404; citizens and the public cannot reach staff pages", async ({ browser, page }) => {
  const { id: orderId } = await postJobOrder(browser);
  await loginAs(page, "Frederik Lager", "/arbejdsgiver");
  for (const path of [`/arbejdsgiver/jobordrer/${orderId}`, `/arbejdsgiver/jobordrer/${orderId}/rediger`]) {
    expect((await page.request.get(path)).status(), path).toBe(404);
  }
  const post = await page.request.post(`/arbejdsgiver/jobordrer/${orderId}`, { form: { intent: "fill" }, headers: { Origin: portalUrl } });
  expect(post.status()).toBe(404);

  const citizen = await browser.newContext();
  const anna = await citizen.newPage();
  await loginAs(anna, "Anna Jensen", "/borger");
  const anonymous = await browser.newContext();
  for (const request of [anna.request, anonymous.request]) {
    for (const path of ["/medarbejder/jobordrer", `/medarbejder/jobordrer/${orderId}`, `/medarbejder/jobordrer/${orderId}/henvis`]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(302);
      expect(response.headers().location, path).toMatch(/^\/log-ind/);
    }
  }
  await citizen.close();
  await anonymous.close();
});

test("staff put a registered citizen forward; the employer sees the name, never the CPR; hired, then closed and gone", async ({ browser, page }, testInfo) => {
  test.setTimeout(120_000);
  const { id: orderId, token, title } = await postJobOrder(browser);
  await loginAs(page, "Gitte Sagsbehandler", "/medarbejder/jobordrer");
  await expect(h1(page)).toHaveText("Jobordrer");
  await page.getByLabel("Søgeord").fill(token);
  await page.getByRole("button", { name: "Søg" }).click();
  await expectAccessible(page, "staff search");
  await page.getByRole("link", { name: title }).click();
  await expect(h1(page)).toHaveText(title);
  await expectAccessible(page, "staff order");

  await page.getByRole("link", { name: "Henvis en borger" }).click();
  await expect(h1(page)).toHaveText("Henvis en borger");
  await page.getByLabel("CPR-nummer eller navn").fill("150485-1234");
  await page.getByRole("button", { name: "Find borger" }).click();
  expect(page.url()).not.toContain("1504851234");
  await page.getByRole("radio", { name: /Anna Jensen \(150485-xxxx\)/ }).check();
  await expectAccessible(page, "placement form");
  await page.getByRole("button", { name: "Henvis til jobbet" }).click();
  await expect(page.getByRole("heading", { name: "Ændringen er gemt" })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: "Anna Jensen" });
  await expect(row).toContainText("Henvist");
  await expect(row).toContainText("150485-xxxx");
  // The log's date is written the Danish way, not the ISO way.
  await expect(row).toContainText(shownDay());
  await expect(row).not.toContainText(isoDate);
  await saveScreenshot(page, testInfo, "job-order-staff");
  await expect
    .poll(async () => (await atFoundation(page, "placement", (a) => a.data.jobOrderId === orderId))?.data.status, { timeout: 15_000 })
    .toBe("henvist");

  // The employer sees the placement: the name and the status, no CPR.
  const employer = await browser.newContext();
  const eva = await employer.newPage();
  await loginAs(eva, "Eva Bager", `/arbejdsgiver/jobordrer/${orderId}`);
  // Issue 19 item 9: the footer's help speaks to an employer, who has no meetings with the job centre.
  await expect(eva.getByRole("contentinfo")).toContainText("Har du spørgsmål til dine jobordrer");
  await expect(eva.getByRole("contentinfo")).not.toContainText("dine møder");
  const evaRow = eva.getByRole("row").filter({ hasText: "Anna Jensen" });
  await expect(evaRow).toContainText("Henvist");
  await expect(eva.locator("body")).not.toContainText("150485");
  // Eva saw Anna's name: Anna sees the employer's read on her insight page.
  const annaContext = await browser.newContext();
  const anna = await annaContext.newPage();
  await loginAs(anna, "Anna Jensen", "/borger/indsigt");
  await expect(
    anna.getByRole("table", { name: "Hvem har set dine oplysninger" }).getByRole("row", { name: /Arbejdsgiver, Bageriet Ørestad ApS Så dine oplysninger/ }).first(),
  ).toBeVisible();
  await annaContext.close();

  // Staff set the person to "ansat".
  await page.getByLabel("Ny status for Anna Jensen").selectOption({ label: "Ansat" });
  await page.getByRole("button", { name: "Gem Anna Jensen" }).click();
  await expect(page.getByRole("row").filter({ hasText: "Anna Jensen" })).toContainText("Ansat");
  await expect
    .poll(async () => (await atFoundation(page, "placement", (a) => a.data.jobOrderId === orderId))?.data.status, { timeout: 15_000 })
    .toBe("ansat");
  await eva.reload();
  await expect(evaRow).toContainText("Ansat");

  // The employer closes the order as filled: gone from the public search.
  await eva.getByRole("button", { name: "Luk – stillingen er besat" }).click();
  await expect(eva.getByRole("heading", { name: "Jobordren er lukket" })).toBeVisible();
  await expect(eva.getByText("Afsluttet – behovet er dækket")).toBeVisible();
  await expect
    .poll(async () => (await atFoundation(page, "jobOrder", (a) => a.id === orderId))?.data.status, { timeout: 15_000 })
    .toBe("afsluttet-behov-daekket");
  await employer.close();
  // Issue 19 item 9: a closed order offers staff no "Henvis en borger", and says why.
  await page.reload();
  await expect(page.getByText("Ordren er ikke åben (Afsluttet – behovet er dækket)")).toBeVisible();
  await expect(page.getByRole("link", { name: "Henvis en borger" })).toHaveCount(0);

  const publicSearch = await browser.newContext();
  const visitor = await publicSearch.newPage();
  await visitor.goto(`/job?q=${token}`);
  await expect(visitor.getByRole("heading", { name: "Ingen job passer til søgningen" })).toBeVisible();
  // Issue 19 item 7: a saved link to the job says it is closed (410), not "page not found".
  expect((await visitor.request.get(`/job/${orderId}`)).status()).toBe(410);
  await publicSearch.close();

  // The foundation's ledger holds each step, in order.
  const placementId = (await atFoundation(page, "placement", (a) => a.data.jobOrderId === orderId))?.id;
  const steps = (await ledger(page))
    .filter((e) => e.outcome === "applied" && (e.aggregateId === orderId || e.aggregateId === placementId))
    .map((e) => e.messageType);
  expect(steps).toEqual(["jobOrder", "placement", "placementStatus", "jobOrderStatus"]);
});

test("the new pages have no WCAG violations in English either", async ({ browser, page }) => {
  const { id: orderId, token, title } = await postJobOrder(browser);
  await page.goto("/?lng=en");
  await page.goto(`/job?q=${token}`);
  await expect(h1(page)).toHaveText("Find a job");
  await expectAccessible(page, "public search (en)");
  await loginAs(page, "Gitte Sagsbehandler", `/medarbejder/jobordrer/${orderId}`);
  await expect(h1(page)).toHaveText(title);
  await expectAccessible(page, "staff order (en)");
  await page.goto(`/medarbejder/jobordrer/${orderId}/henvis`);
  await expectAccessible(page, "placement form (en)");
  await page.goto(`/medarbejder/jobordrer/${orderId}/rediger`);
  await expectAccessible(page, "staff edit (en)");
});

test("the employer's order and edit pages have no WCAG violations, in Danish and English", async ({ browser, page }) => {
  const { id: orderId } = await postJobOrder(browser);
  await loginAs(page, "Eva Bager", `/arbejdsgiver/jobordrer/${orderId}/rediger`);
  await expect(h1(page)).toHaveText("Ret jobordre");
  await expectAccessible(page, "employer edit (da)");
  await page.goto("/?lng=en");
  for (const path of [`/arbejdsgiver/jobordrer/${orderId}`, `/arbejdsgiver/jobordrer/${orderId}/rediger`]) {
    await page.goto(path);
    await expectAccessible(page, `${path} (en)`);
  }
});
