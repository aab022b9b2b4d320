import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { Worker } from "node:worker_threads";
import { and, eq } from "drizzle-orm";
import { write } from "../../../db/client";
import { outbox, slotOffers, summonses } from "../../../db/schema";
import { freshPortalStore, testRefusal } from "~/foundation/testing/stub";
import { addCitizen, addSlot, addSummons } from "./testing";
import { MeetingNotFound, rebook, rebookingOptions } from "./rebooking.server";
import { meetingsOf } from "./summons.server";
import { undoRefusedChange } from "~/foundation/registry.server";
import { syncRegistry } from "~/sync-registry.server";
import { seedCodeLists } from "../../../db/seed/index";

let portal: ReturnType<typeof freshPortalStore>;
const now = new Date("2026-11-23T10:00:00Z");
const days = (n: number) => new Date(now.getTime() + n * 86_400_000);

before(() => {
  portal = freshPortalStore();
  // The one-future-booking rule reads the meeting types' attributes from the code list.
  write(portal.store, (tx) => seedCodeLists(tx));
});
after(() => portal.remove());

const db = () => portal.store;
const summonsRow = (id: string) => db().select().from(summonses).where(eq(summonses.id, id)).get()!;
const booked = (id: string) => db().select().from(slotOffers).where(eq(slotOffers.id, id)).get()!.booked;
const rebookings = (summonsId: string) =>
  db()
    .select()
    .from(outbox)
    .where(and(eq(outbox.aggregateId, summonsId), eq(outbox.messageType, "rebooking")))
    .all();

test("§ 20 nr. 12 'Eventuel periode for ombooking': offers only free slots of the same job centre and type, after now and inside the summons' own period, its last Danish minute included", () => {
  const citizen = addCitizen(db());
  const period = { from: "2026-11-24", to: "2026-12-27" };
  const summons = addSummons(db(), citizen, days(5), { rebookingDeadline: days(4).toISOString(), rebookingPeriod: period }, now);
  assert.equal(summonsRow(summons).rebookingPeriodFrom, "2026-11-24");
  const beforePeriod = addSlot(db(), new Date("2026-11-23T22:30:00Z")); // 23.30 Danish time on the 23rd: after now, before the period
  const firstMinute = addSlot(db(), new Date("2026-11-23T23:00:00Z")); // midnight on the 24th, Danish time
  const fits = addSlot(db(), days(6));
  const lastMinute = addSlot(db(), new Date("2026-12-27T22:59:00Z"), { capacity: 2 }); // 23.59 on the 27th, Danish time
  const beyond = addSlot(db(), new Date("2026-12-27T23:00:00Z")); // midnight after the last day
  addSlot(db(), days(-1)); // over
  addSlot(db(), days(7), { jobCentre: "Jobcenter Aarhus" });
  addSlot(db(), days(7), { meetingType: "7" });
  addSlot(db(), days(7), { capacity: 2, booked: 2 }); // full
  const { refusal, slots } = rebookingOptions(citizen, summons, { db: db(), now });
  assert.equal(refusal, null);
  assert.deepEqual(
    slots.map((s) => s.id),
    [firstMinute, fits, lastMinute],
  );
  // Moving to the last day of the period does not move the period.
  assert.deepEqual(rebook(citizen, summons, lastMinute, { db: db(), now }), { ok: true });
  assert.ok(!rebookingOptions(citizen, summons, { db: db(), now }).slots.some((s) => s.id === beyond));
  assert.deepEqual(rebook(citizen, summons, beyond, { db: db(), now }), { ok: false, error: "slot-unfit" });
  assert.deepEqual(rebook(citizen, summons, beforePeriod, { db: db(), now }), { ok: false, error: "slot-unfit" });
});

test("a summons without a rebooking period may move to any fitting free time ahead", () => {
  const citizen = addCitizen(db());
  const summons = addSummons(db(), citizen, days(5), { rebookingDeadline: null }, now);
  const farAhead = addSlot(db(), days(200), { location: "far ahead" });
  assert.ok(rebookingOptions(citizen, summons, { db: db(), now }).slots.some((s) => s.id === farAhead));
});

test("a rebooking moves the meeting, takes the place, frees the old one and is reported with its undo", () => {
  const citizen = addCitizen(db());
  const summons = addSummons(db(), citizen, days(5), {}, now);
  const first = addSlot(db(), days(8), { capacity: 3 });
  const second = addSlot(db(), days(9), { capacity: 3 });
  assert.deepEqual(rebook(citizen, summons, first, { db: db(), now }), { ok: true });
  const before = summonsRow(summons);
  assert.equal(before.start, days(8).toISOString());
  assert.equal(before.previousStart, days(5).toISOString());
  assert.equal(before.status, "moved");
  assert.equal(booked(first), 1);

  assert.deepEqual(rebook(citizen, summons, second, { db: db(), now }), { ok: true });
  assert.equal(booked(first), 0, "the old place is given back");
  assert.equal(booked(second), 1);
  const reported = rebookings(summons);
  assert.equal(reported.length, 2);
  const last = reported[1]!;
  assert.deepEqual((last.message as { data: unknown }).data, {
    summonsId: summons,
    slotOfferId: second,
    start: days(9).toISOString(),
    end: summonsRow(summons).end,
    meetingForm: "personligt-fremmoede",
    location: "Jobcenter København, Kultorvet 2",
    address: summonsRow(summons).address,
    phoneToCall: null,
    contactOptions: summonsRow(summons).contactOptions,
    caseworkerName: "Gitte Sagsbehandler",
  });
  assert.equal(last.actorId, citizen);
  assert.equal((last.undo as { slotOfferId: string }).slotOfferId, first);
});

test("refuses when the summons forbids it, after the deadline, and for a slot that does not fit — storing nothing", () => {
  const citizen = addCitizen(db());
  const slot = addSlot(db(), days(8), { capacity: 5 });
  const forbidden = addSummons(db(), citizen, days(5), { rebookingPossible: false, rebookingDeadline: null }, now);
  assert.deepEqual(rebook(citizen, forbidden, slot, { db: db(), now }), { ok: false, error: "not-allowed" });
  assert.equal(rebookingOptions(citizen, forbidden, { db: db(), now }).refusal, "not-allowed");

  const late = addSummons(db(), citizen, days(5), { rebookingDeadline: days(-1).toISOString() }, now);
  assert.deepEqual(rebook(citizen, late, slot, { db: db(), now }), { ok: false, error: "deadline-passed" });

  const open = addSummons(db(), citizen, days(5), {}, now);
  const aarhus = addSlot(db(), days(8), { jobCentre: "Jobcenter Aarhus" });
  assert.deepEqual(rebook(citizen, open, aarhus, { db: db(), now }), { ok: false, error: "slot-unfit" });
  assert.equal(booked(slot), 0);
  assert.equal(booked(aarhus), 0);
  for (const id of [forbidden, late, open]) {
    assert.equal(rebookings(id).length, 0);
    assert.equal(summonsRow(id).start, days(5).toISOString());
  }
});

test("another citizen's summons is not found", () => {
  const owner = addCitizen(db());
  const other = addCitizen(db());
  const summons = addSummons(db(), owner, days(5), {}, now);
  const slot = addSlot(db(), days(8));
  assert.throws(() => rebookingOptions(other, summons, { db: db(), now }), MeetingNotFound);
  assert.throws(() => rebook(other, summons, slot, { db: db(), now }), MeetingNotFound);
  assert.equal(booked(slot), 0);
});

test("types 4 and 7: a citizen never holds two future bookings of the type", () => {
  for (const meetingType of ["4", "7"]) {
    const citizen = addCitizen(db());
    const first = addSummons(db(), citizen, days(5), { meetingType }, now);
    addSummons(db(), citizen, days(10), { meetingType }, now);
    const slot = addSlot(db(), days(8), { meetingType });
    assert.deepEqual(rebook(citizen, first, slot, { db: db(), now }), { ok: false, error: "already-booked" }, `type ${meetingType}`);
    assert.equal(booked(slot), 0, `type ${meetingType}`);
    assert.equal(summonsRow(first).start, days(5).toISOString(), `type ${meetingType}`);
    assert.equal(rebookings(first).length, 0, `type ${meetingType}`);

    // With the one meeting of the type only, it moves.
    const alone = addCitizen(db());
    const only = addSummons(db(), alone, days(5), { meetingType }, now);
    const free = addSlot(db(), days(8), { meetingType });
    assert.deepEqual(rebook(alone, only, free, { db: db(), now }), { ok: true }, `type ${meetingType}, one booking`);
    assert.equal(booked(free), 1, `type ${meetingType}, one booking`);
  }
});

test("other types (10): a citizen may hold a second future booking of the type", () => {
  const citizen = addCitizen(db());
  const first = addSummons(db(), citizen, days(5), { meetingType: "10" }, now);
  addSummons(db(), citizen, days(10), { meetingType: "10" }, now);
  const slot = addSlot(db(), days(8), { meetingType: "10" });
  assert.deepEqual(rebook(citizen, first, slot, { db: db(), now }), { ok: true });
  assert.equal(booked(slot), 1);
  assert.equal(summonsRow(first).start, days(8).toISOString());
  assert.equal(rebookings(first).length, 1);
});

test("issue 15, § 20 nr. 3, 5–8, 10: a new time at another place, in another form, with another caseworker takes all of them from the slot, reports them, and a refusal restores them", () => {
  const citizen = addCitizen(db());
  const summons = addSummons(db(), citizen, days(5), {}, now);
  const original = summonsRow(summons);
  const byPhone = addSlot(db(), days(8), {
    meetingForm: "telefonisk",
    location: "Telefonmøde",
    caseworkerName: "Mette Mødeplanlægger",
    address: null,
    phoneToCall: "33 66 33 66",
    contactOptions: "Skriv til Mette på Jobnet",
  });
  assert.deepEqual(rebook(citizen, summons, byPhone, { db: db(), now }), { ok: true });
  const moved = summonsRow(summons);
  assert.deepEqual([moved.meetingForm, moved.location, moved.caseworkerName, moved.address, moved.phoneToCall, moved.contactOptions], [
    "telefonisk",
    "Telefonmøde",
    "Mette Mødeplanlægger",
    null,
    "33 66 33 66",
    "Skriv til Mette på Jobnet",
  ]);
  assert.equal(moved.title, original.title, "the meeting keeps its own title and description");
  const row = rebookings(summons).at(-1)!;
  assert.deepEqual((row.message as { data: Record<string, unknown> }).data.caseworkerName, "Mette Mødeplanlægger");
  write(db(), (tx) => undoRefusedChange(tx, syncRegistry, { message: row.message, undo: row.undo, refusal: testRefusal }));
  const restored = summonsRow(summons);
  assert.deepEqual(
    [restored.meetingForm, restored.location, restored.caseworkerName, restored.address, restored.phoneToCall, restored.contactOptions],
    [original.meetingForm, original.location, original.caseworkerName, original.address, original.phoneToCall, original.contactOptions],
  );
});

test("a refused rebooking returns the meeting to its old time and slot and gives the new place back", () => {
  const citizen = addCitizen(db());
  const summons = addSummons(db(), citizen, days(5), {}, now);
  const old = addSlot(db(), days(7), { capacity: 2 });
  const next = addSlot(db(), days(9), { capacity: 2 });
  rebook(citizen, summons, old, { db: db(), now });
  const before = summonsRow(summons);
  rebook(citizen, summons, next, { db: db(), now });
  const row = rebookings(summons).at(-1)!;
  write(db(), (tx) => undoRefusedChange(tx, syncRegistry, { message: row.message, undo: row.undo, refusal: testRefusal }));
  const after = summonsRow(summons);
  assert.deepEqual(
    { start: after.start, end: after.end, slotOfferId: after.slotOfferId, previousStart: after.previousStart, status: after.status },
    { start: before.start, end: before.end, slotOfferId: old, previousStart: before.previousStart, status: "moved" },
  );
  assert.equal(booked(next), 0);
  assert.equal(booked(old), 1);
});

test("race: 50 citizens on 50 connections in 10 threads ask for the last place at once — exactly one gets it", async () => {
  const slot = addSlot(db(), days(8), { capacity: 1 });
  const contenders = Array.from({ length: 50 }, () => {
    const citizenId = addCitizen(db());
    return { citizenId, summonsId: addSummons(db(), citizenId, days(5), { rebookingDeadline: null }, now) };
  });
  const threads = 10;
  const barrier = new SharedArrayBuffer(8);
  const flags = new Int32Array(barrier);
  // Worker threads do not inherit tsx's loader: each registers it before loading the contender.
  const workerUrl = new URL("./rebooking.race-worker.ts", import.meta.url).href;
  const boot = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(workerUrl)}); })`;
  const workers = Array.from({ length: threads }, (_, t) => {
    const worker = new Worker(boot, {
      eval: true,
      workerData: { file: portal.file, contenders: contenders.filter((_, i) => i % threads === t), slotOfferId: slot, barrier, now },
    });
    return {
      worker,
      done: new Promise<{ ok: boolean; error?: string }[]>((resolve, reject) => {
        worker.once("message", resolve);
        worker.once("error", reject);
        worker.once("exit", (code) => reject(new Error(`contender thread exited with ${code}`)));
      }),
    };
  });
  try {
    const ready = performance.now() + 60_000;
    while (Atomics.load(flags, 0) < threads) {
      if (performance.now() > ready) throw new Error("contender threads did not start");
      await Promise.race([new Promise((r) => setTimeout(r, 20)), ...workers.map((w) => w.done.then(() => undefined))]);
    }
    Atomics.store(flags, 1, 1);
    Atomics.notify(flags, 1);
    const outcomes = (await Promise.all(workers.map((w) => w.done))).flat();
    assert.equal(outcomes.length, 50);
    assert.equal(outcomes.filter((o) => o.ok).length, 1, JSON.stringify(outcomes.filter((o) => !o.ok && o.error !== "slot-taken")));
    assert.equal(outcomes.filter((o) => !o.ok && o.error === "slot-taken").length, 49);
  } finally {
    await Promise.all(workers.map(({ worker }) => worker.terminate()));
  }
  assert.equal(booked(slot), 1);
  const moved = contenders.filter(({ summonsId }) => summonsRow(summonsId).slotOfferId === slot);
  assert.equal(moved.length, 1);
  assert.equal(contenders.flatMap(({ summonsId }) => rebookings(summonsId)).length, 1);
});

test("the meeting list shows a pending rebooking as awaiting confirmation and the newest change first", () => {
  const citizen = addCitizen(db());
  const older = addSummons(db(), citizen, days(10), {}, new Date(now.getTime() - 3 * 86_400_000));
  const summons = addSummons(db(), citizen, days(5), {}, new Date(now.getTime() - 86_400_000));
  addSummons(db(), citizen, days(20), {}, new Date(now.getTime() - 30 * 86_400_000));
  const slot = addSlot(db(), days(8), { capacity: 3 });
  assert.deepEqual(rebook(citizen, summons, slot, { db: db(), now }), { ok: true });
  const { upcoming, changed } = meetingsOf(citizen, now, db());
  assert.equal(upcoming.find((m) => m.id === summons)?.awaitsConfirmation, true);
  assert.equal(upcoming.find((m) => m.id === older)?.awaitsConfirmation, false);
  assert.deepEqual(
    changed.map((m) => m.id),
    [summons, older],
    "changed in the last 14 days, newest change first; the month-old summons is not among them",
  );
});
