import { expect, test, type Page } from "@playwright/test";
import { ports } from "../playwright.config";
import { expectAccessible, loginAs } from "./support";

const foundation = `http://127.0.0.1:${ports.foundation}`;

/** The consents the foundation holds for a person, read from the stub's state. */
async function consentsAtFoundation(page: Page, cpr: string) {
  const { items } = (await (await page.request.get(`${foundation}/_test/aggregates?type=citizen`)).json()) as {
    items: { data: { cpr?: string; consents?: { fetch: { given: boolean }; share: { given: boolean } } } }[];
  };
  const consents = items.find((item) => item.data.cpr === cpr)?.data.consents;
  return consents ? { fetch: consents.fetch.given, share: consents.share.given } : null;
}

async function submitEmptyThenFix(page: Page) {
  await page.getByRole("button", { name: "Gem samtykker" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Der er problemer" });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("link", { name: "Vælg, om dine oplysninger må deles" })).toBeVisible();
  await expectAccessible(page, "consent form with errors");
  // The summary's link leads to the question.
  await summary.getByRole("link", { name: "Vælg, om dine oplysninger må deles" }).click();
  await expect(page.getByRole("group", { name: /Må dine oplysninger deles/ }).getByRole("radio", { name: "Ja" })).toBeFocused();
}

test("a citizen changes consent; it is saved at once and reported to the foundation", async ({ page }) => {
  await loginAs(page, "Emil Sørensen", "/borger");
  await page.getByRole("link", { name: "Se og skift dine samtykker" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Samtykke");
  expect(await consentsAtFoundation(page, "1202881239")).toBeNull();
  await page.getByRole("group", { name: /Må jobcentret hente/ }).getByRole("radio", { name: "Ja" }).check();
  await submitEmptyThenFix(page);
  // What was chosen is kept after the refused submit.
  await expect(page.getByRole("group", { name: /Må jobcentret hente/ }).getByRole("radio", { name: "Ja" })).toBeChecked();
  await page.getByRole("group", { name: /Må dine oplysninger deles/ }).getByRole("radio", { name: "Nej" }).check();
  await page.getByRole("button", { name: "Gem samtykker" }).click();
  await expect(page.getByText("Dine samtykker er gemt")).toBeVisible();
  await expect(page.getByRole("row", { name: /Hente oplysninger Ja/ })).toBeVisible();
  await expect(page.getByRole("row", { name: /Dele oplysninger Nej/ })).toBeVisible();
  await expect.poll(() => consentsAtFoundation(page, "1202881239"), { timeout: 10_000 }).toEqual({ fetch: true, share: false });
  await page.reload();
  await expect(page.getByText(/^Status: Sendt til jobcentrenes fælles system/)).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the consent form validates on the server, keeps what was chosen and saves", async ({ page }) => {
    // A citizen of her own: another journey registering the same person would set the consents too.
    await loginAs(page, "Ida Krogh", "/borger/samtykke");
    await page.getByRole("group", { name: /Må jobcentret hente/ }).getByRole("radio", { name: "Nej" }).check();
    await page.getByRole("button", { name: "Gem samtykker" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Der er problemer" })).toBeVisible();
    await expect(page.getByRole("group", { name: /Må jobcentret hente/ }).getByRole("radio", { name: "Nej" })).toBeChecked();
    await page.getByRole("group", { name: /Må dine oplysninger deles/ }).getByRole("radio", { name: "Ja" }).check();
    await page.getByRole("button", { name: "Gem samtykker" }).click();
    await expect(page.getByText("Dine samtykker er gemt")).toBeVisible();
    await expect(page.getByRole("row", { name: /Dele oplysninger Ja/ })).toBeVisible();
  });
});

test("staff of the citizen's job centre (Henrik, Aarhus: Gustav lives there) see his refused consent change, try it again, and it reaches the foundation", async ({ page, browser }) => {
  // Gustav's consent changes only are refused: the specs beside this one report undisturbed. He
  // gave both consents when he registered; he takes both back.
  const gustav = "2709801241";
  expect(await consentsAtFoundation(page, gustav)).toBeNull();
  const target = (refuseTypes: string[]) => page.request.post(`${foundation}/_test/targeted-faults`, { data: { target: gustav, refuseTypes } });
  expect((await target(["consent"])).ok()).toBe(true);
  const citizen = await (await browser.newContext()).newPage();
  const refused = page.getByRole("row").filter({ hasText: "consent" }).filter({ hasText: "refused-by-test-control" });
  try {
    await loginAs(citizen, "Gustav Berg", "/borger/samtykke");
    await citizen.getByRole("group", { name: /Må jobcentret hente/ }).getByRole("radio", { name: "Nej" }).check();
    await citizen.getByRole("group", { name: /Må dine oplysninger deles/ }).getByRole("radio", { name: "Nej" }).check();
    await citizen.getByRole("button", { name: "Gem samtykker" }).click();
    await expect(citizen.getByText("Dine samtykker er gemt")).toBeVisible();

    await loginAs(page, "Henrik Jobkonsulent", "/medarbejder");
    await page.getByRole("link", { name: "Synkronisering med datagrundlaget" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Synkronisering med datagrundlaget");
    await expect
      .poll(async () => {
        await page.reload();
        return refused.count();
      })
      .toBe(1);
    expect(await consentsAtFoundation(page, gustav)).toBeNull();
  } finally {
    expect((await target([])).ok()).toBe(true);
  }
  const retry = refused.getByRole("button", { name: /^Prøv nr\. \d+ igen$/ });
  await retry.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Synkronisering med datagrundlaget");
  await expect(page.getByRole("heading", { name: /^Ændring nr\. \d+ er sendt igen\.$/ })).toBeVisible();
  await expect(refused).toHaveCount(0);
  await expect.poll(() => consentsAtFoundation(page, gustav), { timeout: 10_000 }).toEqual({ fetch: false, share: false });
  await citizen.context().close();
});
