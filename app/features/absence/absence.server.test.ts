import assert from "node:assert/strict";
import { after, before, beforeEach, test } from "node:test";
import { eq } from "drizzle-orm";
import { absences, citizens, outbox, registrations } from "../../../db/schema";
import { write } from "../../../db/client";
import { seedStore } from "../../../db/seed/index";
import type { Message } from "~/foundation/contract";
import { freshPortalStore, testRefusal } from "~/foundation/testing/stub";
import { activeRegistration, registrationHistory, startRegistration } from "~/features/registration/period.server";
import { registrationAnswers } from "~/features/registration/testing";
import { addDays } from "~/utils/dates";
import {
  absenceOf,
  AbsenceNotFound,
  absenceOverview,
  changeAbsenceEnd,
  listAbsences,
  reportAbsence,
  reportableTypes,
  withdrawAbsence,
} from "./absence.server";
import { undoRefusedChange } from "~/foundation/registry.server";
import { syncRegistry } from "~/sync-registry.server";

let portal: ReturnType<typeof freshPortalStore>;
let anna: string;
let bo: string;
const now = new Date("2026-11-23T10:00:00Z");
const today = "2026-11-23";

const answers = registrationAnswers();

before(() => {
  portal = freshPortalStore();
  seedStore(portal.store, { now });
  const id = (cpr: string) => portal.store.select().from(citizens).where(eq(citizens.cpr, cpr)).get()!.id;
  anna = id("1504851234");
  bo = id("0307921235");
});

after(() => portal.remove());

beforeEach(() => {
  const db = portal.store;
  write(db, (tx) => {
    tx.delete(absences).run();
    tx.delete(outbox).run();
  });
  db.$client.exec("DELETE FROM registration_occupations; DELETE FROM registrations; DELETE FROM consents;");
  write(db, (tx) => startRegistration(tx, anna, answers, { registeredOn: "2026-11-01", now }));
});

const opts = () => ({ db: portal.store, now });
const rows = () => portal.store.select().from(outbox).all();
const absenceRows = () => rows().filter((r) => r.messageType === "absence");

test("only the types a citizen may report are offered, in both languages, the common ones first (issue 19 item 8)", () => {
  const da = reportableTypes("da", portal.store);
  // Ferie and sygdom first, then parental leave (the longer before the short one), then the rest.
  assert.deepEqual(da.map((t) => t.code), ["10", "11", "8", "4", "2", "1", "9", "3"]);
  assert.equal(da.find((t) => t.code === "10")?.label, "Ferie");
  assert.equal(reportableTypes("en", portal.store).find((t) => t.code === "11")?.label, "Illness");
});

test("holiday well ahead: one absence row and one report with every contract field", () => {
  const result = reportAbsence(anna, { absenceType: "10", startDate: "2026-12-21", endDate: "2027-01-03", comment: "Juleferie" }, opts());
  assert.equal(result.ok, true);
  assert.ok(result.ok);
  assert.equal(result.value.awaitsJobCentreDecision, false);
  const [row] = absenceRows();
  assert.ok(row);
  const message = row.message as Message;
  assert.equal(message.aggregateId, anna);
  assert.deepEqual((message as Extract<Message, { type: "absence" }>).data, {
    absenceId: result.value.id,
    cpr: "1504851234",
    absenceType: "10",
    startDate: "2026-12-21",
    endDate: "2027-01-03",
    comment: "Juleferie",
    reportedOn: today,
    withdrawn: false,
    awaitsJobCentreDecision: false,
  });
  assert.equal(row.actorId, anna);
  const list = listAbsences(anna, opts());
  assert.equal(list.current.length, 1);
  assert.equal(list.current[0]?.awaitsReporting, true, "afventer indberetning until the worker sends it");
  assert.equal(list.current[0]?.status, "upcoming");
  assert.equal(list.current[0]?.mayWithdraw, true);
});

test("holiday less than 14 days ahead is accepted and marked for the job centre's decision", () => {
  const result = reportAbsence(anna, { absenceType: "10", startDate: addDays(today, 5) }, opts());
  assert.ok(result.ok && result.value.awaitsJobCentreDecision);
  assert.equal((absenceRows()[0]?.message as { data: { awaitsJobCentreDecision: boolean } }).data.awaitsJobCentreDecision, true);
  assert.equal(absenceOverview(anna, opts()).awaitsJobCentreDecision, true);
});

test("sickness ends the registration in the same transaction; recovery restores it from the day after", () => {
  const sick = reportAbsence(anna, { absenceType: "11", startDate: today }, opts());
  assert.ok(sick.ok && sick.value.endedRegistration);
  assert.equal(activeRegistration(portal.store, anna), null);
  const [ended] = registrationHistory(portal.store, anna);
  assert.equal(ended?.endReason, "sygemelding");
  assert.equal(ended?.endedOn, today);
  assert.deepEqual(rows().map((r) => r.messageType), ["registration", "absence", "deregistration"]);
  assert.equal(absenceOverview(anna, opts()).sick, true);

  // While sick (not registered) nothing else is reported.
  const holiday = reportAbsence(anna, { absenceType: "10", startDate: "2027-02-01" }, opts());
  assert.deepEqual(holiday, { ok: false, errors: { form: ["report.errors.notRegistered"] } });

  const later = new Date("2026-11-27T09:00:00Z");
  const recovered = changeAbsenceEnd(anna, sick.value.id, "2026-11-26", { db: portal.store, now: later });
  assert.deepEqual(recovered, { ok: true, value: { restoredRegistration: true } });
  const active = activeRegistration(portal.store, anna);
  assert.equal(active?.registeredOn, "2026-11-27");
  assert.deepEqual(active?.occupations, ["2512"]);
  assert.deepEqual(registrationHistory(portal.store, anna).map((p) => p.status), ["active", "ended"], "the history is kept");
  assert.deepEqual(rows().map((r) => r.messageType), ["registration", "absence", "deregistration", "absence", "registration"]);
  // Recovery is reported once.
  const again = changeAbsenceEnd(anna, sick.value.id, "2026-11-27", { db: portal.store, now: later });
  assert.deepEqual(again, { ok: false, errors: { form: ["change.errors.notChangeable"] } });
});

test("a refused rule stores nothing: backdated sickness, unknown code, type not for citizens, not registered", () => {
  const before = rows().length;
  assert.deepEqual(reportAbsence(anna, { absenceType: "11", startDate: addDays(today, -1) }, opts()), {
    ok: false,
    errors: { startDate: ["report.errors.sicknessBackdated"] },
  });
  assert.equal(reportAbsence(anna, { absenceType: "99", startDate: today }, opts()).ok, false);
  assert.equal(reportAbsence(anna, { absenceType: "6", startDate: today }, opts()).ok, false);
  assert.equal(reportAbsence(bo, { absenceType: "10", startDate: "2027-03-01" }, opts()).ok, false);
  assert.equal(rows().length, before);
  assert.equal(portal.store.select().from(absences).all().length, 0);
});

test("change the end date and withdraw a future absence, each with its report", () => {
  const work = reportAbsence(anna, { absenceType: "2", startDate: "2026-11-20" }, opts());
  const trip = reportAbsence(anna, { absenceType: "10", startDate: "2027-01-10", endDate: "2027-01-20" }, opts());
  assert.ok(work.ok && trip.ok);
  assert.deepEqual(changeAbsenceEnd(anna, work.value.id, "2026-11-30", opts()), { ok: true, value: { restoredRegistration: false } });
  assert.equal(absenceOf(anna, work.value.id, opts()).endDate, "2026-11-30");
  assert.deepEqual(withdrawAbsence(anna, work.value.id, opts()), { ok: false, errors: { form: ["change.errors.notWithdrawable"] } });
  assert.deepEqual(withdrawAbsence(anna, trip.value.id, opts()), { ok: true, value: null });
  const withdrawn = absenceOf(anna, trip.value.id, opts());
  assert.equal(withdrawn.withdrawn, true);
  assert.equal(withdrawn.status, "withdrawn");
  const last = absenceRows().at(-1)?.message as { data: { withdrawn: boolean; absenceId: string } };
  assert.deepEqual([last.data.absenceId, last.data.withdrawn], [trip.value.id, true]);
  const list = listAbsences(anna, opts());
  assert.deepEqual(list.current.map((a) => a.id), [work.value.id]);
  assert.deepEqual(list.past.map((a) => a.id), [trip.value.id]);
});

test("another citizen's absence is not found, not changed and not withdrawn", () => {
  const trip = reportAbsence(anna, { absenceType: "10", startDate: "2027-01-10" }, opts());
  assert.ok(trip.ok);
  assert.throws(() => absenceOf(bo, trip.value.id, opts()), AbsenceNotFound);
  assert.throws(() => changeAbsenceEnd(bo, trip.value.id, "2027-01-11", opts()), AbsenceNotFound);
  assert.throws(() => withdrawAbsence(bo, trip.value.id, opts()), AbsenceNotFound);
  assert.equal(absenceOf(anna, trip.value.id, opts()).withdrawn, false);
});

test("a refused report is undone only while the absence is still what the message made", () => {
  const trip = reportAbsence(anna, { absenceType: "10", startDate: "2027-01-10" }, opts());
  assert.ok(trip.ok);
  const [created] = absenceRows();
  assert.ok(created);
  withdrawAbsence(anna, trip.value.id, opts());
  const withdrawal = absenceRows().at(-1);
  assert.ok(withdrawal);
  // The creation is refused after the withdrawal changed the absence: nothing is undone.
  write(portal.store, (tx) => undoRefusedChange(tx, syncRegistry, { message: created.message, undo: created.undo, refusal: testRefusal }));
  assert.equal(absenceOf(anna, trip.value.id, opts()).withdrawn, true);
  // The withdrawal is refused: the absence is current again.
  write(portal.store, (tx) => undoRefusedChange(tx, syncRegistry, { message: withdrawal.message, undo: withdrawal.undo, refusal: testRefusal }));
  assert.equal(absenceOf(anna, trip.value.id, opts()).withdrawn, false);
  // Now the creation's refusal removes it.
  write(portal.store, (tx) => undoRefusedChange(tx, syncRegistry, { message: created.message, undo: created.undo, refusal: testRefusal }));
  assert.throws(() => absenceOf(anna, trip.value.id, opts()), AbsenceNotFound);
});

test("Min side overview: current and upcoming, soonest first, with labels, flags and links", () => {
  reportAbsence(anna, { absenceType: "1", startDate: "2026-11-01", endDate: "2026-11-10" }, opts());
  const late = reportAbsence(anna, { absenceType: "10", startDate: "2026-11-30" }, { db: portal.store, now });
  const work = reportAbsence(anna, { absenceType: "2", startDate: "2026-11-20" }, opts());
  assert.ok(late.ok && work.ok);
  const overview = absenceOverview(anna, { ...opts(), lng: "en" });
  assert.deepEqual(
    overview.items.map((i) => [i.typeLabel, i.status, i.awaitsJobCentreDecision, i.href]),
    [
      ["Temporary work", "current", false, `/borger/fravaer/${work.value.id}`],
      ["Holiday", "upcoming", true, `/borger/fravaer/${late.value.id}`],
    ],
  );
  assert.equal(overview.sick, false);
  assert.equal(overview.awaitsReporting, true);
  assert.equal(portal.store.select().from(registrations).all().length, 1);
});

test("the same kind of absence cannot be reported twice for the same days; another kind may overlap, a withdrawn one no longer counts (issue 13, item 12)", () => {
  const holiday = reportAbsence(anna, { absenceType: "10", startDate: "2027-01-04", endDate: "2027-01-08" }, opts());
  assert.ok(holiday.ok);
  const before = absenceRows().length;
  for (const period of [
    { startDate: "2027-01-04", endDate: "2027-01-08" },
    { startDate: "2027-01-08", endDate: "2027-01-12" },
    { startDate: "2027-01-01", endDate: null },
  ]) {
    assert.deepEqual(reportAbsence(anna, { absenceType: "10", ...period }, opts()), { ok: false, errors: { startDate: ["report.errors.overlaps"] } }, JSON.stringify(period));
  }
  assert.equal(absenceRows().length, before, "nothing refused was reported");
  assert.ok(reportAbsence(anna, { absenceType: "10", startDate: "2027-01-09", endDate: "2027-01-10" }, opts()).ok, "the day after is free");
  const other = reportAbsence(anna, { absenceType: "1", startDate: "2027-01-05", endDate: "2027-01-06" }, opts());
  assert.ok(other.ok, "another kind of absence may share the days");
  // Moving the first holiday's end into the second is refused; the withdrawn one frees its days.
  assert.deepEqual(changeAbsenceEnd(anna, holiday.value.id, "2027-01-09", opts()), { ok: false, errors: { endDate: ["change.errors.overlaps"] } });
  assert.ok(withdrawAbsence(anna, holiday.value.id, opts()).ok);
  assert.ok(reportAbsence(anna, { absenceType: "10", startDate: "2027-01-04", endDate: "2027-01-08" }, opts()).ok);
});
