import { expect, test, type Browser, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { portalUrl, ports } from "../playwright.config";
import { expectAccessible, h1, loginAs } from "./support";

/**
 * Afbud (seed 000 § 20 stk. 3: a summons "aflyses … registreres og indberettes"): Malene cancels a
 * meeting the job centre lets her cancel, with a reason; the foundation holds it as cancelled by
 * her, and her caseworker sees why. The meetings come from the job centre's planner through the
 * foundation, so the journey does not touch the demo meetings other specs use.
 */

const foundation = `http://127.0.0.1:${ports.foundation}`;
const malene = "1703892314";

/** A summons for Malene from the planner, five days ahead, cancellable until four days ahead unless told otherwise. */
async function summonsFromPlanner(page: Page, title: string, terms: { cancellationPossible: boolean }): Promise<string> {
  const id = randomUUID();
  const start = new Date(Date.now() + 5 * 86_400_000);
  const response = await page.request.post(`${foundation}/v1/messages`, {
    headers: { Authorization: "Bearer dev-planner-token-change-me", "Idempotency-Key": randomUUID() },
    data: {
      type: "summons.create",
      aggregateType: "summons",
      aggregateId: id,
      expectedVersion: 0,
      occurredAt: new Date().toISOString(),
      data: {
        summonsId: id,
        cpr: malene,
        start: start.toISOString(),
        end: new Date(start.getTime() + 45 * 60_000).toISOString(),
        meetingForm: "personligt-fremmoede",
        meetingType: "9",
        location: "Jobcenter København, Kultorvet 2",
        contactOptions: "Ring til Jobcenter København på 33 17 33 17, hvis du er forhindret.",
        address: "Kultorvet 2, 1175 København K",
        phoneToCall: null,
        title,
        description: "Vi fortæller om dine muligheder for uddannelse.",
        caseworkerName: "Gitte Sagsbehandler",
        rebookingPossible: false,
        rebookingDeadline: null,
        aKasseParticipationStatus: null,
        jobCentre: "Jobcenter København",
        selfBooked: false,
        compulsory: true,
        cancellationPossible: terms.cancellationPossible,
        cancellationDeadline: terms.cancellationPossible ? new Date(start.getTime() - 86_400_000).toISOString() : null,
      },
    },
  });
  expect(response.ok()).toBe(true);
  // The portal reads it from the feed within a few seconds.
  await expect.poll(async () => (await page.goto(`/borger/moeder/${id}`))?.status(), { timeout: 15_000 }).toBe(200);
  return id;
}

/** A page of its own (axe needs a page made from a context). */
async function newPage(browser: Browser, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  return (await browser.newContext(options)).newPage();
}

async function summonsAtFoundation(page: Page, id: string): Promise<Record<string, unknown> | undefined> {
  const response = await page.request.get(`${foundation}/_test/aggregates?type=summons`);
  const { items } = (await response.json()) as { items: { id: string; data: Record<string, unknown> }[] };
  return items.find((item) => item.id === id)?.data;
}

test("the citizen cancels a meeting with a reason; the foundation holds it as cancelled by her, and her caseworker sees why", async ({ browser }) => {
  test.slow(); // two people log in and the foundation is read back twice
  const page = await newPage(browser);
  await loginAs(page, "Malene Skov", "/borger");
  const id = await summonsFromPlanner(page, "Informationsmøde om uddannelse", { cancellationPossible: true });
  await expect(page.getByText(/Du kan selv melde afbud indtil/)).toBeVisible();

  await page.getByRole("link", { name: "Meld afbud" }).click();
  await expect(h1(page)).toHaveText("Meld afbud til mødet");
  await expect(page.getByRole("heading", { name: "Du har pligt til at komme til mødet" })).toBeVisible();
  await expectAccessible(page, "afbud (da)");

  // No reason: the summary says so; "Anden grund" needs a few words; what was typed is kept.
  await page.getByRole("button", { name: "Meld afbud" }).click();
  await expect(page.getByRole("link", { name: "Vælg, hvorfor du ikke kan komme" })).toBeVisible();
  await page.getByRole("radio", { name: "Anden grund" }).check();
  await page.getByRole("button", { name: "Meld afbud" }).click();
  await expect(page.getByRole("link", { name: "Skriv kort om din grund, når du vælger Anden grund" })).toBeVisible();
  await expect(page.getByRole("radio", { name: "Anden grund" })).toBeChecked();
  await expectAccessible(page, "afbud with errors (da)");
  await page.getByLabel("Skriv kort om din grund (frivilligt)").fill("Jeg skal til tandlæge.");
  await page.getByRole("button", { name: "Meld afbud" }).click();

  await expect(page.getByRole("heading", { name: "Dit afbud er sendt" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Du har meldt afbud til mødet" })).toBeVisible();
  await expect(page.getByText("Din grund: Anden grund")).toBeVisible();
  await expect(page.getByText("Du skrev: Jeg skal til tandlæge.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Meld afbud" })).toHaveCount(0);
  await page.goto("/borger/moeder");
  await expect(page.getByRole("row", { name: /Informationsmøde om uddannelse.*Du har meldt afbud/ }).first()).toBeVisible();

  await expect
    .poll(async () => {
      const state = await summonsAtFoundation(page, id);
      return [state?.status, state?.cancelledBy, (state?.citizenCancellation as { reason?: string } | undefined)?.reason];
    }, { timeout: 15_000 })
    .toEqual(["cancelled", "citizen", "andet"]);

  // Her caseworker finds her and reads the afbud and its reason.
  const gitte = await newPage(browser);
  await loginAs(gitte, "Gitte Sagsbehandler", "/medarbejder/borgere");
  await gitte.locator("#query").fill("170389-2314");
  await gitte.locator("#query").press("Enter");
  await gitte.getByRole("link", { name: "Malene Skov" }).click();
  await expect(gitte.getByRole("row", { name: /Informationsmøde om uddannelse.*Afbud fra borgeren/ }).first()).toBeVisible();
  await gitte.getByRole("link", { name: "Informationsmøde om uddannelse" }).first().click();
  await expect(gitte.getByRole("heading", { name: "Borgeren har meldt afbud" })).toBeVisible();
  await expect(gitte.getByText("Borgerens grund: Anden grund")).toBeVisible();
  await expect(gitte.getByText("Borgeren skrev: Jeg skal til tandlæge.")).toBeVisible();
});

test.describe("without JavaScript", () => {
  test("in English: the form validates on the server; a meeting the job centre does not let her cancel offers no afbud and refuses one", async ({ browser }) => {
    const page = await newPage(browser, { javaScriptEnabled: false });
    await page.goto("/?lng=en");
    await loginAs(page, "Malene Skov", "/borger");
    const open = await summonsFromPlanner(page, "Information meeting, cancellable", { cancellationPossible: true });
    await page.getByRole("link", { name: "Cancel the meeting" }).click();
    await expect(h1(page)).toHaveText("Cancel the meeting");
    await page.getByRole("button", { name: "Cancel the meeting" }).click();
    await expect(page.getByRole("link", { name: "Choose why you cannot come" })).toBeVisible();
    await page.getByRole("radio", { name: "I am ill" }).check();
    await page.getByRole("button", { name: "Cancel the meeting" }).click();
    await expect(page.getByRole("heading", { name: "You have cancelled the meeting" })).toBeVisible();
    await expect(page.getByText("Your reason: I am ill")).toBeVisible();
    expect(page.url()).toContain(`/borger/moeder/${open}`);

    const fixed = await summonsFromPlanner(page, "Information meeting, not cancellable", { cancellationPossible: false });
    await expect(page.getByText("You cannot cancel here. Contact the job centre if you cannot come.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Cancel the meeting" })).toHaveCount(0);
    await page.goto(`/borger/moeder/${fixed}/afbud`);
    await expect(page.getByRole("heading", { name: "You cannot cancel here" })).toBeVisible();
    const post = await page.request.post(`/borger/moeder/${fixed}/afbud`, { form: { reason: "sygdom" }, headers: { Origin: portalUrl } });
    expect(post.status()).toBe(400);
    expect((await summonsAtFoundation(page, fixed))?.status).toBe("planned");
  });
});

test("in English, the afbud page with its errors and a meeting cancelled by the citizen have no WCAG 2.1 A/AA violations", async ({ browser }) => {
  const page = await newPage(browser);
  await page.goto("/?lng=en");
  await loginAs(page, "Malene Skov", "/borger");
  const id = await summonsFromPlanner(page, "Information meeting, for axe", { cancellationPossible: true });
  await page.getByRole("link", { name: "Cancel the meeting" }).click();
  await page.getByRole("button", { name: "Cancel the meeting" }).click();
  await expect(page.getByRole("link", { name: "Choose why you cannot come" })).toBeVisible();
  await expectAccessible(page, "afbud with errors (en)");
  await page.getByRole("radio", { name: "My child is ill" }).check();
  await page.getByRole("button", { name: "Cancel the meeting" }).click();
  await expect(page.getByRole("heading", { name: "You have cancelled the meeting" })).toBeVisible();
  expect(page.url()).toContain(id);
  await expectAccessible(page, "cancelled meeting (en)");
});

test("another citizen's meeting answers 404 on the afbud page and its POST", async ({ browser }) => {
  const malenePage = await newPage(browser);
  await loginAs(malenePage, "Malene Skov", "/borger");
  const id = await summonsFromPlanner(malenePage, "Informationsmøde, kun Malenes", { cancellationPossible: true });
  const carla = await newPage(browser);
  await loginAs(carla, "Carla Hansen", "/borger");
  expect((await carla.goto(`/borger/moeder/${id}/afbud`))?.status()).toBe(404);
  const post = await carla.request.post(`/borger/moeder/${id}/afbud`, { form: { reason: "sygdom" }, headers: { Origin: portalUrl } });
  expect(post.status()).toBe(404);
  expect((await summonsAtFoundation(carla, id))?.status).toBe("planned");
});
