import { expect, test, type Page } from "@playwright/test";
import { portalUrl } from "../playwright.config";
import { day, h1, loginAs } from "./support";

/**
 * ADR 0015: staff reach the citizens of their own job centre only. Anna lives in København
 * (Gitte's job centre), Carla in Aarhus (Henrik's). Every staff route that names a citizen is tried
 * across the border, by GET and by a well-formed POST, and each answers as if she did not exist.
 */
test.setTimeout(120_000);

type Ids = { anna: string; summons: string; conversation: string; order: string };

/** Anna's citizen, summons and held-conversation ids as Gitte sees them, and an open job order. */
async function annasIds(page: Page): Promise<Ids> {
  await page.goto("/medarbejder/borgere");
  await page.getByLabel("CPR-nummer eller navn").fill("150485-1234");
  await page.getByRole("button", { name: "Søg" }).click();
  await page.getByRole("link", { name: "Anna Jensen" }).click();
  await expect(h1(page)).toHaveText("Anna Jensen");
  const anna = page.url().split("/").at(-1)!;
  const hrefOf = async (pattern: RegExp) => {
    const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    const href = hrefs.find((h) => pattern.test(h));
    expect(href, `a link like ${pattern}`).toBeTruthy();
    return href!.split("/").at(-1)!;
  };
  const summons = await hrefOf(/\/indkaldelser\/[0-9a-f-]{36}$/);
  const conversation = await hrefOf(/\/samtaler\/[0-9a-f-]{36}$/);
  await page.goto("/job");
  const orderHrefs = await page.locator("a[href^='/job/']").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const order = orderHrefs.find((h) => /^\/job\/[0-9a-f-]{36}$/.test(h))!.split("/").at(-1)!;
  return { anna, summons, conversation, order };
}

test("staff of another job centre find no one, open nothing and change nothing of a citizen who is not theirs; their own citizen they reach", async ({ browser }) => {
  const gitte = await (await browser.newContext()).newPage();
  await loginAs(gitte, "Gitte Sagsbehandler", "/medarbejder");
  const ids = await annasIds(gitte);
  const henrik = await (await browser.newContext()).newPage();
  await loginAs(henrik, "Henrik Jobkonsulent", "/medarbejder/moedetilbud/ny");
  // Henrik's own id in the staff register, as his forms name him as the caseworker.
  const henrikId = await henrik.getByLabel("Sagsbehandler", { exact: true }).inputValue();

  // The search, by CPR and by name, finds nobody outside Aarhus.
  for (const query of ["150485-1234", "Anna Jensen"]) {
    await henrik.goto("/medarbejder/borgere");
    await henrik.getByLabel("CPR-nummer eller navn").fill(query);
    await henrik.getByRole("button", { name: "Søg" }).click();
    await expect(henrik.getByRole("heading", { name: /Ingen borgere fundet|0 borgere/ })).toBeVisible();
    await expect(henrik.getByRole("link", { name: "Anna Jensen" })).toHaveCount(0);
  }

  const citizen = `/medarbejder/borgere/${ids.anna}`;
  for (const path of [
    citizen,
    `${citizen}/indkaldelser/ny`,
    `${citizen}/indkaldelser/${ids.summons}`,
    `${citizen}/indkaldelser/${ids.summons}/ret`,
    `${citizen}/kontaktgruppe`,
    `${citizen}/tidlig-opfoelgning`,
    `${citizen}/fravaer`,
    `${citizen}/samtaler/ny`,
    `${citizen}/samtaler/${ids.conversation}`,
  ]) {
    expect((await henrik.request.get(path, { maxRedirects: 0 })).status(), `GET ${path}`).toBe(404);
  }

  // Well-formed submissions, so nothing but the job centre refuses them.
  const post = (path: string, form: Record<string, string>) => henrik.request.post(path, { form, headers: { Origin: portalUrl }, maxRedirects: 0 });
  const when = { date: day(12), startTime: "10:00", endTime: "10:45" };
  const summons = {
    meetingType: "7",
    meetingForm: "personligt-fremmoede",
    ...when,
    title: "Jobsamtale",
    description: "Vi taler om dit næste job.",
    location: "Jobcenter Aarhus",
    address: "Værkmestergade 15B, 8000 Aarhus C",
    contactOptions: "Ring til os",
    caseworker: henrikId,
    compulsory: "on",
  };
  const conversation = {
    meetingType: "7",
    meetingForm: "telefonisk",
    heldOnDate: day(-1),
    heldOnTime: "10:00",
    furtherCourseAgreement: "Tre ansøgninger om ugen",
    "participants[0].name": "Henrik Jobkonsulent",
    "participants[0].role": "anden-deltager",
    "participants[0].form": "telefonisk",
  };
  for (const [path, form] of [
    [`${citizen}/indkaldelser/ny`, summons],
    [`${citizen}/indkaldelser/${ids.summons}`, { intent: "move", ...when, reason: "Flyttet" }],
    [`${citizen}/indkaldelser/${ids.summons}`, { intent: "cancel", cancelReason: "Aflyst" }],
    [`${citizen}/indkaldelser/${ids.summons}/ret`, { ...summons, changeReason: "Ændret" }],
    [`${citizen}/kontaktgruppe`, { contactGroup: "2" }],
    [`${citizen}/tidlig-opfoelgning`, { intent: "register" }],
    [`${citizen}/samtaler/ny`, conversation],
  ] as const) {
    expect((await post(path, form)).status(), `POST ${path} ${JSON.stringify(form).slice(0, 40)}`).toBe(404);
  }
  // Putting her forward to a job is refused as for anyone who is not a registered jobseeker here.
  const placed = await post(`/medarbejder/jobordrer/${ids.order}/henvis`, { intent: "place", citizenId: ids.anna, found: "[]" });
  expect(placed.status()).toBe(400);
  await henrik.goto(`/medarbejder/jobordrer/${ids.order}`);
  await expect(henrik.getByText("Anna Jensen")).toHaveCount(0);

  // Anna's summons is as it was: Gitte still sees it planned, not moved or cancelled.
  await gitte.goto(`${citizen}/indkaldelser/${ids.summons}`);
  await expect(gitte.getByText(/Flyttet|Aflyst|blev ændret/)).toHaveCount(0);

  // Each reaches their own: Henrik opens Carla (Aarhus), Gitte does not.
  await henrik.goto("/medarbejder/borgere");
  await henrik.getByLabel("CPR-nummer eller navn").fill("221178-1236");
  await henrik.getByRole("button", { name: "Søg" }).click();
  await henrik.getByRole("link", { name: "Carla Hansen" }).click();
  await expect(h1(henrik)).toHaveText("Carla Hansen");
  const carla = new URL(henrik.url()).pathname;
  expect((await gitte.request.get(carla, { maxRedirects: 0 })).status()).toBe(404);
  expect((await gitte.request.get(`${carla}/indkaldelser/ny`, { maxRedirects: 0 })).status()).toBe(404);
});
