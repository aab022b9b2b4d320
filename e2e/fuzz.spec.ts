import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { readFileSync } from "node:fs";
import { dataDir, shortSessionUrl } from "../playwright.config";

/**
 * A few thousand malformed bodies to every action: wrong types, huge strings, odd unicode,
 * missing and forged fields. No answer may be a 500, nothing may be stored, and the store must
 * pass SQLite's integrity check afterwards. Runs against the second portal, whose store no other
 * spec writes business data to.
 */
test.use({ baseURL: shortSessionUrl });
// A volume test: its 3,200 requests take about a minute, and several minutes on a loaded machine.
test.setTimeout(300_000);

const citizenActions = [
  "/borger/samtykke",
  "/session/forny",
  "/borger/tilmelding/ydelse",
  "/borger/tilmelding/ledighed",
  "/borger/tilmelding/stillinger",
  "/borger/tilmelding/kontakt",
  "/borger/tilmelding/samtykke",
  "/borger/tilmelding/tjek",
  "/borger/afmelding?index",
  "/borger/fravaer/ny",
  `/borger/fravaer/${crypto.randomUUID()}`,
  "/borger/tidlig-opfoelgning",
  `/borger/moeder/${crypto.randomUUID()}`,
  `/borger/moeder/${crypto.randomUUID()}/flyt`,
  `/borger/moeder/book-samtale/${crypto.randomUUID()}`,
  `/borger/samtaler/${crypto.randomUUID()}`,
];
const someone = crypto.randomUUID();
const staffActions = [
  "/medarbejder/borgere?index",
  "/medarbejder/synkronisering",
  "/medarbejder/moedetilbud/ny",
  `/medarbejder/borgere/${someone}/indkaldelser/ny`,
  `/medarbejder/borgere/${someone}/indkaldelser/${crypto.randomUUID()}`,
  `/medarbejder/borgere/${someone}/indkaldelser/${crypto.randomUUID()}/ret`,
  `/medarbejder/borgere/${someone}/kontaktgruppe`,
  `/medarbejder/borgere/${someone}/tidlig-opfoelgning`,
  `/medarbejder/borgere/${someone}/fravaer`,
  `/medarbejder/borgere/${someone}/samtaler/ny`,
  `/medarbejder/jobordrer/${crypto.randomUUID()}?index`,
  `/medarbejder/jobordrer/${crypto.randomUUID()}/henvis`,
  `/medarbejder/jobordrer/${crypto.randomUUID()}/rediger`,
];
const employerActions = ["/arbejdsgiver/jobordrer/ny", `/arbejdsgiver/jobordrer/${crypto.randomUUID()}?index`, `/arbejdsgiver/jobordrer/${crypto.randomUUID()}/rediger`];
const fields = ["contactGroup", "changeReason", "decision", "fetch", "share", "query", "seq", "citizenId", "role", "status", "cpr", "intent", "_action", "id", "absenceId", "reason", "date", "benefitCategory", "fundMember", "unemploymentFund", "unemployedFrom", "occupation", "phone", "email", "absenceType", "startDate", "endDate", "comment", "deregisteredOn", "__intent__", "participants[99999999].name", "occupations[123456789]"];

/** A small deterministic generator, so a failure can be repeated. */
function generator(seed: number) {
  let state = seed;
  const next = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T,>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const values = [
    () => "",
    () => "x".repeat(1 + Math.floor(next() * 200_000)),
    () => "💥\u202e\u0000<script>alert(1)</script>",
    () => String(Math.floor(next() * 1e12) - 5e11),
    () => "1504851234",
    () => "0000-00-00",
    () => crypto.randomUUID(),
    () => "' OR 1=1 --",
    () => "\r\nSet-Cookie: x=1",
    () => "NaN",
    () => "{not json",
  ];
  return {
    form(): Record<string, string> {
      const body: Record<string, string> = {};
      const n = Math.floor(next() * 5);
      for (let i = 0; i < n; i++) body[pick(fields)] = pick(values)();
      return body;
    },
    kind: () => pick(["form", "json", "text"] as const),
  };
}

async function login(page: Page, name: string, path: string) {
  await page.goto(path);
  await page.getByRole("button", { name: `Log ind som ${name}` }).click();
  await page.waitForURL(`${shortSessionUrl}${path}`);
}

function counts() {
  const db = new Database(`${dataDir}/short/portal.sqlite`, { readonly: true });
  try {
    const count = (table: string) => (db.prepare(`select count(*) n from ${table}`).get() as { n: number }).n;
    const tables = ["outbox", "consents", "notices", "registrations", "absences", "summonses", "comments", "person_markings", "job_orders", "placements"];
    return Object.fromEntries(tables.map((table) => [table, count(table)]));
  } finally {
    db.close();
  }
}

function integrity(): string {
  const db = new Database(`${dataDir}/short/portal.sqlite`, { readonly: true });
  try {
    return (db.prepare("pragma integrity_check").get() as { integrity_check: string }).integrity_check;
  } finally {
    db.close();
  }
}

async function fuzz(request: APIRequestContext, paths: string[], rounds: number, seed: number) {
  const gen = generator(seed);
  const failures: string[] = [];
  // Form bodies that got past the origin, body-type and size checks, per path: the action saw them.
  const reached = new Map<string, number>(paths.map((path) => [path, 0]));
  for (let i = 0; i < rounds; i++) {
    const path = paths[i % paths.length]!;
    const kind = gen.kind();
    const body = gen.form();
    const headers = { Origin: shortSessionUrl };
    const response =
      kind === "form"
        ? await request.post(path, { form: body, headers, maxRedirects: 0 })
        : kind === "json"
          ? await request.post(path, { data: body, headers, maxRedirects: 0 })
          : await request.post(path, { data: JSON.stringify(body).slice(0, 5000), headers: { ...headers, "Content-Type": "text/plain" }, maxRedirects: 0 });
    const status = response.status();
    if (status >= 500) failures.push(`${path} ${kind} ${JSON.stringify(body).slice(0, 200)} → ${status}`);
    // A session that ended would turn every answer into a harmless redirect to the login.
    if (status === 302 && /^\/log-ind/.test(response.headers().location ?? "")) failures.push(`${path}: the session ended, sent to log in`);
    if (kind === "form" && ![403, 413, 415].includes(status)) reached.set(path, reached.get(path)! + 1);
  }
  for (const [path, n] of reached) if (n === 0) failures.push(`${path}: no form body reached the action`);
  return failures;
}

test("malformed bodies to every action: no 500, nothing stored, the store intact", async ({ browser }) => {
  const before = counts();
  const staff = await browser.newContext();
  await login(await staff.newPage(), "Gitte Sagsbehandler", "/medarbejder");
  const employer = await browser.newContext();
  await login(await employer.newPage(), "Frederik Lager", "/arbejdsgiver");
  // The citizen last: her idle timeout on this portal is 10 s, and her requests start at once.
  const citizen = await browser.newContext();
  await login(await citizen.newPage(), "Bo Nielsen", "/borger");
  const failures = [
    ...(await fuzz(citizen.request, citizenActions, 2000, 1)),
    ...(await fuzz(staff.request, staffActions, 800, 2)),
    ...(await fuzz(employer.request, employerActions, 400, 3)),
  ];
  expect(failures).toEqual([]);
  expect(counts()).toEqual(before);
  expect(integrity()).toBe("ok");
});

/** Shapes that must be refused before any route parses them, each with the answers it may get. */
const refusedShapes: { name: string; headers: Record<string, string>; body: string; statuses: number[] }[] = [
  // Parsing 60,000 repeated keys once took 33 s and held up every other request.
  { name: "60,000 repeated keys", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: Array.from({ length: 60_000 }, () => "a=1").join("&"), statuses: [413] },
  { name: "one 100 KB field", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: `comment=${"x".repeat(100_000)}`, statuses: [413] },
  { name: "multipart without a boundary", headers: { "Content-Type": "multipart/form-data" }, body: "--x\r\n", statuses: [415] },
  { name: "multipart with a broken boundary", headers: { "Content-Type": "multipart/form-data; boundary=zzz" }, body: "--x\r\nContent-Disposition: form-data\r\n\r\n", statuses: [415] },
  { name: "a list of content types", headers: { "Content-Type": "application/x-www-form-urlencoded, application/json" }, body: "a=1", statuses: [415] },
  { name: "an empty content type", headers: { "Content-Type": "" }, body: "a=1", statuses: [415] },
];

test("bodies no form sends are refused at once, before any route parses them (repeated keys, huge fields, multipart, odd types), and control characters at the action", async ({ browser }) => {
  const context = await browser.newContext();
  await login(await context.newPage(), "Bo Nielsen", "/borger");
  const before = counts();
  const failures: string[] = [];
  for (const path of ["/borger/samtykke", "/borger/fravaer/ny", "/borger/tilmelding/kontakt", "/medarbejder/borgere?index", "/arbejdsgiver/jobordrer/ny"]) {
    for (const shape of refusedShapes) {
      const started = performance.now();
      const response = await context.request.post(path, { headers: { Origin: shortSessionUrl, ...shape.headers }, data: shape.body, maxRedirects: 0 });
      const ms = performance.now() - started;
      if (!shape.statuses.includes(response.status())) failures.push(`${path} ${shape.name}: ${response.status()}`);
      // A bound that only a regression crosses: these are answered in milliseconds.
      if (ms > 2_000) failures.push(`${path} ${shape.name}: answered after ${Math.round(ms)} ms`);
    }
  }
  // A control character reaches the action (the body is a well-formed form) and is refused there.
  for (const path of ["/borger/samtykke", "/borger/fravaer/ny", "/borger/tidlig-opfoelgning"]) {
    for (const body of ["fetch=ja%00&share=nej", "phone=12345678%1B%5B31m&email=a%40b.dk", "comment=x%7F"]) {
      const response = await context.request.post(path, { headers: { Origin: shortSessionUrl }, form: Object.fromEntries(new URLSearchParams(body)), maxRedirects: 0 });
      if (response.status() !== 400) failures.push(`${path} ${JSON.stringify(body)}: ${response.status()}`);
    }
  }
  expect(failures).toEqual([]);
  expect(counts()).toEqual(before);
});

test("a POST to a page without an action answers 405 and leaves one short warning, not an error with a stack", async ({ request }) => {
  const log = `${dataDir}/short.log`;
  const errorsBefore = readFileSync(log, "utf8").split("\n").filter((line) => line.includes('"level":"error"')).length;
  for (let i = 0; i < 20; i++) {
    const response = await request.post("/kontakt", { headers: { Origin: shortSessionUrl }, form: { a: String(i) }, maxRedirects: 0 });
    expect(response.status()).toBe(405);
  }
  // The log is written as the answers go out; the last one is there once it has been answered.
  const lines = readFileSync(log, "utf8").split("\n");
  expect(lines.filter((line) => line.includes('"level":"error"')).length).toBe(errorsBefore);
  expect(lines.filter((line) => line.includes('"event":"remix.refused"') && line.includes('"status":405')).length).toBeGreaterThanOrEqual(20);
});
