import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { and, desc, eq } from "drizzle-orm";
import { accessLog, citizens, outbox } from "../../../db/schema";
import { seedStore } from "../../../db/seed/index";
import { randomUUID } from "node:crypto";
import { pullPass } from "~/foundation/feed.server";
import { pushPass } from "~/foundation/push.server";
import { syncRegistry } from "~/sync-registry.server";
import { freshPortalStore, runningClock, startStub, testSyncContext, type RunningStub } from "~/foundation/testing/stub";
import type { PortalSession } from "~/features/auth/session.server";
import { staffSessionFor } from "~/features/auth/testing";
import { changeConsent, consentOf } from "~/features/consent/consent.server";
import { reportAbsence } from "~/features/absence/absence.server";
import { refusedChangesFor, retryRefusedChange } from "./refused-changes.server";

/**
 * Issue 13, item 3: a refused consent change, a newer change by the citizen, and "try again" on
 * the old one. Gustav lives in Aarhus: Henrik's job centre handles him, Gitte's does not.
 */
let stub: RunningStub;
let portal: ReturnType<typeof freshPortalStore>;
let gustav: string;
let henrik: PortalSession;
let gitte: PortalSession;
const start = new Date("2026-11-23T09:00:00Z");
const clock = runningClock(start);
const ctx = () => testSyncContext(portal.store, stub.url, { registry: syncRegistry, now: clock });
const now = () => new Date(clock());

before(async () => {
  stub = await startStub({ now: start });
  portal = freshPortalStore();
  seedStore(portal.store, { now: start });
  gustav = portal.store.select().from(citizens).where(eq(citizens.cpr, "2709801241")).get()!.id;
  henrik = staffSessionFor(portal.store, "50002", start);
  gitte = staffSessionFor(portal.store, "50001", start);
  // The demo's registrations reach the foundation first, so only the changes below are at stake.
  while ((await pushPass(ctx())).sent > 0);
});
after(async () => {
  await stub.stop();
  portal.remove();
});

/** Gustav's consent change, refused by the foundation: dead-lettered and undone here. */
async function refusedConsentChange(answer: { fetch: boolean; share: boolean }): Promise<number> {
  await stub.faults({ refuseTypes: ["consent"] });
  try {
    changeConsent(gustav, answer, { db: portal.store, now: now() });
    await pushPass(ctx());
  } finally {
    await stub.faults({});
  }
  const dead = portal.store
    .select()
    .from(outbox)
    .where(and(eq(outbox.aggregateId, gustav), eq(outbox.status, "dead")))
    .orderBy(desc(outbox.seq))
    .get();
  assert.ok(dead, "the change was refused");
  return dead.seq;
}

const atFoundation = async () => (await stub.aggregates("citizen")).find((a) => a.id === gustav)?.data;
const status = (seq: number) => portal.store.select({ status: outbox.status }).from(outbox).where(eq(outbox.seq, seq)).get()?.status;

test("staff see and retry only their own job centre's refused changes; a retry is theirs, reported and in the access log", async () => {
  const seq = await refusedConsentChange({ fetch: false, share: false });
  assert.deepEqual(consentOf(gustav, portal.store).consent?.fetchGiven, true, "the refusal undid the change here");
  assert.deepEqual(refusedChangesFor(gitte, portal.store).deadLetters, [], "Gitte's job centre does not handle Gustav");
  assert.deepEqual(
    refusedChangesFor(henrik, portal.store).deadLetters.map((d) => [d.seq, d.messageType]),
    [[seq, "consent"]],
  );
  assert.equal(retryRefusedChange(gitte, seq, ctx()), "not-found");
  assert.equal(status(seq), "dead");

  const logged = portal.store.select().from(accessLog).where(eq(accessLog.subjectCitizenId, gustav)).all().length;
  assert.equal(retryRefusedChange(henrik, seq, ctx()), "queued");
  const resent = portal.store.select().from(outbox).where(eq(outbox.aggregateId, gustav)).orderBy(desc(outbox.seq)).get()!;
  assert.deepEqual([resent.status, resent.actorAudience, resent.actorId], ["pending", "staff", henrik.subjectId], "reported as Henrik's act");
  const lines = portal.store.select().from(accessLog).where(eq(accessLog.subjectCitizenId, gustav)).all();
  assert.equal(lines.length, logged + 1);
  assert.deepEqual([lines.at(-1)!.actorType, lines.at(-1)!.action], ["staff", "change"]);
  await pushPass(ctx());
  assert.deepEqual((await atFoundation())?.consents, { fetch: { given: false, on: "2026-11-23" }, share: { given: false, on: "2026-11-23" } });
  assert.equal(retryRefusedChange(henrik, seq, ctx()), "not-found", "a retried change is no longer refused");
});

test("a retry after the citizen's newer change is refused as stale: closed, never sent, the newer change stands", async () => {
  const seq = await refusedConsentChange({ fetch: true, share: false });
  // Gustav changes his consents again; this one is applied.
  changeConsent(gustav, { fetch: true, share: true }, { db: portal.store, now: now() });
  await pushPass(ctx());
  const newer = await atFoundation();
  const pendingBefore = portal.store.select().from(outbox).where(eq(outbox.status, "pending")).all().length;
  const logged = portal.store.select().from(accessLog).where(eq(accessLog.subjectCitizenId, gustav)).all().length;

  assert.equal(retryRefusedChange(henrik, seq, ctx()), "stale");
  assert.equal(status(seq), "superseded");
  assert.equal(portal.store.select().from(outbox).where(eq(outbox.status, "pending")).all().length, pendingBefore, "nothing queued");
  assert.equal(portal.store.select().from(accessLog).where(eq(accessLog.subjectCitizenId, gustav)).all().length, logged, "nothing done, nothing logged");
  assert.ok(!refusedChangesFor(henrik, portal.store).deadLetters.some((d) => d.seq === seq), "a closed change leaves the list");
  await pushPass(ctx());
  assert.deepEqual(await atFoundation(), newer);
  assert.deepEqual([consentOf(gustav, portal.store).consent?.fetchGiven, consentOf(gustav, portal.store).consent?.shareGiven], [true, true]);
});

test("a retry after an unrelated change to the same citizen (a holiday reported) is not stale: it is sent on the version that change left", async () => {
  const seq = await refusedConsentChange({ fetch: false, share: true });
  // Gustav reports a holiday: another change on his citizen aggregate, about something else.
  const holiday = reportAbsence(gustav, { absenceType: "10", startDate: "2026-12-21", endDate: "2027-01-03" }, { db: portal.store, now: now() });
  assert.ok(holiday.ok, "the holiday is reported");
  await pushPass(ctx());

  assert.equal(retryRefusedChange(henrik, seq, ctx()), "queued");
  await pushPass(ctx());
  const atStub = await atFoundation();
  assert.deepEqual(atStub?.consents, { fetch: { given: false, on: "2026-11-23" }, share: { given: true, on: "2026-11-23" } });
  assert.equal(portal.store.select().from(outbox).where(and(eq(outbox.aggregateId, gustav), eq(outbox.status, "dead"))).all().length, 0, "nothing refused again");
});

test("a retry after a change made elsewhere (it arrived through the feed) is stale: the foundation's word stands", async () => {
  const seq = await refusedConsentChange({ fetch: false, share: false });
  const aggregate = (await stub.aggregates("citizen")).find((a: { id: string }) => a.id === gustav) as unknown as { version: number };
  const elsewhere = await stub.send(
    {
      type: "consent",
      aggregateType: "citizen",
      aggregateId: gustav,
      expectedVersion: aggregate.version,
      occurredAt: now().toISOString(),
      data: { cpr: "2709801241", fetch: { given: true, on: "2026-11-23" }, share: { given: false, on: "2026-11-23" } },
    },
    randomUUID(),
  );
  assert.equal(elsewhere.status, 200);
  await pullPass(ctx());

  assert.equal(retryRefusedChange(henrik, seq, ctx()), "stale");
  assert.equal(status(seq), "superseded");
  await pushPass(ctx());
  assert.deepEqual((await atFoundation())?.consents, { fetch: { given: true, on: "2026-11-23" }, share: { given: false, on: "2026-11-23" } });
});
