import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { ports } from "../playwright.config";
import { day, h1, loginAs } from "./support";

/**
 * Receipts and notices that reach people (issue 18): e-mail through the mail stub (a real SMTP
 * server) and SMS through the SMS gateway stub, read back from their JSON views. Nanna Bech is
 * this spec's own demo jobseeker (her e-mail address and phone number are hers alone): she rebooks
 * in English, the job centre summons her and cancels the meeting while the mail server is down.
 * The tests build on each other, so they run in order.
 */
test.describe.configure({ mode: "serial" });

const nanna = { name: "Nanna Bech", search: "080293-2315", email: "nanna.bech@example.dk", phone: "+4520304050" };
const mailStub = `http://127.0.0.1:${ports.mailWeb}`;
const smsStub = `http://127.0.0.1:${ports.sms}`;

type Mail = { subject: string; text: string; messageId: string; deliveries: number; attachments: { filename: string; contentType: string; text?: string }[] };
type Sms = { text: string; deliveries: number };

const mailTo = async (request: APIRequestContext, subject: string): Promise<Mail[]> =>
  ((await (await request.get(`${mailStub}/_test/messages?to=${encodeURIComponent(nanna.email)}`)).json()) as { items: Mail[] }).items.filter(
    (m) => m.subject === subject,
  );
const smsTo = async (request: APIRequestContext, start: string): Promise<Sms[]> =>
  ((await (await request.get(`${smsStub}/_test/messages?to=${encodeURIComponent(nanna.phone)}`)).json()) as { items: Sms[] }).items.filter((m) =>
    m.text.startsWith(start),
  );

async function mailDown(request: APIRequestContext, down: boolean) {
  expect((await request.post(`${mailStub}/_test/faults`, { data: { down } })).ok()).toBe(true);
}

let summonsId = "";

test("a rebooking in English gives exactly one e-mail with the meeting as .ics and one SMS, in English", async ({ page }) => {
  await loginAs(page, nanna.name, "/borger/moeder?lng=en");
  await expect(h1(page)).toHaveText("Your meetings");
  await page.getByRole("table", { name: "Upcoming meetings" }).getByRole("link", { name: "Jobsamtale" }).click();
  await page.getByRole("link", { name: "Move the meeting" }).click();
  await expect(h1(page)).toHaveText("Move the meeting");
  // The second time: one place of three, so no time fills up under the rebooking journeys' feet.
  await page.getByRole("radio").nth(1).check();
  await page.getByRole("button", { name: "Move the meeting to the chosen time" }).click();
  await expect(page.getByRole("heading", { name: "The meeting has been moved to the new time" })).toBeVisible();
  const when = (await page.locator("p.font-lead").first().innerText()).trim();

  await expect.poll(async () => (await mailTo(page.request, "You have moved your meeting")).length, { timeout: 15_000 }).toBe(1);
  const [mail] = await mailTo(page.request, "You have moved your meeting");
  expect(mail!.text).toContain("You have moved your meeting with Jobcenter København");
  expect(mail!.text).toContain("/borger/moeder/");
  expect(mail!.text).not.toMatch(/\d{6}-?\d{4}/);
  expect(mail!.attachments).toHaveLength(1);
  expect(mail!.attachments[0]).toMatchObject({ contentType: "text/calendar" });
  expect(mail!.attachments[0]!.filename).toMatch(/^moede-\d{4}-\d{2}-\d{2}\.ics$/);
  expect(mail!.attachments[0]!.text).toContain("BEGIN:VEVENT");

  await expect.poll(async () => (await smsTo(page.request, "Jobportalen: You have moved your meeting")).length, { timeout: 15_000 }).toBe(1);
  const [sms] = await smsTo(page.request, "Jobportalen: You have moved your meeting");
  // The new time as the meeting page shows it, in English.
  expect(sms!.text).toContain(when);
  expect(mail!.text).toContain(when);
});

async function openNanna(staff: Page) {
  await staff.goto("/medarbejder/borgere");
  await staff.getByLabel("CPR-nummer eller navn").fill(nanna.search);
  await staff.getByRole("button", { name: "Søg" }).click();
  await staff.getByRole("link", { name: nanna.name }).click();
  await expect(h1(staff)).toHaveText(nanna.name);
}

test("a summons made by staff reaches the citizen by e-mail, in the language she last used", async ({ page }) => {
  await loginAs(page, "Gitte Sagsbehandler", "/medarbejder");
  await openNanna(page);
  await page.getByRole("link", { name: "Opret indkaldelse" }).click();
  await page.getByLabel("Samtaletype").selectOption({ label: "Informationsmøde" });
  await page.getByLabel("Mødeform").selectOption({ label: "Personligt fremmøde" });
  await page.getByLabel("Dato", { exact: true }).fill(day(9));
  await page.getByLabel("Starttidspunkt").fill("13:00");
  await page.getByLabel("Sluttidspunkt").fill("14:00");
  await page.getByLabel("Overskrift").fill("Informationsmøde om kurser");
  await page.getByLabel("Beskrivelse").fill("Vi fortæller om kurser, du kan tage.");
  await page.getByLabel("Sted", { exact: true }).fill("Jobcenter København, Kultorvet 2");
  await page.getByLabel("Adresse").fill("Kultorvet 2, 1175 København K");
  await page.getByLabel("Kontaktmuligheder").fill("Ring på 33 66 33 66");
  await page.getByRole("button", { name: "Opret indkaldelse" }).click();
  await expect(page.getByText("Indkaldelsen er oprettet")).toBeVisible();
  summonsId = /indkaldelser\/([0-9a-f-]{36})/.exec(page.url())![1]!;

  await expect.poll(async () => (await mailTo(page.request, "You are called to a meeting")).length, { timeout: 15_000 }).toBe(1);
  const [mail] = await mailTo(page.request, "You are called to a meeting");
  expect(mail!.text).toContain("Jobcenter København has called you to a meeting.");
  expect(mail!.text).toContain(`/borger/moeder/${summonsId}`);
  expect(mail!.attachments[0]!.text).toContain(`UID:${summonsId}@jobportalen`);
  // No SMS for a new summons in this first slice.
  expect(await smsTo(page.request, "Jobportalen: You are")).toHaveLength(0);
});

test("with the mail server down during a cancellation, the page answers at once and the e-mail arrives exactly once when it is back", async ({ page }) => {
  expect(summonsId).not.toBe("");
  await loginAs(page, "Gitte Sagsbehandler", `/medarbejder/borgere`);
  await openNanna(page);
  await page.getByRole("link", { name: "Informationsmøde om kurser" }).click();
  await mailDown(page.request, true);
  try {
    await page.getByLabel("Begrundelse for aflysningen").fill("Kurset er flyttet til foråret");
    const started = Date.now();
    await page.getByRole("button", { name: "Aflys mødet" }).click();
    await expect(page.getByText("Mødet er aflyst, og aflysningen")).toBeVisible();
    // The page never waits on the mail server.
    expect(Date.now() - started).toBeLessThan(5_000);
    // Down for a few tries of the worker: nothing arrives, nothing is lost.
    await page.waitForTimeout(3_000);
    expect(await mailTo(page.request, "Your meeting has been cancelled")).toHaveLength(0);
  } finally {
    await mailDown(page.request, false);
  }
  await expect.poll(async () => (await mailTo(page.request, "Your meeting has been cancelled")).length, { timeout: 15_000 }).toBe(1);
  // A moment more: no second copy, and the server saw it once.
  await page.waitForTimeout(2_500);
  const cancelled = await mailTo(page.request, "Your meeting has been cancelled");
  expect(cancelled).toHaveLength(1);
  expect(cancelled[0]!.deliveries).toBe(1);
  expect(cancelled[0]!.text).not.toContain("foråret");
  expect(cancelled[0]!.attachments[0]!.text).toContain("STATUS:CANCELLED");
});
