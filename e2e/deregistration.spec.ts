import { expect, test, type Page } from "@playwright/test";
import { portalUrl } from "../playwright.config";
import { citizenAtFoundation, day, expectAccessible, h1, loginAs, phone, shownDay } from "./support";

/**
 * Deregistration journeys. Hanne Dahl is a registered jobseeker in the demo data kept for this
 * spec: she deregisters and registers again, so the tests here run one after another.
 */
test.describe.configure({ mode: "serial" });


const jobseekerCpr = "1408791242";
type CitizenState = {
  registration?: { status: string; registeredOn: string };
  registrationHistory?: { status: string; registeredOn: string }[];
  deregistration?: { cpr: string; name: string; reason: string; deregisteredOn: string };
};

const atFoundation = (page: Page, cpr: string) => citizenAtFoundation<CitizenState>(page, cpr);

const summary = (page: Page) => page.getByRole("alert").filter({ hasText: /Der er problemer|There is a problem|There are problems/ });
const reasons = (page: Page) => page.getByRole("group", { name: /Hvorfor vil du afmelde dig/ });
const next = (page: Page) => page.getByRole("button", { name: "Næste" });
const group = (page: Page, name: RegExp) => page.getByRole("group", { name });

/** Registers the logged-in citizen again through the registration flow (works with and without JavaScript). */
async function registerAgain(page: Page, javaScript: boolean) {
  await page.getByRole("link", { name: "Tilmeld dig igen" }).click();
  await expect(page).toHaveURL(/\/borger\/tilmelding\/ydelse$/);
  await group(page, /Hvilken ydelse/).getByRole("radio", { name: "Uden ydelse (selvforsørgende)" }).check();
  await group(page, /medlem af en a-kasse/).getByRole("radio", { name: "Nej" }).check();
  await next(page).click();
  await group(page, /fuldt eller delvist ledig/).getByRole("radio", { name: "Fuldt ledig" }).check();
  await page.getByLabel("Hvornår er du ledig fra?").fill(day());
  await next(page).click();
  await page.getByRole("searchbox", { name: "Søg efter stillingsbetegnelse" }).fill("lagerarb");
  if (!javaScript) await page.getByRole("button", { name: "Søg", exact: true }).click();
  await page.getByRole("button", { name: "Tilføj Lagerarbejder", exact: true }).click();
  await expect(page.getByRole("button", { name: "Fjern Lagerarbejder", exact: true })).toBeVisible();
  await next(page).click();
  await page.getByLabel("Telefonnummer").fill("+45 20 30 40 50");
  await next(page).click();
  await group(page, /Må jobcentret hente/).getByRole("radio", { name: "Ja" }).check();
  await group(page, /Må dine oplysninger deles/).getByRole("radio", { name: "Ja" }).check();
  await next(page).click();
  await page.getByRole("button", { name: "Send tilmelding" }).click();
  await expect(h1(page)).toHaveText("Kvittering");
}

test("a registered citizen deregisters after checking the answers, gets a receipt, and registers again", async ({ page }) => {
  test.setTimeout(150_000);
  await loginAs(page, "Hanne Dahl", "/borger/afmelding");
  await expect(h1(page)).toHaveText("Afmeld dig som jobsøgende");
  const offered = await reasons(page).getByRole("radio").evaluateAll((radios) => radios.map((r) => (r as HTMLInputElement).labels?.[0]?.textContent));
  expect(offered).toEqual(["I arbejde", "Påbegyndt uddannelse", "Flytter til udlandet", "Ønsker ikke at være tilmeldt", "Andet"]);
  await expectAccessible(page, "deregistration form");

  // Errors: nothing chosen, an empty date; then a past date (the server's rule).
  await page.getByLabel("Hvilken dag skal afmeldingen gælde fra?").fill("");
  await page.getByRole("button", { name: "Fortsæt" }).click();
  await expect(summary(page).getByRole("link", { name: "Vælg, hvorfor du vil afmelde dig" })).toBeVisible();
  await expect(summary(page).getByRole("link", { name: "Skriv den dato, afmeldingen skal gælde fra" })).toBeVisible();
  await expectAccessible(page, "deregistration form with errors");
  await reasons(page).getByRole("radio", { name: "I arbejde" }).check();
  await page.getByLabel("Hvilken dag skal afmeldingen gælde fra?").fill(day(-1));
  await page.getByRole("button", { name: "Fortsæt" }).click();
  await expect(summary(page).getByRole("link", { name: "Datoen skal være i dag eller senere" })).toBeVisible();
  await expect(reasons(page).getByRole("radio", { name: "I arbejde" })).toBeChecked();

  // "Er du sikker?", change an answer, and confirm.
  await page.getByLabel("Hvilken dag skal afmeldingen gælde fra?").fill(day());
  await page.getByRole("button", { name: "Fortsæt" }).click();
  await expect(h1(page)).toHaveText("Er du sikker på, at du vil afmelde dig?");
  await expect(page.getByText("I arbejde")).toBeVisible();
  await expectAccessible(page, "deregistration confirmation");
  await page.getByRole("button", { name: "Ret dine svar" }).click();
  await expect(reasons(page).getByRole("radio", { name: "I arbejde" })).toBeChecked();
  await reasons(page).getByRole("radio", { name: "Påbegyndt uddannelse" }).check();
  await page.getByRole("button", { name: "Fortsæt" }).click();
  await expect(page.getByText("Påbegyndt uddannelse")).toBeVisible();
  await page.getByRole("button", { name: "Ja, afmeld mig" }).click();

  // The receipt, and what the foundation received (§ 8 stk. 2: CPR, name, date, reason).
  await expect(page).toHaveURL(/\/borger\/afmelding\/kvittering$/);
  await expect(h1(page)).toHaveText("Du er afmeldt som jobsøgende");
  await expect(page.getByText("Påbegyndt uddannelse")).toBeVisible();
  await expect(page.getByRole("row", { name: /^Kvitteringsnummer [0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Hvad sker der nu?" })).toBeVisible();
  await expectAccessible(page, "deregistration receipt");
  await expect
    .poll(async () => {
      const state = await atFoundation(page, jobseekerCpr);
      return [state?.registration?.status, state?.deregistration];
    }, { timeout: 15_000 })
    .toEqual(["deregistered", { cpr: jobseekerCpr, name: "Hanne Dahl", deregisteredOn: day(), reason: "paabegyndt-uddannelse" }]);
  await page.reload();
  await expect(page.getByText("Sendt til jobcentrenes fælles system")).toBeVisible();
  await page.goto("/borger/afmelding/kvittering?lng=en");
  await expect(h1(page)).toHaveText("You are deregistered as a jobseeker");
  await expectAccessible(page, "deregistration receipt in English");
  await page.goto("/borger/afmelding/kvittering?lng=da");

  // Not registered now: a calm explanation.
  await page.goto("/borger/afmelding");
  await expect(page.getByRole("heading", { name: "Du er ikke tilmeldt som jobsøgende" })).toBeVisible();
  await expectAccessible(page, "deregistration, not registered");

  // Register again; the history keeps both periods.
  await page.goto("/borger/afmelding/kvittering");
  await registerAgain(page, true);
  await expect.poll(async () => (await atFoundation(page, jobseekerCpr))?.registration?.status, { timeout: 15_000 }).toBe("active");
  // At the foundation: the new period from today, and the one she ended before it.
  const history = await atFoundation(page, jobseekerCpr);
  expect(history?.registration?.registeredOn).toBe(day());
  expect(history?.registrationHistory?.map((r) => r.status)).toEqual(["deregistered"]);
  expect(history?.registrationHistory?.[0]?.registeredOn).not.toBe(day());
  await page.goto("/borger/afmelding");
  await expect(page.getByText(`Du har været tilmeldt som jobsøgende siden ${shownDay()}.`)).toBeVisible();
});

test("forged reasons are refused with 400 and nothing is stored; English error state is accessible", async ({ page }) => {
  test.setTimeout(120_000);
  await loginAs(page, "Hanne Dahl", "/borger/afmelding?lng=en");
  await expect(h1(page)).toHaveText("Deregister as a jobseeker");
  await page.getByLabel("From which day should the deregistration apply?").fill("");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(summary(page).getByRole("link", { name: "Choose why you want to deregister" })).toBeVisible();
  await expectAccessible(page, "deregistration form with errors in English");
  await page.goto("/borger/afmelding?lng=da");
  const post = (form: Record<string, string>) => page.request.post("/borger/afmelding", { form, headers: { Origin: portalUrl }, maxRedirects: 0 });
  for (const form of [
    { intent: "confirm", reason: "sygemelding", deregisteredOn: day() },
    { intent: "confirm", reason: "findes-ikke", deregisteredOn: day() },
    { intent: "confirm", reason: "andet", deregisteredOn: "2026-02-30" },
    { intent: "confirm", reason: "andet", deregisteredOn: day(-3) },
  ]) {
    const response = await post(form);
    expect(response.status(), JSON.stringify(form)).toBe(400);
  }
  await page.goto("/borger/afmelding");
  await expect(page.getByRole("group", { name: /Hvorfor vil du afmelde dig/ })).toBeVisible();
});

test("the deregistration page fits a 360 px phone", async ({ page }) => {
  await page.setViewportSize(phone);
  await loginAs(page, "Carla Hansen", "/borger/afmelding");
  await expect(h1(page)).toHaveText("Afmeld dig som jobsøgende");
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await expectAccessible(page, "deregistration page on a phone");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("deregistration validates on the server, confirms, and the citizen registers again", async ({ page }) => {
    test.setTimeout(150_000);
    await loginAs(page, "Hanne Dahl", "/borger/afmelding");
    await page.getByRole("button", { name: "Fortsæt" }).click();
    await expect(summary(page).getByRole("link", { name: "Vælg, hvorfor du vil afmelde dig" })).toBeVisible();
    await reasons(page).getByRole("radio", { name: "Flytter til udlandet" }).check();
    await page.getByLabel("Hvilken dag skal afmeldingen gælde fra?").fill(day(2));
    await page.getByRole("button", { name: "Fortsæt" }).click();
    await expect(h1(page)).toHaveText("Er du sikker på, at du vil afmelde dig?");
    await page.getByRole("button", { name: "Ja, afmeld mig" }).click();
    await expect(h1(page)).toHaveText("Du er afmeldt som jobsøgende");
    await expect
      .poll(async () => (await atFoundation(page, jobseekerCpr))?.deregistration, { timeout: 15_000 })
      .toMatchObject({ deregisteredOn: day(2), reason: "flytter-til-udlandet" });
    await registerAgain(page, false);
  
  });
});
