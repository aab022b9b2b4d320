import { expect, test } from "@playwright/test";
import { portalUrl, ports } from "../playwright.config";
import { citizenAtFoundation, expectAccessible, loginAs, shownDay } from "./support";

test("the registered demo citizen sees her meetings and every item of a summons", async ({ page }) => {
  await loginAs(page, "Anna Jensen", "/borger/moeder");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dine møder");
  const upcoming = page.getByRole("table", { name: "Kommende møder" });
  await expect(upcoming.getByRole("row")).toHaveCount(3);
  await expect(page.getByRole("table", { name: "Tidligere møder" }).getByRole("row")).toHaveCount(3);
  await expectAccessible(page, "meetings (da)");

  await upcoming.getByRole("link", { name: "Jobsamtale" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Jobsamtale");
  for (const item of ["Samtaletype", "Mødeform", "Sådan deltager du", "Sted", "Adresse", "Om mødet", "Din sagsbehandler", "Hvis du er forhindret", "Mødepligt", "Flytte mødet"]) {
    await expect(page.getByRole("rowheader").filter({ hasText: item })).toBeVisible();
  }
  await expect(page.getByText("Du kan selv flytte mødet indtil")).toBeVisible();
  await expect(page.getByText("Mød op på adressen til tiden")).toBeVisible();
  await expectAccessible(page, "meeting (da)");

  // The summonses were reported to the foundation.
  await expect
    .poll(async () => {
      const { items } = (await (await page.request.get(`http://127.0.0.1:${ports.foundation}/_test/aggregates?type=summons`)).json()) as {
        items: { data: { cpr?: string } }[];
      };
      return items.filter((item) => item.data.cpr === "1504851234").length;
    })
    .toBe(4);

  await page.goto("/borger/moeder?lng=en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your meetings");
  await expectAccessible(page, "meetings (en)");
  await page.getByRole("table", { name: "Upcoming meetings" }).getByRole("link").first().click();
  await expect(page.getByRole("rowheader").filter({ hasText: "About the meeting" })).toBeVisible();
  await expectAccessible(page, "meeting (en)");
});

test("another citizen asking for Anna's meeting by id gets 404", async ({ browser }) => {
  const anna = await browser.newPage();
  await loginAs(anna, "Anna Jensen", "/borger/moeder");
  const href = await anna.getByRole("table", { name: "Kommende møder" }).getByRole("link").first().getAttribute("href");
  expect(href).toMatch(/^\/borger\/moeder\/[0-9a-f-]{36}$/);
  const carla = await browser.newPage();
  await loginAs(carla, "Carla Hansen", "/borger");
  const response = await carla.goto(href!);
  expect(response?.status()).toBe(404);
  await expect(carla.getByRole("heading", { level: 1 })).toHaveText("Siden kunne ikke findes");
  await expect(carla.getByText("Jobsamtale")).toHaveCount(0);
});

/** Lars's upcoming job conversation (a demo jobseeker used only by these journeys). */
async function larsMeeting(page: import("@playwright/test").Page): Promise<string> {
  await loginAs(page, "Lars Vinther", "/borger/moeder");
  await page.getByRole("table", { name: "Kommende møder" }).getByRole("link", { name: "Jobsamtale" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Jobsamtale");
  return new URL(page.url()).pathname;
}

test("the citizen comments on a meeting: shown back as text, never as HTML, and reported to the foundation", async ({ page }) => {
  const path = await larsMeeting(page);
  const summonsId = path.split("/").at(-1)!;
  let dialogs = 0;
  page.on("dialog", async (dialog) => {
    dialogs++;
    await dialog.dismiss();
  });
  // Empty: the error summary and the field say so.
  await page.getByRole("button", { name: "Send kommentar" }).click();
  await expect(page.getByRole("link", { name: "Skriv en kommentar" })).toBeVisible();
  // Too long: refused, and what was typed is kept.
  await page.getByLabel("Skriv en kommentar til jobcentret").fill("x".repeat(2001));
  await page.getByRole("button", { name: "Send kommentar" }).click();
  await expect(page.getByRole("link", { name: "Kommentaren må højst være 2000 tegn" })).toBeVisible();
  await expect(page.getByLabel("Skriv en kommentar til jobcentret")).toHaveValue("x".repeat(2001));

  const attack = `<script>alert("xss")</script><img src=x onerror=alert(1)> Jeg kommer, men lidt senere; ok?`;
  await page.getByLabel("Skriv en kommentar til jobcentret").fill(attack);
  await page.getByRole("button", { name: "Send kommentar" }).click();
  await expect(page.getByRole("heading", { name: "Din kommentar er sendt" })).toBeVisible();
  const comments = page.locator("#comments");
  await expect(comments.getByText(attack)).toBeVisible();
  await expect(comments.locator("img, script")).toHaveCount(0);
  // Issue 15: the box is empty after sending, so a second click cannot send the text again.
  await expect(page.getByLabel("Skriv en kommentar til jobcentret")).toHaveValue("");
  await page.reload();
  await expect(comments.getByText(attack)).toBeVisible();
  expect(dialogs).toBe(0);

  // The same form sent twice (as a browser resends a POST whose answer was lost) is one comment.
  const formId = await page.locator('input[name="commentId"]').inputValue();
  const resend = () =>
    page.request.post(path, { form: { intent: "comment", commentId: formId, text: "Sendt to gange" }, headers: { Origin: new URL(page.url()).origin }, maxRedirects: 0 });
  expect((await resend()).status()).toBe(302);
  expect((await resend()).status()).toBe(302);
  await page.reload();
  await expect(comments.getByText("Sendt to gange")).toHaveCount(1);

  await expect
    .poll(async () => {
      const { items } = (await (await page.request.get(`http://127.0.0.1:${ports.foundation}/_test/aggregates?type=summons`)).json()) as {
        items: { id: string; data: { comments?: { text: string }[] } }[];
      };
      return items.find((item) => item.id === summonsId)?.data.comments?.map((c) => c.text) ?? [];
    })
    .toEqual([attack, "Sendt to gange"]);
});

test("every meeting downloads as an .ics file in Danish time; another citizen's answers 404", async ({ page, browser }) => {
  const path = await larsMeeting(page);
  const summonsId = path.split("/").at(-1)!;
  const link = page.getByRole("link", { name: "Hent mødet til din kalender (.ics)" });
  await expect(link).toHaveAttribute("href", `${path}/kalender.ics`);
  const response = await page.request.get(`${path}/kalender.ics`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/calendar");
  const ics = await response.text();
  expect(ics).toContain(`UID:${summonsId}@jobportalen`);
  expect(ics).toContain("TZID:Europe/Copenhagen");
  expect(ics).toMatch(/DTSTART;TZID=Europe\/Copenhagen:\d{8}T100000/);
  expect(ics).toContain("STATUS:CONFIRMED");

  const carla = await browser.newPage();
  await loginAs(carla, "Carla Hansen", "/borger");
  expect((await carla.request.get(`${path}/kalender.ics`)).status()).toBe(404);
});

test("early follow-up: asked for with a confirmation step, shown with its date, reported once however often it is asked", async ({ page }) => {
  await loginAs(page, "Lars Vinther", "/borger");
  await page.getByRole("link", { name: "Bed om tidlig opfølgning" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tidlig opfølgning");
  await page.getByRole("link", { name: "Bed om tidlig opfølgning" }).click();
  await expect(page.getByRole("heading", { name: "Er du sikker?" })).toBeVisible();
  // Issue 15: it is for people on sick leave (sygedagpengeloven § 7 a), and the citizen says so first.
  await page.getByRole("button", { name: "Ja, bed om tidlig opfølgning" }).click();
  await expect(page.getByRole("alert").getByRole("link", { name: /Sæt flueben, hvis du er sygemeldt/ })).toBeVisible();
  await page.getByLabel("Jeg er sygemeldt og regner med at være det i mere end 8 uger").check();
  await page.getByRole("button", { name: "Ja, bed om tidlig opfølgning" }).click();
  await expect(page.getByRole("heading", { name: `Du bad om tidlig opfølgning den ${shownDay()}` })).toBeVisible();
  await expect(page.getByRole("button", { name: "Ja, bed om tidlig opfølgning" })).toHaveCount(0);
  // Asking again (a second POST) changes nothing.
  const again = await page.request.post("/borger/tidlig-opfoelgning", { form: { sick: "on", intent: "confirm" }, headers: { Origin: portalUrl }, maxRedirects: 0 });
  expect(again.status()).toBe(302);
  await expect
    .poll(async () => (await citizenAtFoundation<{ markings?: { marking: string }[] }>(page, "2512762313"))?.markings?.map((m) => m.marking))
    .toEqual(["Tidlig opfølgning - fast track"]);
  // A later change to the same person is reported after anything the second ask might have queued
  // (the outbox keeps each aggregate's order): once it has arrived, a second marking would have too.
  await page.goto("/borger/samtykke");
  await page.getByRole("group", { name: /Må jobcentret hente/ }).getByRole("radio", { name: "Ja" }).check();
  await page.getByRole("group", { name: /Må dine oplysninger deles/ }).getByRole("radio", { name: "Ja" }).check();
  await page.getByRole("button", { name: "Gem samtykker" }).click();
  await expect(page.getByText("Dine samtykker er gemt")).toBeVisible();
  await expect.poll(async () => (await citizenAtFoundation<{ consents?: unknown }>(page, "2512762313"))?.consents).toBeTruthy();
  const foundation = `http://127.0.0.1:${ports.foundation}`;
  const { items } = (await (await page.request.get(`${foundation}/_test/aggregates?type=citizen`)).json()) as { items: { id: string; data: { cpr?: string } }[] };
  const lars = items.find((item) => item.data.cpr === "2512762313")!.id;
  const { entries } = (await (await page.request.get(`${foundation}/_test/ledger`)).json()) as {
    entries: { messageType: string; aggregateId: string; outcome: string }[];
  };
  expect(entries.filter((e) => e.aggregateId === lars && e.messageType === "personMarking" && e.outcome === "applied")).toHaveLength(1);
});

test("self-booking: the citizen books a CV conversation among the free times before the deadline", async ({ page }) => {
  // Issue 15: the booking duty is on Min side, where the citizen looks first, and leads to the booking.
  await loginAs(page, "Lars Vinther", "/borger");
  const duty = page.getByRole("region", { name: "Du skal booke en samtale" });
  await expect(duty).toContainText("CV-samtale");
  await expectAccessible(page, "Min side with a booking duty");
  await page.goto("/borger/moeder");
  await expect(page.getByRole("heading", { name: "Du skal booke en samtale" })).toBeVisible();
  await page.getByRole("link", { name: "Book samtale" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Book samtale");
  await page.getByRole("radio").first().check();
  await page.getByRole("button", { name: "Book den valgte tid" }).click();
  await expect(page.getByRole("heading", { name: "Samtalen er booket" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("CV-samtale");
  await expect(page.getByText("Du har selv booket mødet")).toBeVisible();
  const summonsId = new URL(page.url()).pathname.split("/").at(-1)!;
  // Issue 15: every § 20 item comes from the offer, and the meeting can be moved as the offer allows.
  const item = (name: string) => page.getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) });
  await expect(item("Om mødet")).toContainText("Vi går dit CV igennem");
  await expect(item("Adresse")).toContainText("Kultorvet 2, 1175 København K");
  await expect(item("Hvis du er forhindret")).toContainText("33 17 33 17");
  await expect(page.getByRole("link", { name: "Flyt mødet" })).toBeVisible();
  await expect
    .poll(async () => {
      const { entries } = (await (await page.request.get(`http://127.0.0.1:${ports.foundation}/_test/ledger`)).json()) as {
        entries: { messageType: string; aggregateId: string; outcome: string }[];
      };
      return entries.some((e) => e.messageType === "selfBooking" && e.aggregateId === summonsId && e.outcome === "applied");
    })
    .toBe(true);
  await expect
    .poll(async () => {
      const { items } = (await (await page.request.get(`http://127.0.0.1:${ports.foundation}/_test/aggregates?type=summons`)).json()) as {
        items: { id: string; data: { title?: string; description?: string; rebookingPossible?: boolean } }[];
      };
      const data = items.find((i) => i.id === summonsId)?.data;
      return [data?.title, data?.description?.startsWith("Vi går dit CV igennem"), data?.rebookingPossible];
    })
    .toEqual(["CV-samtale", true, true]);
  await page.goto("/borger/moeder");
  // The title stays after the foundation's feed is read back.
  await expect(page.getByRole("table", { name: "Kommende møder" }).getByRole("link", { name: "CV-samtale" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Du skal booke en samtale" })).toHaveCount(0);
  await page.goto("/borger");
  await expect(page.getByRole("heading", { name: "Du skal booke en samtale" })).toHaveCount(0);
});
