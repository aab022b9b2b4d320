import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { and, eq } from "drizzle-orm";
import { citizens, notices, summonses } from "../../../db/schema";
import { seedStore } from "../../../db/seed/index";
import { pushPass } from "~/foundation/push.server";
import { syncRegistry } from "~/sync-registry.server";
import { freshPortalStore, runningClock, startStub, testSyncContext, type RunningStub } from "~/foundation/testing/stub";
import type { PortalSession } from "~/features/auth/session.server";
import { staffSessionFor } from "~/features/auth/testing";
import { summonsSchema } from "./staff-schemas";
import { createSummonsByStaff, moveSummons } from "./staff.server";
import { createdId } from "./testing";
import { staffFormFacts } from "./staff-form-options.server";

let stub: RunningStub;
let portal: ReturnType<typeof freshPortalStore>;
// One clock for the test, the portal's sync pass and the stub's process.
const start = new Date("2026-11-23T10:00:00Z");
const clock = runningClock(start);
const now = () => new Date(clock());

before(async () => {
  stub = await startStub({ now: start });
  portal = freshPortalStore();
  seedStore(portal.store, { now: start });
  henrik = staffSessionFor(portal.store, "50002", start);
});
after(async () => {
  await stub.stop();
  portal.remove();
});

/** Carla lives in Aarhus: Henrik's job centre handles her (ADR 0015). */
let henrik: PortalSession;

const inDays = (days: number) => new Date(start.getTime() + days * 86_400_000).toISOString().slice(0, 10);

test("a move the foundation refuses gives the summons its old time back and tells the staff member", async () => {
  const carla = portal.store.select().from(citizens).where(eq(citizens.cpr, "2211781236")).get()!.id;
  const value = summonsSchema(staffFormFacts(henrik, portal.store), now()).parse({
    meetingType: "7",
    meetingForm: "telefonisk",
    date: inDays(10),
    startTime: "10:00",
    endTime: "10:30",
    title: "Jobsamtale",
    description: "Om dine jobmål",
    location: "Telefonmøde",
    phoneCaller: "citizen",
    phoneToCall: "33 66 33 66",
    contactOptions: "Skriv på Jobnet",
    caseworker: henrik.subjectId,
  });
  const id = createdId(createSummonsByStaff(henrik, carla, value, { db: portal.store, now: now() }));
  await pushPass(testSyncContext(portal.store, stub.url, { registry: syncRegistry, now: clock }));
  assert.equal((await stub.aggregates("summons")).find((a) => a.id === id)?.data.title, "Jobsamtale");

  await stub.faults({ refuseTypes: ["summons.move"] });
  try {
    const move = { start: `${inDays(11)}T12:00:00.000Z`, end: `${inDays(11)}T12:30:00.000Z`, location: null, reason: "Sygdom" };
    assert.deepEqual(moveSummons(henrik, carla, id, move, { db: portal.store, now: now() }), { ok: true });
    await pushPass(testSyncContext(portal.store, stub.url, { registry: syncRegistry, now: clock }));
  } finally {
    await stub.faults({});
  }
  const row = portal.store.select().from(summonses).where(eq(summonses.id, id)).get()!;
  assert.deepEqual([row.status, row.start, row.previousStart, row.moveReason], ["planned", value.start, null, null]);
  const notice = portal.store
    .select()
    .from(notices)
    .where(and(eq(notices.audience, "staff"), eq(notices.subjectId, henrik.subjectId)))
    .get();
  assert.equal(notice?.kind, "refused.summons.move");
  assert.equal((await stub.aggregates("summons")).find((a) => a.id === id)?.data.status, "planned");
});
