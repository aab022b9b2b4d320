import { expect, test, type APIResponse } from "@playwright/test";
import Database from "better-sqlite3";
import { readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { dataDir, portalUrl, ports, shortSessionUrl } from "../playwright.config";
import { expectAccessible, loginAs, saveScreenshot } from "./support";

function expectBaselineHeaders(response: APIResponse, what: string) {
  const h = response.headers();
  expect(h["content-security-policy"], what).toBeDefined();
  expect(h["content-security-policy-report-only"], what).toBeUndefined();
  for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "'strict-dynamic'"]) {
    expect(h["content-security-policy"], what).toContain(directive);
  }
  expect(h["content-security-policy"], what).toMatch(/script-src 'nonce-[A-Za-z0-9+/=]{20,}'/);
  expect(h["x-content-type-options"], what).toBe("nosniff");
  expect(h["referrer-policy"], what).toBe("same-origin");
  expect(h["cross-origin-opener-policy"], what).toBe("same-origin");
  expect(h["x-powered-by"], what).toBeUndefined();
  expect(h["x-request-id"], what).toMatch(/^[0-9a-f-]{36}$/);
}

test("every kind of response carries the security headers", async ({ request }) => {
  for (const path of ["/", "/findes-ikke", "/borger", "/favicon.ico", "/dkfds/css/dkfds-borgerdk.min.css", "/healthz"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expectBaselineHeaders(response, path);
  }
});

test("errors are generic: a malformed address answers 400 with no internals", async ({ request }) => {
  for (const path of ["/%E0%A4%A", "/borger/moeder/%ZZ"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    const body = await response.text();
    expect(body).toBe("Bad Request");
    expectBaselineHeaders(response, path);
  }
});

/** The lines of a test server's log (stdout and stderr both) that name `event` and `requestId`. */
function logLinesOf(server: string, event: string, requestId: string): Record<string, unknown>[] {
  return readFileSync(`${dataDir}/${server}.log`, "utf8")
    .split("\n")
    .filter((line) => line.includes(`"event":"${event}"`) && line.includes(requestId))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

test("a loader that fails answers 500 with a calm page and no internals; the detail reaches only the log (S27), and the page shows the log line's request id as its reference", async ({ request, page }, testInfo) => {
  // The store of the second portal loses the table the job search reads its words from, as a
  // broken disk or a bad migration would; no other spec searches jobs on that portal.
  const store = new Database(`${dataDir}/short/portal.sqlite`);
  store.pragma("busy_timeout = 5000");
  const url = `${shortSessionUrl}/job?q=lager`;
  expect((await request.get(url)).status()).toBe(200);
  // A browser on the search page before the store breaks, to search again in the page (a data request).
  await page.goto(url);
  await page.waitForFunction(() => "__remixRouter" in window);
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  store.exec("ALTER TABLE job_orders_search_terms RENAME TO job_orders_search_terms_gone");
  try {
    const response = await request.get(url);
    expect(response.status()).toBe(500);
    const body = await response.text();
    expect(body).toContain("Der opstod en fejl");
    for (const internal of [/job_orders/i, /sqlite/i, /no such table/i, /\bat \w+ \(/, /\/work\/|node_modules|\.ts:\d+/]) expect(body).not.toMatch(internal);
    expectBaselineHeaders(response, url);
    // The reference on the page is the response's request id, and the log's error line carries it.
    const requestId = response.headers()["x-request-id"]!;
    expect(body.replaceAll("<!-- -->", "")).toContain(`Fejlreference: <strong>${requestId}</strong>`);
    const [logged] = logLinesOf("short", "remix.error", requestId);
    expect(logged).toMatchObject({ level: "error", requestId, path: "/job" });

    // Searched again in the page: the data request fails, and the page shows that request's id.
    const dataResponse = page.waitForResponse((r) => new URL(r.url()).pathname.endsWith(".data"));
    await page.getByLabel("Søgeord").fill("pakke");
    await page.getByRole("button", { name: "Søg" }).click();
    const failed = await dataResponse;
    expect(failed.status()).toBe(500);
    const dataRequestId = (await failed.allHeaders())["x-request-id"]!;
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Der opstod en fejl");
    await expect(page.locator("[data-error-reference] strong")).toHaveText(dataRequestId);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(logLinesOf("short", "remix.error", dataRequestId)).toHaveLength(1);

    // Loaded as a page in English: the reference again, the page passes axe and shows no CPR.
    const loaded = await page.goto(`${url}&lng=en`);
    expect(loaded!.status()).toBe(500);
    const pageRequestId = (await loaded!.allHeaders())["x-request-id"]!;
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Something went wrong");
    await expect(page.locator("[data-error-reference]")).toContainText(`Error reference: ${pageRequestId}`);
    expect(logLinesOf("short", "remix.error", pageRequestId)).toHaveLength(1);
    await expectAccessible(page, "the error page (en)");
    await saveScreenshot(page, testInfo, "error-page-reference");
    expect((await page.locator("body").innerText()).replaceAll(pageRequestId, "")).not.toMatch(/(?<!\d)\d{6}-?\d{4}(?!\d)/);
  } finally {
    store.exec("ALTER TABLE job_orders_search_terms_gone RENAME TO job_orders_search_terms");
    store.close();
  }
  expect((await request.get(url)).status()).toBe(200);
});

test("each response has its own CSP nonce and every script carries it", async ({ request }) => {
  const nonces = [];
  for (let i = 0; i < 2; i++) {
    const response = await request.get("/");
    const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
    expect(nonce).toBeTruthy();
    const html = await response.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    nonces.push(nonce);
  }
  expect(nonces[0]).not.toBe(nonces[1]);
});

test("pages run under the CSP without violations", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto("/");
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  await page.getByRole("link", { name: "Kontakt" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kontakt");
  // The page survived the navigation: the app hydrated and routed in the browser, so every
  // bundle loaded under the policy.
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  expect(violations).toEqual([]);
});

test("a non-GET request from another origin, or with no origin, is refused with 403", async ({ request, baseURL }) => {
  const foreign = await request.post("/log-af", { headers: { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" }, maxRedirects: 0 });
  expect(foreign.status()).toBe(403);
  const nullOrigin = await request.post("/log-af", { headers: { Origin: "null" }, maxRedirects: 0 });
  expect(nullOrigin.status()).toBe(403);
  const none = await request.post("/session/forny", { maxRedirects: 0 });
  expect(none.status()).toBe(403);
  const own = await request.post("/log-af", { headers: { Origin: baseURL! }, maxRedirects: 0 });
  expect(own.status()).toBe(302);
  // Logging off also clears what the browser holds of the portal.
  expect(own.headers()["clear-site-data"]).toBe('"cache", "cookies", "storage"');
});

test("authenticated pages are never stored by caches", async ({ page }) => {
  await loginAs(page, "Anna Jensen", "/borger");
  const response = await page.request.get("/borger");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
});

test("the session id is long, random and changes at every login", async ({ browser }) => {
  const values = [];
  for (let i = 0; i < 2; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await loginAs(page, "Bo Nielsen", "/borger");
    const cookie = (await context.cookies()).find((c) => c.name.endsWith("jp-session"));
    expect(cookie?.value.length).toBeGreaterThanOrEqual(43);
    values.push(cookie!.value);
    await context.close();
  }
  expect(values[0]).not.toBe(values[1]);
});

test.describe("abuse limits", () => {
  const limited = `http://127.0.0.1:${ports.limits}`;

  test("login starts are limited per client, and a forged X-Forwarded-For does not reset the count", async ({ playwright }) => {
    const client = await playwright.request.newContext({ baseURL: limited });
    for (let i = 0; i < 5; i++) expect((await client.get("/log-ind", { maxRedirects: 0 })).status()).toBe(302);
    const refused = await client.get("/log-ind", { maxRedirects: 0 });
    expect(refused.status()).toBe(429);
    expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
    expect(refused.headers()["ratelimit"]).toMatch(/r=0/);
    expect(refused.headers()["ratelimit-policy"]).toContain("q=5");
    const forged = await client.get("/log-ind", { maxRedirects: 0, headers: { "X-Forwarded-For": "203.0.113.7" } });
    expect(forged.status()).toBe(429);
    await client.dispose();
  });

  test("writes are limited per client", async ({ playwright }) => {
    const client = await playwright.request.newContext({ baseURL: limited });
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await client.post("/session/forny", { headers: { Origin: limited } })).status());
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses[5]).toBe(429);
    await client.dispose();
  });
});

/** A GET with the path exactly as given: a browser or Playwright would read "//host/x" as another host. */
function rawGet(path: string): Promise<{ status: number; location: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname: "127.0.0.1", port: ports.portal, path, headers: { Host: `127.0.0.1:${ports.portal}` } }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, location: res.headers.location, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

test("no address leads off the portal: the language switch and its links keep to local paths, and so does the login's return", async ({ page }) => {
  const lng = await rawGet("//127.0.0.1:4510/healthz?lng=en");
  expect(lng.status).toBe(302);
  expect(lng.location).toBe("/127.0.0.1:4510/healthz");
  // The 404 page for such a path offers language links that stay here.
  const missing = await rawGet("//evil.example/x");
  expect(missing.status).toBe(404);
  const links = [...missing.body.matchAll(/href="([^"]*lng=[^"]*)"/g)].map((m) => m[1]!);
  expect(links.length).toBeGreaterThan(0);
  for (const href of links) expect(href, href).toMatch(/^\/(?!\/)/);
  // After login, "/borger/..//x" (which a browser reads as //x) is not where the citizen lands.
  await page.goto(`/log-ind?til=${encodeURIComponent("/borger/..//evil.example/borger")}`);
  await page.getByRole("button", { name: "Log ind som Anna Jensen" }).click();
  await expect(page).toHaveURL(`${portalUrl}/borger`);
});
