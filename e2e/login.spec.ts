import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { dataDir, shortSessionUrl } from "../playwright.config";
import { atProvider, h1, loginAs, phone, saveScreenshot, tabTo } from "./support";

const journeys = [
  { audience: "citizen", path: "/borger", name: "Anna Jensen", heading: "Min side", shows: "150485-xxxx" },
  { audience: "employer", path: "/arbejdsgiver", name: "Eva Bager", heading: "Jobordrer", shows: "12345678" },
  { audience: "staff", path: "/medarbejder", name: "Gitte Sagsbehandler", heading: "Jobcentrets værktøjer", shows: "Københavns Kommune" },
] as const;

for (const journey of journeys) {
  test(`${journey.audience}: an anonymous visit leads through MitID login and back, and log off ends the session`, async ({
    page,
    context,
  }, testInfo) => {
    await loginAs(page, journey.name, journey.path);
    await expect(page).toHaveURL(journey.path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(journey.heading);
    const banner = page.getByRole("banner");
    await expect(banner.getByText(journey.name)).toBeVisible();
    await expect(page.getByRole("main")).toContainText(journey.shows);
    await saveScreenshot(page, testInfo, `${journey.audience}-start-desktop`);
    await page.setViewportSize(phone);
    await expect(banner.getByRole("button", { name: "Log af" })).toBeVisible();
    await saveScreenshot(page, testInfo, `${journey.audience}-start-phone`);

    const cookie = (await context.cookies()).find((c) => c.name.endsWith("jp-session"));
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Lax");

    // The session row keeps no ID token: nothing of it (CPR, CVR, RID claims) stays for the
    // session's length; the provider's logout is asked by our client_id (issue 13, item 12).
    const db = new Database(`${dataDir}/main/portal.sqlite`, { readonly: true });
    try {
      expect(db.prepare("select name from pragma_table_info('sessions')").pluck().all()).not.toContain("id_token");
      expect(JSON.stringify(db.prepare("select * from sessions").all())).not.toMatch(/eyJ|1504851234/);
    } finally {
      db.close();
    }
    const toProvider = page.waitForRequest((r) => r.url().includes("/session/end"));
    await banner.getByRole("button", { name: "Log af" }).click();
    const endSession = new URL((await toProvider).url());
    expect(endSession.searchParams.get("id_token_hint")).toBeNull();
    expect(endSession.searchParams.get("client_id")).toBeTruthy();
    await expect(page).toHaveURL(/\/logget-ud/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Du er logget af");

    // The old cookie no longer opens anything: the session is gone on the server.
    await context.addCookies([{ ...cookie!, expires: -1 }]);
    await page.goto(journey.path);
    await expect(page).toHaveURL(atProvider);
  });
}

test("a deep link survives the login: the user lands where they were going", async ({ page }) => {
  await loginAs(page, "Frederik Lager", "/arbejdsgiver?fane=aktive");
  await expect(page).toHaveURL("/arbejdsgiver?fane=aktive");
});

test("MitID at assurance level low is refused", async ({ page }) => {
  await loginAs(page, "Dennis Lav Sikring", "/borger");
  await expect(page).toHaveURL(/\/auth\/callback/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Du blev ikke logget ind");
  await expect(page.getByText("Dit MitID har for lavt sikringsniveau")).toBeVisible();
  await page.goto("/borger");
  await expect(page).toHaveURL(atProvider);
});

test("an employer who is not job-centre staff cannot enter the staff area", async ({ page }) => {
  await loginAs(page, "Eva Bager", "/medarbejder");
  await expect(page.getByText("Du har ikke adgang som jobcentermedarbejder")).toBeVisible();
});

test("an employer refused at the staff door five times still enters the employer area: a refused door does not lock the login", async ({ page }) => {
  // On the second portal, whose store keeps its own failed logins.
  for (let i = 0; i < 5; i++) {
    await loginAs(page, "Frederik Lager", `${shortSessionUrl}/medarbejder`);
    await expect(page.getByText("Du har ikke adgang som jobcentermedarbejder")).toBeVisible();
  }
  await loginAs(page, "Frederik Lager", `${shortSessionUrl}/arbejdsgiver`);
  await expect(page).toHaveURL(`${shortSessionUrl}/arbejdsgiver`);
  await expect(h1(page)).toHaveText("Jobordrer");
});

test("a citizen's session does not open the staff or employer areas", async ({ page }) => {
  await loginAs(page, "Anna Jensen", "/borger");
  for (const area of ["/medarbejder", "/arbejdsgiver"]) {
    await page.goto(area);
    await expect(page, area).toHaveURL(atProvider);
    // The picker offers only that area's people: her citizen session counts for nothing there.
    await expect(page.getByRole("button", { name: "Log ind som Anna Jensen" })).toHaveCount(0);
  }
});

test("cancelling at MitID says so calmly", async ({ page }) => {
  await page.goto("/borger");
  await page.getByRole("button", { name: "Afbryd" }).click();
  await expect(page.getByText("Du afbrød login")).toBeVisible();
});

test("the whole login and log-off journey works by keyboard alone", async ({ page }) => {
  await page.goto("/");
  await tabTo(page, page.getByRole("link", { name: "Log ind på Min side" }), 20);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(atProvider);
  await tabTo(page, page.getByRole("button", { name: "Log ind som Carla Hansen" }), 30);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/borger");
  await tabTo(page, page.getByRole("banner").getByRole("button", { name: "Log af" }), 20);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/logget-ud/);
});
