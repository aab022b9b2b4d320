/**
 * The foundation stub as a real process: spawned with its own data directory and test controls,
 * driven over HTTP only (plus one direct look at the SQLite file for the ledger's trigger).
 *
 *   node_modules/.bin/tsx --test stubs/foundation/foundation.test.ts
 */
import Database from "better-sqlite3";
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { after, before, test } from "node:test";
import type { LedgerEntry } from "./store";
import { acceptedSchema, conflictSchema, feedPageSchema, refusalSchema } from "../../app/foundation/contract";
import { runningClock } from "../../app/foundation/testing/stub";

const root = fileURLToPath(new URL("../../", import.meta.url));
const portalToken = "dev-portal-token-change-me";
const plannerToken = "dev-planner-token-change-me";

interface Stub {
  url: string;
  child: ChildProcess;
  dataDir: string;
}

async function startStub(extraEnv: Record<string, string | undefined>): Promise<Stub> {
  const dataDir = mkdtempSync(join(tmpdir(), "foundation-test-"));
  const env: NodeJS.ProcessEnv = { ...process.env, FOUNDATION_PORT: "0", DATA_DIR: dataDir, FOUNDATION_ENV_FILE: "ignore", ...extraEnv };
  for (const [name, value] of Object.entries(extraEnv)) if (value === undefined) delete env[name];
  const child = spawn(process.execPath, ["--import", "tsx", "stubs/foundation/server.ts"], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the stub did not start in 20 s")), 20_000);
    child.once("exit", (code) => reject(new Error(`the stub exited (${code})`)));
    createInterface({ input: child.stdout! }).on("line", (line) => {
      const entry = JSON.parse(line) as { event?: string; url?: string };
      if (entry.event === "foundation.listening" && entry.url) {
        clearTimeout(timer);
        resolve(entry.url);
      }
    });
  });
  const health = await fetch(`${url}/healthz`);
  assert.deepEqual(await health.json(), { status: "ok" });
  return { url, child, dataDir };
}

async function stopStub(stub: Stub | undefined): Promise<void> {
  if (!stub) return;
  if (stub.child.exitCode === null) {
    const exited = new Promise((resolve) => stub.child.once("exit", resolve));
    stub.child.kill("SIGTERM");
    await exited;
  }
  rmSync(stub.dataDir, { recursive: true, force: true });
}

// The test's clock, handed to the stub: deadlines "in 5 days" are in 5 days for both, on any day.
const start = new Date("2026-11-23T10:00:00Z");
const clock = runningClock(start);

let stub: Stub;
before(async () => {
  stub = await startStub({ FOUNDATION_TEST_CONTROLS: "1", FOUNDATION_CLOCK_START: start.toISOString() });
});
after(async () => {
  await stopStub(stub);
});

// ---- HTTP helpers -------------------------------------------------------------------------------

interface Answer {
  status: number;
  body: Record<string, unknown>;
  headers: Headers;
}

async function send(body: unknown, key: string | null = randomUUID(), token = portalToken): Promise<Answer> {
  const headers: Record<string, string> = { "Content-Type": "application/json", Authorization: `Bearer ${token}` };
  if (key !== null) headers["Idempotency-Key"] = key;
  const response = await fetch(`${stub.url}/v1/messages`, { method: "POST", headers, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown>, headers: response.headers };
}

async function getJson<T = Record<string, unknown>>(
  path: string,
  token: string | null = portalToken,
): Promise<{ status: number; body: T }> {
  const response = await fetch(`${stub.url}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  return { status: response.status, body: (await response.json()) as T };
}

async function control(path: string, body?: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${stub.url}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body ?? {}),
  });
  assert.equal(response.status, 200, `${path} answered ${response.status}`);
  return (await response.json()) as Record<string, unknown>;
}

const setFaults = (faults: Record<string, unknown>) => control("/_test/faults", faults);

async function ledger(): Promise<{ entries: LedgerEntry[]; deliveries: Record<string, number> }> {
  return (await getJson<{ entries: LedgerEntry[]; deliveries: Record<string, number> }>("/_test/ledger", null)).body;
}

interface AggregateItem {
  type: string;
  id: string;
  version: number;
  deleted: boolean;
  data: Record<string, unknown>;
}
async function aggregate(type: string, id: string): Promise<AggregateItem | undefined> {
  const { body } = await getJson<{ items: AggregateItem[] }>(`/_test/aggregates?type=${type}`, null);
  return body.items.find((item) => item.id === id);
}

// ---- messages that fit the contract -------------------------------------------------------------

const now = () => new Date(clock()).toISOString();
const inDays = (days: number) => new Date(clock() + days * 86_400_000).toISOString();
let cprCounter = 1000;
const newCpr = () => `010190${String(cprCounter++).padStart(4, "0")}`;

function registration(citizenId: string, cpr: string, benefitCategory = "dagpenge", expectedVersion = 0) {
  const consent = { given: true, on: "2025-01-02" };
  return {
    type: "registration",
    aggregateType: "citizen",
    aggregateId: citizenId,
    expectedVersion,
    occurredAt: now(),
    data: {
      cpr,
      name: "Test Testesen",
      registeredOn: "2025-01-02",
      benefitCategory,
      unemploymentDegree: "full",
      unemployedFrom: "2025-01-01",
      occupations: ["2512"],
      unemploymentFund: benefitCategory === "dagpenge" ? "3F" : null,
      phone: null,
      email: "test@example.dk",
      consents: { fetch: consent, share: consent },
    },
  };
}

type SummonsOptions = {
  rebookingPossible?: boolean;
  rebookingDeadline?: string | null;
  rebookingPeriod?: { from: string; to: string };
  cancellationPossible?: boolean;
  cancellationDeadline?: string | null;
  /** Days from now the meeting starts (7 unless told) */
  startsInDays?: number;
};

function summons(summonsId: string, cpr: string, options: SummonsOptions = {}) {
  return {
    type: "summons.create",
    aggregateType: "summons",
    aggregateId: summonsId,
    expectedVersion: 0,
    occurredAt: now(),
    data: {
      summonsId,
      cpr,
      start: inDays(options.startsInDays ?? 7),
      end: inDays((options.startsInDays ?? 7) + 0.05),
      meetingForm: "physical",
      meetingType: "job-interview",
      location: "Jobcenter Aarhus",
      contactOptions: "Ring 12345678",
      address: "Værkmestergade 15, 8000 Aarhus C",
      phoneToCall: null,
      title: "Jobsamtale",
      description: "Vi taler om dine jobmål.",
      caseworkerName: "Karin Sagsbehandler",
      rebookingPossible: options.rebookingPossible ?? true,
      rebookingDeadline: options.rebookingDeadline === undefined ? inDays(5) : options.rebookingDeadline,
      ...(options.rebookingPeriod ? { rebookingPeriod: options.rebookingPeriod } : {}),
      aKasseParticipationStatus: null,
      jobCentre: "Jobcenter Aarhus",
      selfBooked: false,
      compulsory: true,
      cancellationPossible: options.cancellationPossible ?? false,
      cancellationDeadline: options.cancellationDeadline ?? null,
    },
  };
}

function slotOffer(slotOfferId: string, capacity: number) {
  return {
    type: "slotOffer",
    aggregateType: "slotOffer",
    aggregateId: slotOfferId,
    expectedVersion: 0,
    occurredAt: now(),
    data: {
      slotOfferId,
      jobCentre: "Jobcenter Aarhus",
      caseworkerName: "Karin Sagsbehandler",
      meetingType: "job-interview",
      meetingForm: "physical",
      location: "Jobcenter Aarhus, lokale 2",
      start: inDays(10),
      end: inDays(10.05),
      capacity,
    },
  };
}

function selfBooking(summonsId: string, slotOfferId: string, cpr: string) {
  return {
    type: "selfBooking",
    aggregateType: "summons",
    aggregateId: summonsId,
    expectedVersion: 0,
    occurredAt: now(),
    data: { summonsId, slotOfferId, cpr, start: inDays(10), end: inDays(10.05), meetingType: "job-interview" },
  };
}

function rebooking(summonsId: string, slotOfferId: string, expectedVersion: number) {
  return {
    type: "rebooking",
    aggregateType: "summons",
    aggregateId: summonsId,
    expectedVersion,
    occurredAt: now(),
    data: { summonsId, slotOfferId, start: inDays(10), end: inDays(10.05) },
  };
}

function jobOrder(jobOrderId: string) {
  return {
    type: "jobOrder",
    aggregateType: "jobOrder",
    aggregateId: jobOrderId,
    expectedVersion: 0,
    occurredAt: now(),
    data: {
      jobOrderId,
      cvr: "12345678",
      pNumber: null,
      employerName: "Lager A/S",
      title: "Lagermedarbejder",
      occupation: "9333",
      description: "Pakning af varer.",
      internalComment: null,
      jobOrderType: "ordinary",
      workingTime: "full-time",
      weeklyHours: 37,
      positions: 2,
      startDate: null,
      applicationDeadline: "2026-12-31",
      workplaceAddress: "Lagervej 1",
      postcode: "8000",
      municipalityCode: "751",
      contactPerson: { name: "Lis Leder", phone: null, email: null },
      origin: "employer",
      status: "open",
    },
  };
}

async function applied(answer: Answer): Promise<{ version: number; seq: number }> {
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  return acceptedSchema.parse(answer.body);
}

// ---- tests --------------------------------------------------------------------------------------

test("/v1 needs a known bearer token; /healthz does not", async () => {
  assert.equal((await getJson("/healthz", null)).status, 200);
  assert.equal((await getJson("/v1/feed", null)).status, 401);
  assert.equal((await getJson("/v1/feed", "wrong-token")).status, 401);
  const citizenId = randomUUID();
  assert.equal((await send(registration(citizenId, newCpr()), randomUUID(), "wrong-token")).status, 401);
  assert.equal(await aggregate("citizen", citizenId), undefined);
  assert.equal((await getJson("/v1/feed", plannerToken)).status, 200);
});

test("a registration is applied: version 1, in the feed and in the ledger", async () => {
  const citizenId = randomUUID();
  const cpr = newCpr();
  const key = randomUUID();
  const answer = await send(registration(citizenId, cpr), key);
  const accepted = await applied(answer);
  assert.equal(accepted.version, 1);

  const page = feedPageSchema.parse((await getJson(`/v1/feed?after=${accepted.seq - 1}&limit=1`)).body);
  assert.equal(page.items.length, 1);
  const item = page.items[0]!;
  assert.deepEqual([item.seq, item.type, item.id, item.version, item.deleted], [accepted.seq, "citizen", citizenId, 1, false]);
  assert.equal(item.data.cpr, cpr);
  assert.equal(item.data.name, "Test Testesen");
  assert.equal((item.data.registration as Record<string, unknown>).status, "active");
  assert.ok(page.lastSeq >= accepted.seq);

  const { entries, deliveries } = await ledger();
  const mine = entries.filter((entry) => entry.key === key);
  assert.deepEqual(
    mine.map(({ client, messageType, aggregateType, aggregateId, version, outcome }) => ({
      client,
      messageType,
      aggregateType,
      aggregateId,
      version,
      outcome,
    })),
    [{ client: "portal", messageType: "registration", aggregateType: "citizen", aggregateId: citizenId, version: 1, outcome: "applied" }],
  );
  assert.equal(deliveries[key], 1);
});

test("same key and same body: the first answer again, counted as a delivery, applied once", async () => {
  const message = registration(randomUUID(), newCpr());
  const key = randomUUID();
  const first = await send(message, key);
  await applied(first);
  // The same body with its keys in another order is the same body.
  const reordered = Object.fromEntries(Object.entries(message).reverse());
  const second = await send(reordered, key);
  assert.equal(second.status, 200);
  assert.deepEqual(second.body, first.body);

  const { entries, deliveries } = await ledger();
  assert.equal(deliveries[key], 2);
  assert.equal(entries.filter((entry) => entry.key === key && entry.outcome === "applied").length, 1);
  assert.equal((await aggregate("citizen", message.aggregateId))?.version, 1);
});

test("same key with another body: 422 idempotency-key-reused, nothing applied", async () => {
  const key = randomUUID();
  await applied(await send(registration(randomUUID(), newCpr()), key));
  const otherCitizen = randomUUID();
  const reused = await send(registration(otherCitizen, newCpr()), key);
  assert.equal(reused.status, 422);
  assert.deepEqual(reused.body, { error: "idempotency-key-reused" });
  assert.equal(await aggregate("citizen", otherCitizen), undefined);
  assert.equal((await ledger()).deliveries[key], 2);
});

test("a wrong expectedVersion: 409 with the current version and state, stored under the key", async () => {
  const citizenId = randomUUID();
  const cpr = newCpr();
  await applied(await send(registration(citizenId, cpr)));
  const key = randomUUID();
  const stale = registration(citizenId, cpr, "dagpenge", 0);
  const conflict = await send(stale, key);
  assert.equal(conflict.status, 409);
  const body = conflictSchema.parse(conflict.body);
  assert.equal(body.currentVersion, 1);
  assert.equal(body.current?.cpr, cpr);
  assert.equal((body.current?.registration as Record<string, unknown>).status, "active");
  assert.deepEqual((await send(stale, key)).body, conflict.body);

  // Unknown aggregate, expectedVersion > 0: a conflict with version 0 and no state.
  const unknown = await send({ ...registration(randomUUID(), newCpr()), expectedVersion: 3 });
  assert.equal(unknown.status, 409);
  assert.deepEqual(unknown.body, { error: "version-conflict", currentVersion: 0, current: null });

  // With the right version the change applies as version 2, and the old registration is history.
  const next = await applied(await send(registration(citizenId, cpr, "kontanthjaelp", 1)));
  assert.equal(next.version, 2);
  const state = (await aggregate("citizen", citizenId))!.data;
  assert.equal((state.registration as Record<string, unknown>).benefitCategory, "kontanthjaelp");
  assert.equal((state.registrationHistory as unknown[]).length, 1);
});

test("a body that does not fit the contract: 400 with issues, not stored under the key", async () => {
  const key = randomUUID();
  const message = registration(randomUUID(), newCpr());
  const bad = await send({ ...message, data: { ...message.data, cpr: "12345" } }, key);
  assert.equal(bad.status, 400);
  assert.equal(bad.body.error, "invalid");
  assert.ok(Array.isArray(bad.body.issues) && bad.body.issues.length > 0);
  // The key was not used up: the valid body under it applies.
  await applied(await send(message, key));

  assert.equal((await send(message, null)).status, 400, "no Idempotency-Key");
  assert.equal((await send(message, "k".repeat(201))).status, 400, "a too long Idempotency-Key");
  assert.equal((await send({ ...message, aggregateType: "summons" })).status, 400, "registration is not a summons message");
  const slotId = randomUUID();
  const mismatch = await send({ ...slotOffer(slotId, 1), aggregateId: randomUUID() });
  assert.equal(mismatch.status, 400, "data names another aggregate than the envelope");

  const notJson = await fetch(`${stub.url}/v1/messages`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${portalToken}`, "Idempotency-Key": randomUUID() },
    body: "{not json",
  });
  assert.equal(notJson.status, 400);
  refusalSchema.parse(await notJson.json());
});

test("refuseTypes: 422 refused-by-test-control, stored under the key; other types still apply", async () => {
  await setFaults({ refuseTypes: ["registration"] });
  try {
    assert.deepEqual((await getJson("/_test/faults", null)).body.refuseTypes, ["registration"]);
    const key = randomUUID();
    const message = registration(randomUUID(), newCpr());
    const refused = await send(message, key);
    assert.equal(refused.status, 422);
    assert.deepEqual(refused.body, { error: "refused", reason: "refused-by-test-control" });
    await applied(await send(jobOrder(randomUUID())));
    await setFaults({});
    // The refusal is the key's answer for good.
    assert.deepEqual((await send(message, key)).body, refused.body);
    assert.equal(await aggregate("citizen", message.aggregateId), undefined);
    assert.deepEqual(
      (await ledger()).entries.filter((entry) => entry.key === key).map((entry) => entry.outcome),
      ["refused"],
    );
  } finally {
    await setFaults({});
  }
});

test("targeted faults refuse or delay only the messages about their aggregate or person; the rest apply at once", async () => {
  const refusedId = randomUUID();
  const slowCpr = newCpr();
  await control("/_test/targeted-faults", { target: refusedId, refuseTypes: ["registration"] });
  await control("/_test/targeted-faults", { target: slowCpr, delayMs: 400 });
  try {
    assert.deepEqual((await send(registration(refusedId, newCpr()))).body, { error: "refused", reason: "refused-by-test-control" });
    let started = performance.now();
    await applied(await send(registration(randomUUID(), newCpr())));
    assert.ok(performance.now() - started < 400, "another aggregate is not delayed");
    started = performance.now();
    await applied(await send(registration(randomUUID(), slowCpr)));
    assert.ok(performance.now() - started >= 390, "the person's message waits for the delay");
    const { targeted } = (await getJson<{ targeted: { target: string }[] }>("/_test/faults", null)).body;
    assert.deepEqual(targeted.map((f) => f.target).sort(), [refusedId, slowCpr].sort());
  } finally {
    await control("/_test/targeted-faults", { target: refusedId });
    await control("/_test/targeted-faults", { target: slowCpr });
  }
  // Removed: the same aggregate applies now.
  await applied(await send(registration(refusedId, newCpr())));
  assert.deepEqual((await getJson<{ targeted: unknown[] }>("/_test/faults", null)).body.targeted, []);
});

test("down: /v1 fails at the connection while /healthz and /_test work; up again, it works", async () => {
  await setFaults({ down: true });
  try {
    await assert.rejects(send(registration(randomUUID(), newCpr())));
    await assert.rejects(fetch(`${stub.url}/v1/feed`, { headers: { Authorization: `Bearer ${portalToken}` } }));
    assert.equal((await getJson("/healthz", null)).status, 200);
    assert.equal((await getJson("/_test/faults", null)).body.down, true);
  } finally {
    await setFaults({ down: false });
  }
  await applied(await send(registration(randomUUID(), newCpr())));
});

test("failRate 1: 503 or 429 with Retry-After, nothing applied; delayMs slows /v1", async () => {
  await setFaults({ failRate: 1 });
  const citizenId = randomUUID();
  try {
    for (let i = 0; i < 5; i++) {
      const answer = await send(registration(citizenId, newCpr()));
      assert.ok([429, 503].includes(answer.status), String(answer.status));
      assert.equal(answer.headers.get("Retry-After"), "1");
    }
  } finally {
    await setFaults({});
  }
  assert.equal(await aggregate("citizen", citizenId), undefined);

  await setFaults({ delayMs: 300 });
  try {
    const started = performance.now();
    await applied(await send(registration(randomUUID(), newCpr())));
    assert.ok(performance.now() - started >= 290);
  } finally {
    await setFaults({});
  }
});

test("dropAfterCommit: the client sees a socket error; the retry gets the stored answer, applied once", async () => {
  const key = randomUUID();
  const message = registration(randomUUID(), newCpr());
  await setFaults({ dropAfterCommitRate: 1 });
  try {
    await assert.rejects(send(message, key));
  } finally {
    await setFaults({});
  }
  const retry = await applied(await send(message, key));
  assert.equal(retry.version, 1);
  const { entries, deliveries } = await ledger();
  assert.equal(entries.filter((entry) => entry.key === key && entry.outcome === "applied").length, 1);
  assert.equal(deliveries[key], 2);
  assert.equal((await aggregate("citizen", message.aggregateId))?.version, 1);
});

test("slot capacity: two self-bookings on a slot for one, the second is slot-full", async () => {
  const slotId = randomUUID();
  await applied(await send(slotOffer(slotId, 1), randomUUID(), plannerToken));
  assert.equal((await aggregate("slotOffer", slotId))?.data.booked, 0);

  const first = randomUUID();
  const cpr = newCpr();
  await applied(await send(selfBooking(first, slotId, cpr)));
  const booked = await aggregate("summons", first);
  assert.equal(booked?.data.selfBooked, true);
  assert.equal(booked?.data.status, "planned");
  assert.equal(booked?.data.location, "Jobcenter Aarhus, lokale 2");
  const slot = await aggregate("slotOffer", slotId);
  assert.deepEqual([slot?.version, slot?.data.booked], [2, 1]);

  const second = await send(selfBooking(randomUUID(), slotId, newCpr()));
  assert.equal(second.status, 422);
  assert.deepEqual(second.body, { error: "refused", reason: "slot-full" });
  const unknown = await send(selfBooking(randomUUID(), randomUUID(), newCpr()));
  assert.deepEqual(unknown.body, { error: "refused", reason: "slot-unknown" });

  // Cancelling the booked summons frees the slot.
  await applied(
    await send({
      type: "summons.cancel",
      aggregateType: "summons",
      aggregateId: first,
      expectedVersion: 1,
      occurredAt: now(),
      data: { summonsId: first, reason: null },
    }),
  );
  assert.equal((await aggregate("slotOffer", slotId))?.data.booked, 0);
  await applied(await send(selfBooking(randomUUID(), slotId, newCpr())));
});

test("rebooking: only when possible, before the deadline, on a slot with room", async () => {
  const cpr = newCpr();
  const slotId = randomUUID();
  await applied(await send(slotOffer(slotId, 1), randomUUID(), plannerToken));

  const fixed = randomUUID();
  await applied(await send(summons(fixed, cpr, { rebookingPossible: false }), randomUUID(), plannerToken));
  assert.deepEqual((await send(rebooking(fixed, slotId, 1))).body, { error: "refused", reason: "rebooking-not-allowed" });

  const late = randomUUID();
  await applied(await send(summons(late, cpr, { rebookingDeadline: inDays(-1) }), randomUUID(), plannerToken));
  assert.deepEqual((await send(rebooking(late, slotId, 1))).body, { error: "refused", reason: "rebooking-not-allowed" });

  const missing = randomUUID();
  assert.deepEqual((await send(rebooking(missing, slotId, 0))).body, { error: "refused", reason: "rebooking-not-allowed" });

  const open = randomUUID();
  await applied(await send(summons(open, cpr, { rebookingDeadline: null }), randomUUID(), plannerToken));
  assert.equal((await applied(await send(rebooking(open, slotId, 1)))).version, 2);
  const state = (await aggregate("summons", open))!.data;
  assert.deepEqual([state.status, state.rebooked, state.slotOfferId], ["moved", true, slotId]);
  assert.ok(state.previous && typeof state.previous === "object");
  assert.equal((await aggregate("slotOffer", slotId))?.data.booked, 1);

  const another = randomUUID();
  await applied(await send(summons(another, cpr), randomUUID(), plannerToken));
  assert.deepEqual((await send(rebooking(another, slotId, 1))).body, { error: "refused", reason: "slot-full" });
});

test("§ 20 nr. 12: a rebooking to a time outside the summons' own rebooking period is refused; inside it, applied", async () => {
  const cpr = newCpr();
  const slotId = randomUUID();
  await applied(await send(slotOffer(slotId, 2), randomUUID(), plannerToken));
  const day = (iso: string) => iso.slice(0, 10);
  const outside = randomUUID();
  // The slot lies ten days ahead; this period ends two days before it.
  await applied(await send(summons(outside, cpr, { rebookingPeriod: { from: day(inDays(0)), to: day(inDays(8)) } }), randomUUID(), plannerToken));
  assert.deepEqual((await send(rebooking(outside, slotId, 1))).body, { error: "refused", reason: "rebooking-outside-period" });
  const inside = randomUUID();
  await applied(await send(summons(inside, cpr, { rebookingPeriod: { from: day(inDays(0)), to: day(inDays(12)) } }), randomUUID(), plannerToken));
  await applied(await send(rebooking(inside, slotId, 1)));
  // A period that ends before it begins does not fit the contract.
  const backwards = summons(randomUUID(), cpr, { rebookingPeriod: { from: day(inDays(12)), to: day(inDays(0)) } });
  assert.equal((await send(backwards, randomUUID(), plannerToken)).status, 400);
});

test("afbud: only where the summons allows it and before its deadline; the meeting is then cancelled by the citizen and its slot freed", async () => {
  const cpr = newCpr();
  const afbud = (summonsId: string, expectedVersion: number, who = cpr) => ({
    type: "citizenCancellation",
    aggregateType: "summons",
    aggregateId: summonsId,
    expectedVersion,
    occurredAt: now(),
    data: { summonsId, cpr: who, reason: "sygdom", comment: "Feber" },
  });
  const fixed = randomUUID();
  await applied(await send(summons(fixed, cpr), randomUUID(), plannerToken));
  assert.deepEqual((await send(afbud(fixed, 1))).body, { error: "refused", reason: "cancellation-not-allowed" });
  const late = randomUUID();
  await applied(await send(summons(late, cpr, { cancellationPossible: true, cancellationDeadline: inDays(-1) }), randomUUID(), plannerToken));
  assert.deepEqual((await send(afbud(late, 1))).body, { error: "refused", reason: "cancellation-deadline-passed" });
  assert.deepEqual((await send(afbud(randomUUID(), 0))).body, { error: "refused", reason: "unknown-aggregate" });

  const open = randomUUID();
  const slotId = randomUUID();
  await applied(await send(slotOffer(slotId, 1), randomUUID(), plannerToken));
  await applied(await send(summons(open, cpr, { cancellationPossible: true, rebookingDeadline: null }), randomUUID(), plannerToken));
  await applied(await send(rebooking(open, slotId, 1)));
  assert.deepEqual((await send(afbud(open, 2, newCpr()))).body, { error: "refused", reason: "cpr-mismatch" });
  await applied(await send(afbud(open, 2)));
  const state = (await aggregate("summons", open))!.data;
  assert.deepEqual([state.status, state.cancelledBy, state.citizenCancellation], ["cancelled", "citizen", { reason: "sygdom", comment: "Feber" }]);
  assert.equal((await aggregate("slotOffer", slotId))?.data.booked, 0);
  assert.deepEqual((await send(afbud(open, 3))).body, { error: "refused", reason: "cancellation-not-allowed" });
});

test("issue 15: a rebooking and a self-booking carry the new time's § 20 items, and the summons takes them", async () => {
  const cpr = newCpr();
  const slotId = randomUUID();
  await applied(await send(slotOffer(slotId, 3), randomUUID(), plannerToken));
  const moved = randomUUID();
  await applied(await send(summons(moved, cpr, { rebookingDeadline: null }), randomUUID(), plannerToken));
  const elsewhere = { meetingForm: "phone", location: "Telefonmøde", address: null, phoneToCall: "33 66 33 66", contactOptions: "Skriv på Jobnet", caseworkerName: "Mette" };
  const move = rebooking(moved, slotId, 1);
  await applied(await send({ ...move, data: { ...move.data, ...elsewhere } }));
  const state = (await aggregate("summons", moved))!.data;
  assert.deepEqual([state.meetingForm, state.location, state.address, state.phoneToCall, state.contactOptions, state.caseworkerName, state.title], [
    "phone",
    "Telefonmøde",
    null,
    "33 66 33 66",
    "Skriv på Jobnet",
    "Mette",
    "Jobsamtale",
  ]);

  const booked = randomUUID();
  const book = selfBooking(booked, slotId, cpr);
  const details = { title: "CV-samtale", description: "Om dit CV", contactOptions: "Ring 12345678", rebookingPossible: true, rebookingPeriod: { from: "2026-11-23", to: "2026-12-03" } };
  await applied(await send({ ...book, data: { ...book.data, ...details } }));
  const selfBooked = (await aggregate("summons", booked))!.data;
  assert.deepEqual([selfBooked.title, selfBooked.description, selfBooked.contactOptions, selfBooked.rebookingPossible, selfBooked.location], [
    "CV-samtale",
    "Om dit CV",
    "Ring 12345678",
    true,
    "Jobcenter Aarhus, lokale 2",
  ]);
});

test("a summons' outcome: held or no-show once its time has come, never for a cancelled one, and a held one stays held", async () => {
  const cpr = newCpr();
  const outcome = (summonsId: string, expectedVersion: number, value: "held" | "no-show", heldConversationId: string | null = null) => ({
    type: "summonsOutcome",
    aggregateType: "summons",
    aggregateId: summonsId,
    expectedVersion,
    occurredAt: now(),
    data: { summonsId, outcome: value, heldConversationId },
  });
  const ahead = randomUUID();
  await applied(await send(summons(ahead, cpr), randomUUID(), plannerToken));
  assert.deepEqual((await send(outcome(ahead, 1, "no-show"))).body, { error: "refused", reason: "meeting-not-begun" });
  assert.deepEqual((await send(outcome(randomUUID(), 0, "no-show"))).body, { error: "refused", reason: "unknown-aggregate" });

  const missed = randomUUID();
  await applied(await send(summons(missed, cpr, { startsInDays: -1 }), randomUUID(), plannerToken));
  await applied(await send(outcome(missed, 1, "no-show")));
  assert.equal((await aggregate("summons", missed))!.data.status, "no-show");

  const held = randomUUID();
  const conversation = randomUUID();
  await applied(await send(summons(held, cpr, { startsInDays: -0.01 }), randomUUID(), plannerToken));
  await applied(await send(outcome(held, 1, "held", conversation)));
  const state = (await aggregate("summons", held))!.data;
  assert.deepEqual([state.status, state.heldConversationId], ["held", conversation]);
  assert.deepEqual((await send(outcome(held, 2, "no-show"))).body, { error: "refused", reason: "summons-held" });

  const cancelled = randomUUID();
  await applied(await send(summons(cancelled, cpr, { startsInDays: -1 }), randomUUID(), plannerToken));
  await applied(
    await send({ type: "summons.cancel", aggregateType: "summons", aggregateId: cancelled, expectedVersion: 1, occurredAt: now(), data: { summonsId: cancelled, reason: null } }, randomUUID(), plannerToken),
  );
  assert.deepEqual((await send(outcome(cancelled, 2, "no-show"))).body, { error: "refused", reason: "summons-cancelled" });
});

test("§ 20 stk. 3 \"… flyttes eller på anden måde ændres\": a change sets only the items named, says which and why, and is refused once the meeting is cancelled, held or begun", async () => {
  const cpr = newCpr();
  const change = (summonsId: string, expectedVersion: number, changes: Record<string, unknown>, reason = "Mødet holdes i huset ved siden af") => ({
    type: "summons.change",
    aggregateType: "summons",
    aggregateId: summonsId,
    expectedVersion,
    occurredAt: now(),
    data: { summonsId, changes, reason },
  });
  const ahead = randomUUID();
  await applied(await send(summons(ahead, cpr), randomUUID(), plannerToken));
  const moved = change(ahead, 1, { location: "Jobcenter Aarhus, hus B", address: "Værkmestergade 17, 8000 Aarhus C" });
  await applied(await send(moved));
  const state = (await aggregate("summons", ahead))!.data;
  assert.deepEqual([state.location, state.address, state.title, state.status], ["Jobcenter Aarhus, hus B", "Værkmestergade 17, 8000 Aarhus C", "Jobsamtale", "planned"]);
  assert.deepEqual(state.lastChange, { items: ["location", "address"], reason: "Mødet holdes i huset ved siden af", at: moved.occurredAt });

  // A change that names nothing, or no reason, does not fit the contract.
  assert.equal((await send(change(ahead, 2, {}))).status, 400);
  assert.equal((await send(change(ahead, 2, { title: "Ny titel" }, ""))).status, 400);
  // A rebooking deadline after the meeting's start is no deadline.
  assert.deepEqual((await send(change(ahead, 2, { rebookingDeadline: inDays(8) }))).body, { error: "refused", reason: "deadline-after-start" });
  assert.deepEqual((await send(change(randomUUID(), 0, { title: "Ny titel" }))).body, { error: "refused", reason: "unknown-aggregate" });

  const begun = randomUUID();
  await applied(await send(summons(begun, cpr, { startsInDays: -0.01, rebookingDeadline: null }), randomUUID(), plannerToken));
  assert.deepEqual((await send(change(begun, 1, { title: "Ny titel" }))).body, { error: "refused", reason: "meeting-begun" });

  const cancelled = randomUUID();
  await applied(await send(summons(cancelled, cpr), randomUUID(), plannerToken));
  await applied(
    await send({ type: "summons.cancel", aggregateType: "summons", aggregateId: cancelled, expectedVersion: 1, occurredAt: now(), data: { summonsId: cancelled, reason: null } }, randomUUID(), plannerToken),
  );
  assert.deepEqual((await send(change(cancelled, 2, { title: "Ny titel" }))).body, { error: "refused", reason: "summons-cancelled" });
});

test("contact group from the day it is registered; § 28 nr. 9: a visitation group only for contact groups 2, 3 and 12, and only when it differs from the last one", async () => {
  const citizenId = randomUUID();
  const cpr = newCpr();
  await applied(await send(registration(citizenId, cpr, "kontanthjaelp")));
  const today = now().slice(0, 10);
  const contactGroup = (group: string, expectedVersion: number, effectiveFrom = today) => ({
    type: "contactGroup",
    aggregateType: "citizen",
    aggregateId: citizenId,
    expectedVersion,
    occurredAt: now(),
    data: { cpr, contactGroup: group, effectiveFrom },
  });
  const conversation = (conversationId: string, newVisitationGroup: string | null) => ({
    type: "heldConversation",
    aggregateType: "heldConversation",
    aggregateId: conversationId,
    expectedVersion: 0,
    occurredAt: now(),
    data: {
      conversationId,
      cpr,
      heldOn: now(),
      meetingType: "7",
      meetingForm: "personligt-fremmoede",
      furtherCourseAgreement: "Tre ansøgninger om ugen",
      flexjobAgreement: null,
      aKasseParticipationStatus: null,
      practicalAgreements: null,
      newVisitationGroup,
      participants: [],
      cvNotAdequate: null,
      jobCentre: "Jobcenter København",
    },
  });
  // Without a contact group of 2, 3 or 12 a visitation group is not registered.
  assert.deepEqual((await send(conversation(randomUUID(), "jobparat"))).body, { error: "refused", reason: "visitation-group-not-applicable" });

  assert.deepEqual((await send(contactGroup("2", 1, "2020-01-01"))).body, { error: "refused", reason: "contact-group-start-not-today" });
  await applied(await send(contactGroup("2", 1)));
  assert.deepEqual((await send(contactGroup("2", 2))).body, { error: "refused", reason: "contact-group-unchanged" });
  assert.deepEqual((await aggregate("citizen", citizenId))!.data.contactGroup, { group: "2", effectiveFrom: today });

  await applied(await send(conversation(randomUUID(), "jobparat")));
  assert.deepEqual((await send(conversation(randomUUID(), "jobparat"))).body, { error: "refused", reason: "visitation-group-unchanged" });
  await applied(await send(conversation(randomUUID(), null)));
  await applied(await send(conversation(randomUUID(), "aktivitetsparat")));

  // Contact group 1 (dagpenge): no visitation group.
  await applied(await send(contactGroup("1", 2)));
  assert.deepEqual((await send(conversation(randomUUID(), "jobparat"))).body, { error: "refused", reason: "visitation-group-not-applicable" });
  assert.deepEqual((await aggregate("citizen", citizenId))!.data.contactGroupHistory, [{ group: "2", effectiveFrom: today }]);
});

test("§ 28 stk. 3 \"Tidlig opfølgning - fast track\": a marking stands until it is ended; not marked twice, and only a standing one ends", async () => {
  const citizenId = randomUUID();
  const cpr = newCpr();
  await applied(await send(registration(citizenId, cpr)));
  const marking = (expectedVersion: number, requestedOn: string, endedOn?: string) => ({
    type: "personMarking",
    aggregateType: "citizen",
    aggregateId: citizenId,
    expectedVersion,
    occurredAt: now(),
    data: { cpr, marking: "Tidlig opfølgning - fast track", requestedOn, ...(endedOn ? { endedOn } : {}) },
  });
  assert.deepEqual((await send(marking(1, "2026-11-20", "2026-11-23"))).body, { error: "refused", reason: "marking-not-standing" });
  await applied(await send(marking(1, "2026-11-20")));
  assert.deepEqual((await send(marking(2, "2026-11-21"))).body, { error: "refused", reason: "marking-exists" });
  assert.deepEqual((await send(marking(2, "2026-11-21", "2026-11-23"))).body, { error: "refused", reason: "marking-not-standing" });
  await applied(await send(marking(2, "2026-11-20", "2026-11-23")));
  await applied(await send(marking(3, "2026-11-23")));
});

test("seed 002 § 4 stk. 3: the job centre decides only a holiday that awaits its decision, once; a refusal says why", async () => {
  const citizenId = randomUUID();
  const cpr = newCpr();
  await applied(await send(registration(citizenId, cpr)));
  const absenceId = randomUUID();
  const holiday = { absenceId, cpr, absenceType: "10", startDate: "2026-11-28", endDate: "2026-11-30", comment: null, reportedOn: "2026-11-23", withdrawn: false, awaitsJobCentreDecision: true };
  await applied(await send({ type: "absence", aggregateType: "citizen", aggregateId: citizenId, expectedVersion: 1, occurredAt: now(), data: holiday }));
  const decide = (expectedVersion: number, id: string, decision: string, reason: string | null) => ({
    type: "absenceDecision",
    aggregateType: "citizen",
    aggregateId: citizenId,
    expectedVersion,
    occurredAt: now(),
    data: { cpr, absenceId: id, decision, decidedOn: "2026-11-23", reason },
  });
  assert.deepEqual((await send(decide(2, randomUUID(), "approved", null))).body, { error: "refused", reason: "unknown-absence" });
  assert.equal((await send(decide(2, absenceId, "refused", null))).status, 400, "a refusal without a reason does not fit the contract");
  await applied(await send(decide(2, absenceId, "refused", "Du er indkaldt til et møde")));
  const state = (await aggregate("citizen", citizenId))!.data as { absences: Record<string, Record<string, unknown>> };
  assert.deepEqual([state.absences[absenceId]!.awaitsJobCentreDecision, state.absences[absenceId]!.decision], [false, "refused"]);
  assert.deepEqual((await send(decide(3, absenceId, "approved", null))).body, { error: "refused", reason: "absence-not-awaiting-decision" });
});

test("move, cancel and comment need the summons to exist; a comment must be the summons' own citizen's", async () => {
  const id = randomUUID();
  const move = {
    type: "summons.move",
    aggregateType: "summons",
    aggregateId: id,
    expectedVersion: 0,
    occurredAt: now(),
    data: { summonsId: id, start: inDays(8), end: inDays(8.05), reason: null },
  };
  assert.deepEqual((await send(move)).body, { error: "refused", reason: "unknown-aggregate" });

  const cpr = newCpr();
  await applied(await send(summons(id, cpr), randomUUID(), plannerToken));
  const moved = await applied(
    await send({ ...move, expectedVersion: 1, data: { ...move.data, location: "Jobcenter Aarhus, lokale 9" } }, randomUUID(), plannerToken),
  );
  assert.equal(moved.version, 2);
  const state = (await aggregate("summons", id))!.data;
  assert.deepEqual([state.status, state.location], ["moved", "Jobcenter Aarhus, lokale 9"]);

  const comment = (commentCpr: string, expectedVersion: number) => ({
    type: "comment",
    aggregateType: "summons",
    aggregateId: id,
    expectedVersion,
    occurredAt: now(),
    data: { commentId: randomUUID(), target: { kind: "summons", id }, cpr: commentCpr, text: "Jeg kommer.", writtenAt: now() },
  });
  assert.deepEqual((await send(comment(newCpr(), 2))).body, { error: "refused", reason: "cpr-mismatch" });
  await applied(await send(comment(cpr, 2)));
  assert.equal(((await aggregate("summons", id))!.data.comments as unknown[]).length, 1);
});

test("a summons for a citizen in contact group 1 (dagpenge) is forwarded to the a-kasse", async () => {
  const insured = newCpr();
  await applied(await send(registration(randomUUID(), insured, "dagpenge")));
  const summonsId = randomUUID();
  const created = await applied(await send(summons(summonsId, insured), randomUUID(), plannerToken));

  const rows = (await ledger()).entries.filter((entry) => entry.aggregateId === summonsId);
  assert.deepEqual(
    rows.map((entry) => [entry.outcome, entry.version, entry.client]),
    [
      ["applied", created.version, "planner"],
      ["forwarded-to-unemployment-fund", created.version, "planner"],
    ],
  );
  const state = (await aggregate("summons", summonsId))!.data;
  assert.equal(typeof state.forwardedToUnemploymentFundAt, "string");

  // Not in contact group 1: no forwarding.
  const other = newCpr();
  await applied(await send(registration(randomUUID(), other, "kontanthjaelp")));
  const otherSummons = randomUUID();
  await applied(await send(summons(otherSummons, other), randomUUID(), plannerToken));
  assert.deepEqual(
    (await ledger()).entries.filter((entry) => entry.aggregateId === otherSummons).map((entry) => entry.outcome),
    ["applied"],
  );
  assert.equal((await aggregate("summons", otherSummons))!.data.forwardedToUnemploymentFundAt, undefined);
});

test("the feed pages by after/limit with lastSeq; feedChaos repeats and shuffles a page", async () => {
  await control("/_test/reset");
  assert.deepEqual((await getJson("/v1/feed")).body, { items: [], lastSeq: 0 });
  for (let i = 0; i < 5; i++) await applied(await send(jobOrder(randomUUID()), randomUUID(), plannerToken));

  const seqs = async (query: string) => {
    const page = feedPageSchema.parse((await getJson(`/v1/feed?${query}`)).body);
    return { seqs: page.items.map((item) => item.seq), lastSeq: page.lastSeq };
  };
  assert.deepEqual(await seqs("after=0&limit=2"), { seqs: [1, 2], lastSeq: 5 });
  assert.deepEqual(await seqs("after=2&limit=2"), { seqs: [3, 4], lastSeq: 5 });
  assert.deepEqual(await seqs("after=4&limit=2"), { seqs: [5], lastSeq: 5 });
  assert.deepEqual(await seqs("after=5"), { seqs: [], lastSeq: 5 });
  assert.deepEqual(await seqs(""), { seqs: [1, 2, 3, 4, 5], lastSeq: 5 });
  assert.equal((await getJson("/v1/feed?limit=0")).status, 400);
  assert.equal((await getJson("/v1/feed?after=-1")).status, 400);

  await setFaults({ feedChaos: true });
  try {
    let reordered = false;
    for (let i = 0; i < 20 && !reordered; i++) {
      const page = await seqs("after=0&limit=5");
      assert.deepEqual([...new Set(page.seqs)].sort(), [1, 2, 3, 4, 5]);
      reordered = page.seqs.length > 5 || page.seqs.some((seq, index) => seq !== index + 1);
    }
    assert.ok(reordered, "twenty chaotic pages came back in order");
  } finally {
    await setFaults({});
  }
});

test("reset empties every table and clears the faults; the ledger refuses UPDATE and DELETE", async () => {
  await applied(await send(registration(randomUUID(), newCpr())));
  const db = new Database(join(stub.dataDir, "foundation.sqlite"));
  try {
    assert.throws(() => db.prepare("UPDATE ledger SET outcome = 'applied'").run(), /append-only/);
    assert.throws(() => db.prepare("DELETE FROM ledger").run(), /append-only/);
  } finally {
    db.close();
  }
  await setFaults({ delayMs: 10 });
  await control("/_test/reset");
  assert.deepEqual(await ledger(), { entries: [], deliveries: {} });
  assert.deepEqual((await getJson("/_test/aggregates", null)).body, { items: [] });
  assert.deepEqual((await getJson("/v1/feed")).body, { items: [], lastSeq: 0 });
  assert.equal((await getJson("/_test/faults", null)).body.delayMs, 0);
  // The ledger still refuses changes after the reset recreated it.
  await applied(await send(registration(randomUUID(), newCpr())));
  const again = new Database(join(stub.dataDir, "foundation.sqlite"));
  try {
    assert.throws(() => again.prepare("DELETE FROM ledger").run(), /append-only/);
  } finally {
    again.close();
  }
});

test("without FOUNDATION_TEST_CONTROLS the /_test routes do not exist", async () => {
  const plain = await startStub({ FOUNDATION_TEST_CONTROLS: undefined });
  try {
    for (const path of ["/_test/ledger", "/_test/faults", "/_test/aggregates"]) {
      assert.equal((await fetch(`${plain.url}${path}`)).status, 404, path);
    }
    assert.equal((await fetch(`${plain.url}/_test/reset`, { method: "POST" })).status, 404);
    assert.equal(
      (await fetch(`${plain.url}/_test/faults`, { method: "POST", headers: { "Content-Type": "application/json" }, body: '{"down":true}' }))
        .status,
      404,
    );
    assert.equal((await fetch(`${plain.url}/healthz`)).status, 200);
  } finally {
    await stopStub(plain);
  }
});

test("FOUNDATION_CLOCK_START: the stub refuses and stamps by the test's clock, and only with the test controls", async () => {
  const later = "2031-06-01T08:00:00.000Z";
  const shifted = await startStub({ FOUNDATION_TEST_CONTROLS: "1", FOUNDATION_CLOCK_START: later });
  try {
    const cpr = newCpr();
    const slotId = randomUUID();
    const summonsId = randomUUID();
    const post = async (body: unknown, token = portalToken) => {
      const response = await fetch(`${shifted.url}/v1/messages`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}`, "Idempotency-Key": randomUUID() },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    assert.equal((await post(slotOffer(slotId, 1), plannerToken)).status, 200);
    // By the wall clock of 2026 this deadline is years ahead; by the stub's clock it passed a year ago.
    assert.equal((await post(summons(summonsId, cpr, { rebookingDeadline: "2030-06-01T08:00:00.000Z" }), plannerToken)).status, 200);
    assert.deepEqual((await post(rebooking(summonsId, slotId, 1))).body, { error: "refused", reason: "rebooking-not-allowed" });
    // The same deadline is ahead for the suite's stub, whose clock is the test's.
    const ahead = randomUUID();
    const roomy = randomUUID();
    await applied(await send(slotOffer(roomy, 1), randomUUID(), plannerToken));
    await applied(await send(summons(ahead, cpr, { rebookingDeadline: "2030-06-01T08:00:00.000Z" }), randomUUID(), plannerToken));
    await applied(await send(rebooking(ahead, roomy, 1)));
    const { entries } = (await (await fetch(`${shifted.url}/_test/ledger`)).json()) as { entries: LedgerEntry[] };
    assert.ok(entries.length > 0 && entries.every((e) => e.at >= later), JSON.stringify(entries.map((e) => e.at)));
  } finally {
    await stopStub(shifted);
  }
  await assert.rejects(startStub({ FOUNDATION_TEST_CONTROLS: undefined, FOUNDATION_CLOCK_START: later }), /exited/);
});
