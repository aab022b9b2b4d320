import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { and, eq } from "drizzle-orm";
import { write } from "../../../db/client";
import { outbox, slotOffers, summonses } from "../../../db/schema";
import { seedCodeLists } from "../../../db/seed/index";
import { undoRefusedChange } from "~/foundation/registry.server";
import { freshPortalStore, testRefusal } from "~/foundation/testing/stub";
import { syncRegistry } from "~/sync-registry.server";
import { cancelMeeting, cancellationOptions, cancellationRefusal } from "./cancellation.server";
import { rebook, MeetingNotFound } from "./rebooking.server";
import { meetingsOf } from "./summons.server";
import { addCitizen, addSlot, addSummons } from "./testing";

let portal: ReturnType<typeof freshPortalStore>;
const now = new Date("2026-11-23T10:00:00Z");
const days = (n: number) => new Date(now.getTime() + n * 86_400_000);

before(() => {
  portal = freshPortalStore();
  // The reasons are a code list; "andet" needs the citizen's own words.
  write(portal.store, (tx) => seedCodeLists(tx));
});
after(() => portal.remove());

const db = () => portal.store;
const summonsRow = (id: string) => db().select().from(summonses).where(eq(summonses.id, id)).get()!;
const afbud = (summonsId: string) =>
  db()
    .select()
    .from(outbox)
    .where(and(eq(outbox.aggregateId, summonsId), eq(outbox.messageType, "citizenCancellation")))
    .all();
const cancellable = { cancellationPossible: true, cancellationDeadline: days(4).toISOString() };

test("afbud is possible where the summons allows it, until its deadline — the deadline itself included", () => {
  const summons = { cancellationPossible: true, status: "planned" as const, start: days(5).toISOString(), cancellationDeadline: days(4).toISOString() };
  assert.equal(cancellationRefusal(summons, now), null);
  assert.equal(cancellationRefusal(summons, days(4)), null, "at the deadline itself");
  assert.equal(cancellationRefusal(summons, new Date(days(4).getTime() + 1)), "deadline-passed");
  assert.equal(cancellationRefusal({ ...summons, cancellationPossible: false }, now), "not-allowed", "a summons that allows nothing");
  assert.equal(cancellationRefusal({ ...summons, status: "cancelled" }, now), "not-allowed");
  assert.equal(cancellationRefusal({ ...summons, status: "held" }, now), "not-allowed");
});

test("without a deadline, afbud is possible until the meeting begins, not at its start", () => {
  const summons = { cancellationPossible: true, status: "moved" as const, start: days(5).toISOString(), cancellationDeadline: null };
  assert.equal(cancellationRefusal(summons, new Date(days(5).getTime() - 1)), null);
  assert.equal(cancellationRefusal(summons, days(5)), "not-allowed");
});

test("an afbud cancels the meeting for the citizen, gives its slot's place back and is reported with its reason", () => {
  const citizen = addCitizen(db());
  const summons = addSummons(db(), citizen, days(5), { ...cancellable, rebookingDeadline: null }, now);
  const slot = addSlot(db(), days(6), { capacity: 2 });
  assert.deepEqual(rebook(citizen, summons, slot, { db: db(), now }), { ok: true });
  assert.equal(db().select().from(slotOffers).where(eq(slotOffers.id, slot)).get()!.booked, 1);

  assert.deepEqual(cancelMeeting(citizen, summons, { reason: "sygdom", comment: "Influenza" }, { db: db(), now }), { ok: true });
  const row = summonsRow(summons);
  assert.deepEqual(
    { status: row.status, cancelledBy: row.cancelledBy, reason: row.citizenCancellationReason, words: row.cancellationReason },
    { status: "cancelled", cancelledBy: "citizen", reason: "sygdom", words: "Influenza" },
  );
  assert.equal(db().select().from(slotOffers).where(eq(slotOffers.id, slot)).get()!.booked, 0, "the place is free for others");
  const [reported] = afbud(summons);
  assert.equal((reported!.message as { data: { reason: string } }).data.reason, "sygdom");
  assert.equal(reported!.actorId, citizen);
  assert.equal(meetingsOf(citizen, now, db()).upcoming.find((m) => m.id === summons)?.cancelledByCitizen, true);
  assert.equal(cancellationOptions(citizen, summons, { db: db(), now }).refusal, "not-allowed", "a cancelled meeting cannot be cancelled again");
});

test("refused afbud stores nothing: after the deadline, an unknown reason, 'Anden grund' without words", () => {
  const citizen = addCitizen(db());
  const summons = addSummons(db(), citizen, days(5), cancellable, now);
  assert.deepEqual(cancelMeeting(citizen, summons, { reason: "sygdom", comment: null }, { db: db(), now: days(4.5) }), { ok: false, error: "deadline-passed" });
  assert.deepEqual(cancelMeeting(citizen, summons, { reason: "ferie", comment: null }, { db: db(), now }), { ok: false, field: "reason", error: "cancellation.errors.reason" });
  assert.deepEqual(cancelMeeting(citizen, summons, { reason: "andet", comment: null }, { db: db(), now }), {
    ok: false,
    field: "comment",
    error: "cancellation.errors.commentNeeded",
  });
  assert.equal(summonsRow(summons).status, "planned");
  assert.equal(afbud(summons).length, 0);
  assert.deepEqual(cancelMeeting(citizen, summons, { reason: "andet", comment: "Tandlæge" }, { db: db(), now }), { ok: true });
});

test("another citizen's meeting is not found, and nothing changes", () => {
  const owner = addCitizen(db());
  const other = addCitizen(db());
  const summons = addSummons(db(), owner, days(5), cancellable, now);
  assert.throws(() => cancelMeeting(other, summons, { reason: "sygdom", comment: null }, { db: db(), now }), MeetingNotFound);
  assert.throws(() => cancellationOptions(other, summons, { db: db(), now }), MeetingNotFound);
  assert.equal(summonsRow(summons).status, "planned");
});

test("a refused afbud puts the meeting back as it was, and its slot's place is taken again", () => {
  const citizen = addCitizen(db());
  const summons = addSummons(db(), citizen, days(5), { ...cancellable, rebookingDeadline: null }, now);
  const slot = addSlot(db(), days(6), { capacity: 2 });
  rebook(citizen, summons, slot, { db: db(), now });
  cancelMeeting(citizen, summons, { reason: "arbejde", comment: null }, { db: db(), now });
  const [row] = afbud(summons);
  write(db(), (tx) => undoRefusedChange(tx, syncRegistry, { message: row!.message, undo: row!.undo, refusal: testRefusal }));
  const back = summonsRow(summons);
  assert.deepEqual(
    { status: back.status, cancelledBy: back.cancelledBy, reason: back.citizenCancellationReason, slotOfferId: back.slotOfferId },
    { status: "moved", cancelledBy: null, reason: null, slotOfferId: slot },
  );
  assert.equal(db().select().from(slotOffers).where(eq(slotOffers.id, slot)).get()!.booked, 1);
});
