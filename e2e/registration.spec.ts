import { expect, test, type Page } from "@playwright/test";
import { formatDate } from "../app/utils/dates";
import { ports } from "../playwright.config";
import { day, expectAccessible, expectFitsPhones, loginAs, phone, saveScreenshot, shownDay } from "./support";

// Two citizens who are not registered at the start. The journey without JavaScript registers the
// second one, so that test runs last, after the other test that needs her unregistered (in order,
// in one worker). NOTE: registering her also sets her consents in the portal; consent.spec.ts's
// journey for the same person expects none, so a dedicated seeded citizen would be better here.
const first = { name: "Bo Nielsen", cpr: "0307921235", masked: "030792-xxxx" };
const second = { name: "Freja Holm", cpr: "0506951240" };
test.describe.configure({ mode: "default" });

const foundation = `http://127.0.0.1:${ports.foundation}`;

/** The registration the foundation stub holds for a person (§ 8 stk. 1 fields), or null. */
async function registrationAtFoundation(page: Page, cpr: string) {
  const { items } = (await (await page.request.get(`${foundation}/_test/aggregates?type=citizen`)).json()) as {
    items: { data: { cpr?: string; registration?: Record<string, unknown> } }[];
  };
  return items.find((item) => item.data.cpr === cpr)?.data.registration ?? null;
}

const h1 = (page: Page) => page.getByRole("heading", { level: 1 });
const next = (page: Page) => page.getByRole("button", { name: "Næste" });
const group = (page: Page, name: RegExp) => page.getByRole("group", { name });
const summary = (page: Page) => page.getByRole("alert").filter({ hasText: "Der er problemer" });
const row = (page: Page, label: string) => page.getByRole("row", { name: new RegExp(`^${label}`) });

test("a new citizen registers through every step with JavaScript, prints the receipt, and the foundation gets it", async ({ page }, testInfo) => {
  test.setTimeout(150_000);
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed++;
    };
  });
  await loginAs(page, first.name, "/borger/tilmelding");
  await expect(page).toHaveURL(/\/borger\/tilmelding\/ydelse$/);

  // Jumping ahead by URL lands on the first unanswered step.
  await page.goto("/borger/tilmelding/samtykke");
  await expect(page).toHaveURL(/\/borger\/tilmelding\/ydelse$/);
  await page.goto("/borger/tilmelding/tjek");
  await expect(page).toHaveURL(/\/borger\/tilmelding\/ydelse$/);

  // Step 1: the step indicator, name and CPR from the login.
  await expect(h1(page)).toHaveText("Ydelse og a-kasse");
  const indicator = page.getByRole("navigation", { name: "Trinindikator" });
  await expect(indicator.locator("li.current a[aria-current='step']")).toContainText("Ydelse og a-kasse");
  await expect(indicator.locator("li.disabled")).toHaveCount(5);
  await expect(page.getByText(`${first.name}, CPR-nummer ${first.masked}`, { exact: false })).toBeVisible();
  await expectAccessible(page, "registration step 1");

  // An error state: nothing chosen.
  await next(page).click();
  await expect(summary(page)).toBeVisible();
  await expect(summary(page).getByRole("link", { name: "Vælg, hvilken ydelse du får eller søger" })).toBeVisible();
  await expect(summary(page).getByRole("link", { name: "Vælg, om du er medlem af en a-kasse" })).toBeVisible();
  await expectAccessible(page, "registration step 1 with errors");
  await saveScreenshot(page, testInfo, "registration-step-1-errors");
  await summary(page).getByRole("link", { name: "Vælg, hvilken ydelse du får eller søger" }).click();
  await expect(group(page, /Hvilken ydelse/).getByRole("radio").first()).toBeFocused();

  await group(page, /Hvilken ydelse/).getByRole("radio", { name: "Dagpenge", exact: true }).check();
  await group(page, /medlem af en a-kasse/).getByRole("radio", { name: "Ja", exact: true }).check();
  await page.getByLabel("Hvilken a-kasse er du medlem af?").selectOption({ label: "3F A-kasse" });
  await next(page).click();

  // Step 2, and a reload keeps the answers of step 1.
  await expect(h1(page)).toHaveText("Din ledighed");
  await expect(indicator.locator("li.current a[aria-current='step']")).toContainText("Din ledighed");
  await expect(indicator.getByRole("link", { name: /Ydelse og a-kasse/ })).toBeVisible();
  await expect(indicator.getByRole("img", { name: "Trin 1 gennemført" })).toBeVisible();
  await page.reload();
  await page.getByRole("link", { name: "Tilbage" }).click();
  await expect(h1(page)).toHaveText("Ydelse og a-kasse");
  await expect(group(page, /Hvilken ydelse/).getByRole("radio", { name: "Dagpenge", exact: true })).toBeChecked();
  await expect(page.getByLabel("Hvilken a-kasse er du medlem af?")).toHaveValue("3f-a-kasse");
  await next(page).click();

  await expect(h1(page)).toHaveText("Din ledighed");
  await expectAccessible(page, "registration step 2");
  await group(page, /fuldt eller delvist ledig/).getByRole("radio", { name: "Fuldt ledig", exact: true }).check();
  const unemployedFrom = day(-10);
  await page.getByLabel("Hvornår er du ledig fra?").fill(unemployedFrom);
  await next(page).click();

  // Step 3: the occupation search follows the typing.
  await expect(h1(page)).toHaveText("Stillinger du søger");
  await next(page).click();
  await expect(summary(page).getByRole("link", { name: "Tilføj mindst én stilling, du søger" })).toBeVisible();
  await page.getByRole("searchbox", { name: "Søg efter stillingsbetegnelse" }).fill("sygeplej");
  await page.getByRole("button", { name: "Tilføj Sygeplejerske", exact: true }).click();
  await expect(page.getByRole("button", { name: "Fjern Sygeplejerske", exact: true })).toBeVisible();
  await page.getByRole("searchbox", { name: "Søg efter stillingsbetegnelse" }).fill("lagerarb");
  await page.getByRole("button", { name: "Tilføj Lagerarbejder", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Dine valgte stillinger (2)" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("button", { name: "Fjern Lagerarbejder", exact: true })).toBeVisible();
  await expectAccessible(page, "registration step 3");
  await saveScreenshot(page, testInfo, "registration-step-3");
  await next(page).click();

  // Step 4.
  await expect(h1(page)).toHaveText("Kontaktoplysninger");
  await expectAccessible(page, "registration step 4");
  await page.getByLabel("Telefonnummer").fill("+45 20 30 40 50");
  await page.getByLabel("E-mail").fill("bo@example.dk");
  await next(page).click();

  // Step 5.
  await expect(h1(page)).toHaveText("Samtykke");
  await expectAccessible(page, "registration step 5");
  await group(page, /Må jobcentret hente/).getByRole("radio", { name: "Ja", exact: true }).check();
  await group(page, /Må dine oplysninger deles/).getByRole("radio", { name: "Nej", exact: true }).check();
  await next(page).click();

  // Check your answers, change one, and come back.
  await expect(h1(page)).toHaveText("Tjek dine svar");
  await expect(row(page, "Ydelse")).toContainText("Dagpenge");
  await expect(row(page, "A-kasse")).toContainText("3F A-kasse");
  await expect(row(page, "Ledig fra")).toContainText(formatDate(unemployedFrom, "da"));
  await expect(row(page, "Telefonnummer").locator('a[href="tel:+4520304050"]')).toHaveText("+45 20 30 40 50");
  await expect(row(page, "Stillinger")).toContainText("Sygeplejerske");
  await expect(row(page, "Telefonnummer")).toContainText("+45 20 30 40 50");
  await expectAccessible(page, "registration summary");
  await saveScreenshot(page, testInfo, "registration-summary");
  // "Tjek dine svar" on a phone: nothing wider than the screen, the "Ret" links on it.
  await expectFitsPhones(page, "registration summary");
  await page.setViewportSize(phone);
  await saveScreenshot(page, testInfo, "registration-summary-phone");
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByRole("link", { name: "Ret e-mail" }).click();
  await expect(h1(page)).toHaveText("Kontaktoplysninger");
  await page.getByLabel("E-mail").fill("bo.nielsen@example.dk");
  await page.getByRole("button", { name: "Gem og gå til Tjek dine svar" }).click();
  await expect(h1(page)).toHaveText("Tjek dine svar");
  await expect(row(page, "E-mail")).toContainText("bo.nielsen@example.dk");
  await page.getByRole("button", { name: "Send tilmelding" }).click();

  // The receipt.
  await expect(h1(page)).toHaveText("Kvittering");
  await expect(page).toHaveURL(/\/borger\/tilmelding\/kvittering$/);
  await expect(page.getByText("Din tilmelding er modtaget")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Trinindikator" })).toHaveCount(0);
  await expect(row(page, "Navn")).toContainText(first.name);
  await expect(row(page, "CPR-nummer")).toContainText(first.masked);
  await expect(row(page, "Tilmeldt fra")).toContainText(shownDay());
  await expect(row(page, "Ydelse")).toContainText("Dagpenge");
  await expect(row(page, "Ledighed")).toContainText("Fuldt ledig");
  await expect(row(page, "Stillinger")).toContainText("Lagerarbejder");
  await expect(row(page, "Jobcentret må hente oplysninger")).toContainText(`Ja, du sagde ja den ${shownDay()}`);
  await expect(row(page, "Oplysninger må deles")).toContainText(`Nej, du sagde nej den ${shownDay()}`);
  // Issue 19 item 3: a receipt worth keeping says its number, when it was shown and what happens next.
  await expect(row(page, "Kvitteringsnummer")).toHaveText(/Kvitteringsnummer\s*[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}/);
  await expect(row(page, "Vist")).toContainText(shownDay());
  await expect(page.getByRole("heading", { name: "Hvad sker der nu?" })).toBeVisible();
  await expectAccessible(page, "registration receipt");
  await saveScreenshot(page, testInfo, "registration-receipt");
  await page.getByRole("button", { name: "Udskriv kvittering" }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  // Every § 8 stk. 1 field reached the foundation as entered.
  await expect
    .poll(() => registrationAtFoundation(page, first.cpr), { timeout: 15_000 })
    .toMatchObject({
      cpr: first.cpr,
      name: first.name,
      registeredOn: day(),
      benefitCategory: "dagpenge",
      unemploymentDegree: "fuldt-ledig",
      unemployedFrom,
      occupations: ["222110", "933310"],
      unemploymentFund: "3f-a-kasse",
      phone: "+4520304050",
      email: "bo.nielsen@example.dk",
      consents: { fetch: { given: true, on: day() }, share: { given: false, on: day() } },
      status: "active",
    });
  await page.reload();
  await expect(row(page, "Status")).toContainText("Sendt til jobcentrenes fælles system");

  // In English.
  await page.goto("/borger/tilmelding/kvittering?lng=en");
  await expect(h1(page)).toHaveText("Receipt");
  await expect(row(page, "Benefit")).toContainText("Unemployment benefit");
  await expectAccessible(page, "registration receipt in English");
  await page.goto("/borger/tilmelding/kvittering?lng=da");

  // Registered: the flow shows the registration instead.
  await page.goto("/borger/tilmelding/ydelse");
  await expect(page).toHaveURL(/\/borger\/tilmelding$/);
  await expect(h1(page)).toHaveText("Du er tilmeldt som jobsøgende");
  await expect(page.getByRole("link", { name: "Gå til Min side" })).toBeVisible();
  await expectAccessible(page, "already registered");
});

test("the first step in English, and on a phone the simple step indicator", async ({ page }, testInfo) => {
  await loginAs(page, second.name, "/borger/tilmelding/ydelse?lng=en");
  await expect(h1(page)).toHaveText("Benefit and unemployment insurance fund");
  await expect(page.getByText(`You are registering as ${second.name}`, { exact: false })).toBeVisible();
  await expectAccessible(page, "registration step 1 in English");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByRole("link", { name: "Choose which benefit you receive or apply for" }).first()).toBeVisible();
  await expectAccessible(page, "registration step 1 with errors in English");
  await page.goto("/borger/tilmelding/ydelse?lng=da");

  await page.setViewportSize(phone);
  await page.reload();
  await expect(page.getByText("Trin 1 af 6")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Trinindikator" })).toBeHidden();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page, "registration step 1 at 360 px");
  await saveScreenshot(page, testInfo, "registration-step-1-phone");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a new citizen registers through every step; the server validates, keeps what was typed and clears a dependent answer", async ({ page }) => {
    test.setTimeout(60_000);
    await loginAs(page, second.name, "/borger/tilmelding");
    await expect(h1(page)).toHaveText("Ydelse og a-kasse");

    // Bad input: 400, the error summary, nothing stored.
    const [refused] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      next(page).click(),
    ]);
    expect(refused.status()).toBe(400);
    await expect(summary(page)).toBeVisible();
    await expect(summary(page).getByRole("link", { name: "Vælg, om du er medlem af en a-kasse" })).toBeVisible();

    // A member first, with an a-kasse …
    await group(page, /Hvilken ydelse/).getByRole("radio", { name: "Kontanthjælp", exact: true }).check();
    await group(page, /medlem af en a-kasse/).getByRole("radio", { name: "Ja", exact: true }).check();
    await page.getByLabel("Hvilken a-kasse er du medlem af?").selectOption({ label: "Ase" });
    await next(page).click();
    await expect(h1(page)).toHaveText("Din ledighed");
    // … then not a member after all: the a-kasse is cleared.
    await page.getByRole("link", { name: "Tilbage" }).click();
    await expect(page.getByLabel("Hvilken a-kasse er du medlem af?")).toHaveValue("ase");
    await group(page, /medlem af en a-kasse/).getByRole("radio", { name: "Nej", exact: true }).check();
    await next(page).click();

    await expect(h1(page)).toHaveText("Din ledighed");
    await group(page, /fuldt eller delvist ledig/).getByRole("radio", { name: "Delvist ledig", exact: true }).check();
    await page.getByLabel("Hvornår er du ledig fra?").fill(day(7));
    await next(page).click();

    await expect(h1(page)).toHaveText("Stillinger du søger");
    await page.getByRole("searchbox", { name: "Søg efter stillingsbetegnelse" }).fill("tømrer");
    await page.getByRole("button", { name: "Søg", exact: true }).click();
    await page.getByRole("button", { name: "Tilføj Tømrer", exact: true }).click();
    await expect(page.getByRole("button", { name: "Fjern Tømrer", exact: true })).toBeVisible();
    await next(page).click();

    await expect(h1(page)).toHaveText("Kontaktoplysninger");
    await page.getByLabel("Telefonnummer").fill("12 34");
    const [badPhone] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      next(page).click(),
    ]);
    expect(badPhone.status()).toBe(400);
    await expect(summary(page).getByRole("link", { name: "Skriv et dansk telefonnummer med 8 cifre, fx 12 34 56 78" })).toBeVisible();
    await expect(page.getByLabel("Telefonnummer")).toHaveValue("12 34");
    await page.getByLabel("Telefonnummer").fill("0045 87 65 43 21");
    await next(page).click();

    await expect(h1(page)).toHaveText("Samtykke");
    await group(page, /Må jobcentret hente/).getByRole("radio", { name: "Nej", exact: true }).check();
    await group(page, /Må dine oplysninger deles/).getByRole("radio", { name: "Ja", exact: true }).check();
    await next(page).click();

    await expect(h1(page)).toHaveText("Tjek dine svar");
    await expect(row(page, "Medlem af a-kasse")).toContainText("Nej");
    await expect(page.getByRole("row", { name: /^A-kasse/ })).toHaveCount(0);
    await page.getByRole("button", { name: "Send tilmelding" }).click();

    await expect(h1(page)).toHaveText("Kvittering");
    await expect(page.getByText("Brug din browsers udskriftsfunktion")).toBeVisible();
    await expect(row(page, "Stillinger")).toContainText("Tømrer");
    await expect
      .poll(() => registrationAtFoundation(page, second.cpr), { timeout: 15_000 })
      .toMatchObject({
        cpr: second.cpr,
        name: second.name,
        registeredOn: day(),
        benefitCategory: "kontanthjaelp",
        unemploymentDegree: "delvist-ledig",
        unemployedFrom: day(7),
        occupations: ["711510"],
        unemploymentFund: null,
        phone: "+4587654321",
        email: null,
      });
  });
});
