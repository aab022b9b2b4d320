import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { and, eq } from "drizzle-orm";
import { write } from "../../../db/client";
import { bookingDeadlines, outbox, slotOffers, summonses } from "../../../db/schema";
import { freshPortalStore, testRefusal } from "~/foundation/testing/stub";
import { MeetingNotFound } from "./rebooking.server";
import { addBookingDuty, bookingDutiesOf, selfBook, selfBookingOptions } from "./self-booking.server";
import { addCitizen, addSlot, addSummons } from "./testing";
import { undoRefusedChange } from "~/foundation/registry.server";
import { syncRegistry } from "~/sync-registry.server";
import { seedCodeLists } from "../../../db/seed/index";

let portal: ReturnType<typeof freshPortalStore>;
const now = new Date("2026-11-23T10:00:00Z");
const days = (n: number) => new Date(now.getTime() + n * 86_400_000);
const db = () => portal.store;

before(() => {
  portal = freshPortalStore();
  // The one-future-booking rule reads the meeting types' attributes from the code list.
  write(portal.store, (tx) => seedCodeLists(tx));
});
after(() => portal.remove());

const duty = (citizenId: string, meetingType = "10", deadline = days(10)) =>
  write(db(), (tx) => addBookingDuty(tx, citizenId, { jobCentre: "Jobcenter København", meetingType, deadline: deadline.toISOString() }, { now }));
const booked = (id: string) => db().select().from(slotOffers).where(eq(slotOffers.id, id)).get()!.booked;

test("offers the duty's job centre and type until the deadline, and books a self-booked summons with its report", () => {
  const citizen = addCitizen(db());
  const dutyId = duty(citizen);
  const fits = addSlot(db(), days(3), { meetingType: "10", capacity: 2 });
  addSlot(db(), days(12), { meetingType: "10" }); // after the deadline
  addSlot(db(), days(3), { meetingType: "7" });
  const options = selfBookingOptions(citizen, dutyId, { db: db(), now });
  assert.equal(options.refusal, null);
  assert.deepEqual(
    options.slots.map((s) => s.id),
    [fits],
  );
  const result = selfBook(citizen, dutyId, fits, { db: db(), now });
  assert.ok(result.ok);
  const summons = db().select().from(summonses).where(eq(summonses.id, result.summonsId)).get()!;
  assert.equal(summons.selfBooked, true);
  assert.equal(summons.start, days(3).toISOString());
  assert.equal(summons.slotOfferId, fits);
  assert.equal(booked(fits), 1);
  assert.equal(db().select().from(bookingDeadlines).where(eq(bookingDeadlines.id, dutyId)).get()!.summonsId, result.summonsId);
  assert.deepEqual(bookingDutiesOf(citizen, { db: db(), now }), []);
  const report = db()
    .select()
    .from(outbox)
    .where(and(eq(outbox.aggregateId, result.summonsId), eq(outbox.messageType, "selfBooking")))
    .get()!;
  assert.equal(report.actorId, citizen);
  assert.deepEqual(selfBook(citizen, dutyId, fits, { db: db(), now }), { ok: false, error: "booked" });
});

test("issue 15: a self-booked meeting has every § 20 item of its offer and can be moved up to the duty's deadline when the offer allows it", () => {
  const citizen = addCitizen(db());
  const dutyId = duty(citizen, "10", days(10));
  const slot = addSlot(db(), days(3), {
    meetingType: "10",
    title: "CV-samtale",
    description: "Vi går dit CV igennem.",
    address: "Kultorvet 2, 1175 København K",
    contactOptions: "Ring på 33 17 33 17, hvis du er forhindret.",
    rebookingPossible: true,
  });
  const result = selfBook(citizen, dutyId, slot, { db: db(), now });
  assert.ok(result.ok);
  const summons = db().select().from(summonses).where(eq(summonses.id, result.summonsId)).get()!;
  assert.deepEqual(
    [summons.title, summons.description, summons.address, summons.contactOptions, summons.caseworkerName, summons.rebookingPossible, summons.rebookingPeriodFrom, summons.rebookingPeriodTo],
    ["CV-samtale", "Vi går dit CV igennem.", "Kultorvet 2, 1175 København K", "Ring på 33 17 33 17, hvis du er forhindret.", "Gitte Sagsbehandler", true, "2026-11-23", "2026-12-03"],
  );
  const report = db().select().from(outbox).where(and(eq(outbox.aggregateId, result.summonsId), eq(outbox.messageType, "selfBooking"))).get()!;
  assert.deepEqual((report.message as { data: Record<string, unknown> }).data.rebookingPeriod, { from: "2026-11-23", to: "2026-12-03" });
  assert.equal((report.message as { data: Record<string, unknown> }).data.description, "Vi går dit CV igennem.");
});

test("refuses after the deadline, a full slot, and a second future booking of type 4 or 7", () => {
  const citizen = addCitizen(db());
  const late = duty(citizen, "10", days(-1));
  const slot = addSlot(db(), days(3), { meetingType: "10" });
  assert.deepEqual(selfBook(citizen, late, slot, { db: db(), now }), { ok: false, error: "deadline-passed" });
  const open = duty(citizen);
  const full = addSlot(db(), days(4), { meetingType: "10", capacity: 1, booked: 1 });
  assert.deepEqual(selfBook(citizen, open, full, { db: db(), now }), { ok: false, error: "slot-taken" });
  assert.equal(booked(slot), 0);
  for (const meetingType of ["4", "7"]) {
    addSummons(db(), citizen, days(6), { meetingType }, now);
    const second = duty(citizen, meetingType);
    const secondSlot = addSlot(db(), days(3), { meetingType });
    assert.equal(selfBookingOptions(citizen, second, { db: db(), now }).refusal, "already-booked", `type ${meetingType}`);
    assert.deepEqual(selfBook(citizen, second, secondSlot, { db: db(), now }), { ok: false, error: "already-booked" }, `type ${meetingType}`);
    assert.equal(booked(secondSlot), 0, `type ${meetingType}`);
    assert.equal(db().select().from(bookingDeadlines).where(eq(bookingDeadlines.id, second)).get()!.summonsId, null, `type ${meetingType}`);
  }
});

test("types 4 and 7 without a future booking of the type, and other types (10) with one, can be self-booked", () => {
  for (const meetingType of ["4", "7"]) {
    const citizen = addCitizen(db());
    const first = duty(citizen, meetingType);
    const slot = addSlot(db(), days(3), { meetingType });
    const result = selfBook(citizen, first, slot, { db: db(), now });
    assert.ok(result.ok, `type ${meetingType}: ${JSON.stringify(result)}`);
    assert.equal(booked(slot), 1, `type ${meetingType}`);
  }
  const citizen = addCitizen(db());
  addSummons(db(), citizen, days(6), { meetingType: "10" }, now);
  const second = duty(citizen, "10");
  const slot = addSlot(db(), days(3), { meetingType: "10" });
  assert.equal(selfBookingOptions(citizen, second, { db: db(), now }).refusal, null);
  const result = selfBook(citizen, second, slot, { db: db(), now });
  assert.ok(result.ok, JSON.stringify(result));
  assert.equal(booked(slot), 1);
  assert.equal(db().select().from(summonses).where(eq(summonses.id, result.summonsId)).get()!.meetingType, "10");
});

test("another citizen's duty is not found", () => {
  const owner = addCitizen(db());
  const other = addCitizen(db());
  const dutyId = duty(owner);
  assert.throws(() => selfBookingOptions(other, dutyId, { db: db(), now }), MeetingNotFound);
});

test("a refused self-booking removes the summons, gives the place back and opens the duty again", () => {
  const citizen = addCitizen(db());
  const dutyId = duty(citizen);
  const slot = addSlot(db(), days(3), { meetingType: "10" });
  const result = selfBook(citizen, dutyId, slot, { db: db(), now });
  assert.ok(result.ok);
  const row = db().select().from(outbox).where(and(eq(outbox.aggregateId, result.summonsId), eq(outbox.messageType, "selfBooking"))).get()!;
  write(db(), (tx) => undoRefusedChange(tx, syncRegistry, { message: row.message, undo: row.undo, refusal: testRefusal }));
  assert.equal(db().select().from(summonses).where(eq(summonses.id, result.summonsId)).get(), undefined);
  assert.equal(booked(slot), 0);
  assert.equal(bookingDutiesOf(citizen, { db: db(), now }).length, 1);
});
