import assert from "node:assert/strict";
import { after, before, beforeEach, test } from "node:test";
import { and, eq } from "drizzle-orm";
import { write } from "../../../db/client";
import { citizens, heldConversations, outbox, summonses } from "../../../db/schema";
import { seedStore } from "../../../db/seed/index";
import type { Message } from "~/foundation/contract";
import { freshPortalStore, testRefusal } from "~/foundation/testing/stub";
import { accessesTo } from "~/features/access-log/access-log.server";
import type { PortalSession } from "~/features/auth/session.server";
import { staffSessionFor } from "~/features/auth/testing";
import { slotOfferSchema, summonsSchema } from "./staff-schemas";
import { addCitizen, createdId, staffSummonsForm } from "./testing";
import { cancelSummons, createSummonsByStaff, moveSummons, publishSlotByStaff, registerConversationByStaff, registerNoShow } from "./staff.server";
import { conversationDefaultsFrom, conversationForStaff, meetingsForStaff, slotOffersForStaff, summonsForStaff } from "./staff-views.server";
import { inContactGroup1 } from "~/features/person-groups/person-groups.server";
import { staffFormFacts } from "./staff-form-options.server";
import { undoRefusedChange } from "~/foundation/registry.server";
import { syncRegistry } from "~/sync-registry.server";

let portal: ReturnType<typeof freshPortalStore>;
let bo: string;
const now = new Date("2026-11-23T10:00:00Z");
let gitte: PortalSession;
let henrik: PortalSession;

before(() => {
  portal = freshPortalStore();
  seedStore(portal.store, { now });
  gitte = staffSessionFor(portal.store, "50001", now);
  henrik = staffSessionFor(portal.store, "50002", now);
  bo = portal.store.select().from(citizens).where(eq(citizens.cpr, "0307921235")).get()!.id;
});
after(() => portal.remove());
beforeEach(() => write(portal.store, (tx) => tx.delete(outbox).run()));

const form = staffSummonsForm;

const conversationValue = () => ({
  heldOn: "2026-11-20T08:00:00.000Z",
  meetingType: "7",
  meetingForm: "telefonisk",
  furtherCourseAgreement: "Tre ansøgninger om ugen",
  flexjobAgreement: null,
  aKasseParticipationStatus: null,
  practicalAgreements: null,
  newVisitationGroup: "jobparat",
  participants: [{ name: "Gitte Sagsbehandler", role: "anden-deltager", form: "telefonisk" }],
  cvNotAdequate: null,
});

/** A summons form as Gitte fills it in: with herself as the caseworker unless she names a colleague. */
const summonsValue = (caseworker = gitte.subjectId) => summonsSchema(staffFormFacts(gitte, portal.store), now).parse({ ...form, caseworker });

function create() {
  return createdId(createSummonsByStaff(gitte, bo, summonsValue(), { now, db: portal.store }));
}

const row = (id: string) => portal.store.select().from(summonses).where(eq(summonses.id, id)).get()!;
const pending = (id: string) =>
  portal.store
    .select()
    .from(outbox)
    .where(and(eq(outbox.aggregateId, id), eq(outbox.status, "pending")))
    .all();

test("staff create a summons with its outbox row, staff as actor, and an access-log line", () => {
  const logged = accessesTo(bo, portal.store).length;
  const id = create();
  const stored = row(id);
  assert.equal(stored.start, "2026-12-01T09:00:00.000Z");
  assert.equal(stored.rebookingDeadline, "2026-11-30T11:00:00.000Z");
  assert.equal(stored.status, "planned");
  const [report] = pending(id);
  assert.equal(report!.messageType, "summons.create");
  assert.deepEqual([report!.actorAudience, report!.actorId], ["staff", gitte.subjectId]);
  assert.equal(accessesTo(bo, portal.store).length, logged + 1);
  assert.equal(accessesTo(bo, portal.store)[0]!.action, "change");
});

test("an unknown citizen gets no summons and no report", () => {
  const value = summonsValue();
  assert.deepEqual(createSummonsByStaff(gitte, "no-such-citizen", value, { now, db: portal.store }), { ok: false, reason: "not-found" });
  assert.equal(portal.store.select().from(outbox).all().length, 0);
});

test("the issuer comes from the session, never the form (issue 13, item 2): Mette summons for her colleague Gitte, and the record says both", () => {
  const mette = staffSessionFor(portal.store, "50003", now);
  assert.deepEqual(staffFormFacts(mette, portal.store).caseworkers.sort(), [gitte.subjectId, mette.subjectId].sort());
  const value = summonsSchema(staffFormFacts(mette, portal.store), now).parse({ ...form, caseworker: gitte.subjectId, caseworkerName: "Henrik", jobCentre: "Jobcenter Aarhus" });
  const id = createdId(createSummonsByStaff(mette, bo, value, { now, db: portal.store }));
  const stored = row(id);
  assert.deepEqual([stored.caseworkerName, stored.jobCentre, stored.registeredBy], ["Gitte Sagsbehandler", "Jobcenter København", "Mette Mødeplanlægger"]);
  const report = pending(id)[0]!.message as { data: Record<string, unknown> };
  assert.deepEqual([report.data.caseworkerName, report.data.jobCentre, report.data.registeredBy], ["Gitte Sagsbehandler", "Jobcenter København", "Mette Mødeplanlægger"]);
  // Henrik (Aarhus) cannot name a København caseworker, not even for a citizen of his own.
  const carla = portal.store.select().from(citizens).where(eq(citizens.cpr, "2211781236")).get()!.id;
  assert.deepEqual(createSummonsByStaff(henrik, carla, { ...value, caseworkerId: gitte.subjectId }, { now, db: portal.store }), { ok: false, reason: "not-found" });
  const conversation = registerConversationByStaff(mette, bo, conversationValue(), { now, db: portal.store })!;
  const held = portal.store.select().from(heldConversations).where(eq(heldConversations.id, conversation)).get()!;
  assert.deepEqual([held.jobCentre, held.registeredBy], ["Jobcenter København", "Mette Mødeplanlægger"]);
});

test("staff of another job centre reach none of a citizen's meetings (ADR 0015): nothing created, read, moved or logged", () => {
  // Bo lives in København; Henrik works at Jobcenter Aarhus.
  const id = create();
  write(portal.store, (tx) => tx.delete(outbox).run());
  const logged = accessesTo(bo, portal.store).length;
  const value = summonsValue();
  const move = { start: "2026-12-02T13:00:00.000Z", end: "2026-12-02T13:30:00.000Z", location: null, reason: "Flyttet" };
  assert.deepEqual(createSummonsByStaff(henrik, bo, value, { now, db: portal.store }), { ok: false, reason: "not-found" });
  assert.equal(summonsForStaff(henrik, bo, id, portal.store), null);
  assert.deepEqual(moveSummons(henrik, bo, id, move, { now, db: portal.store }), { ok: false, reason: "not-found" });
  assert.deepEqual(cancelSummons(henrik, bo, id, "Aflyst", { now, db: portal.store }), { ok: false, reason: "not-found" });
  const conversation = registerConversationByStaff(gitte, bo, conversationValue(), { now, db: portal.store });
  write(portal.store, (tx) => tx.delete(outbox).run());
  const before = accessesTo(bo, portal.store).length;
  assert.equal(registerConversationByStaff(henrik, bo, conversationValue(), { now, db: portal.store }), null);
  assert.equal(conversationForStaff(henrik, bo, conversation!, portal.store), null);
  assert.equal(row(id).status, "planned");
  assert.equal(portal.store.select().from(outbox).all().length, 0, "nothing reported");
  assert.equal(accessesTo(bo, portal.store).length, before, "nothing logged as Henrik's use");
  assert.ok(before > logged);
});

test("a move keeps the old time, reports summons.move, and a refusal restores the summons", () => {
  const id = create();
  const move = { start: "2026-12-02T13:00:00.000Z", end: "2026-12-02T13:30:00.000Z", location: null, reason: "Sagsbehandleren er syg" };
  assert.deepEqual(moveSummons(gitte, bo, id, move, { now, db: portal.store }), { ok: true });
  const moved = row(id);
  assert.deepEqual([moved.status, moved.start, moved.previousStart, moved.moveReason, moved.location], [
    "moved",
    move.start,
    "2026-12-01T09:00:00.000Z",
    "Sagsbehandleren er syg",
    form.location,
  ]);
  const report = pending(id).find((r) => r.messageType === "summons.move")!;
  assert.deepEqual((report.message as unknown as Message).data, { summonsId: id, start: move.start, end: move.end, reason: move.reason });

  write(portal.store, (tx) =>
    undoRefusedChange(tx, syncRegistry, { message: report.message, undo: report.undo, refusal: testRefusal }),
  );
  const restored = row(id);
  assert.deepEqual([restored.status, restored.start, restored.previousStart, restored.moveReason], ["planned", "2026-12-01T09:00:00.000Z", null, null]);
});

test("a cancellation is reported with its reason and undone when refused; a cancelled summons cannot move", () => {
  const id = create();
  assert.deepEqual(cancelSummons(gitte, bo, id, "Mødet er ikke længere nødvendigt", { now, db: portal.store }), { ok: true });
  assert.equal(row(id).status, "cancelled");
  const move = { start: "2026-12-02T13:00:00.000Z", end: "2026-12-02T13:30:00.000Z", location: null, reason: "x" };
  assert.deepEqual(moveSummons(gitte, bo, id, move, { now, db: portal.store }), { ok: false, reason: "cancelled" });
  const report = pending(id).find((r) => r.messageType === "summons.cancel")!;
  write(portal.store, (tx) =>
    undoRefusedChange(tx, syncRegistry, { message: report.message, undo: report.undo, refusal: testRefusal }),
  );
  assert.deepEqual([row(id).status, row(id).cancellationReason], ["planned", null]);
});

test("another citizen's summons is not found, and a past one cannot be changed", () => {
  const id = create();
  const anna = portal.store.select().from(citizens).where(eq(citizens.cpr, "1504851234")).get()!.id;
  assert.equal(summonsForStaff(gitte, anna, id, portal.store), null);
  assert.deepEqual(cancelSummons(gitte, anna, id, "x", { now, db: portal.store }), { ok: false, reason: "not-found" });
  assert.deepEqual(cancelSummons(gitte, bo, id, "x", { now: new Date("2026-12-02T00:00:00Z"), db: portal.store }), { ok: false, reason: "past" });
  assert.equal(summonsForStaff(gitte, bo, id, portal.store)?.id, id);
});

test("a held conversation registered by staff is reported with staff as actor and shows on the staff overview", () => {
  // A citizen of its own, so the overview holds exactly what this test made.
  const citizen = addCitizen(portal.store, "Dorte Testperson");
  assert.deepEqual(meetingsForStaff(citizen, "da", { now, db: portal.store }).conversations, []);
  const changes = () => accessesTo(citizen, portal.store).filter((a) => a.action === "change").length;
  const changesBefore = changes();
  const id = registerConversationByStaff(gitte, citizen, conversationValue(), { now, db: portal.store })!;
  const [report] = pending(id);
  assert.deepEqual([report!.messageType, report!.actorAudience, report!.actorId], ["heldConversation", "staff", gitte.subjectId]);
  assert.equal(changes(), changesBefore + 1);
  const overview = meetingsForStaff(citizen, "da", { now, db: portal.store });
  assert.deepEqual(overview.conversations, [{ id, day: "fredag den 20. november 2026", type: "Jobsamtale", jobCentre: "Jobcenter København" }]);
  // It is listed as a held conversation, not as a meeting.
  assert.deepEqual([overview.upcoming, overview.past], [[], []]);
});

test("contact group 1 is an active registration for dagpenge", () => {
  const anna = portal.store.select().from(citizens).where(eq(citizens.cpr, "1504851234")).get()!.id;
  assert.equal(inContactGroup1(anna, portal.store), true);
  assert.equal(inContactGroup1(bo, portal.store), false);
});

test("a published slot offer is reported and listed with its places", () => {
  const slot = {
    times: [{ start: "2026-12-24T08:00:00.000Z", end: "2026-12-24T08:30:00.000Z" }],
    meetingType: "10",
    meetingForm: "videomoede",
    title: "CV-samtale",
    description: "Vi går dit CV igennem.",
    location: "Online",
    address: null,
    phoneToCall: null,
    contactOptions: "Skriv til os på Jobnet",
    rebookingPossible: true,
    capacity: 2,
  };
  const id = publishSlotByStaff(gitte, { ...slot, caseworkerId: gitte.subjectId }, { now, db: portal.store })![0]!;
  assert.equal(pending(id)[0]!.messageType, "slotOffer");
  const listed = slotOffersForStaff(gitte, "en", { now, db: portal.store }).find((slot) => slot.id === id);
  assert.deepEqual([listed?.type, listed?.booked, listed?.capacity, listed?.time], ["CV meeting", 0, 2, "09:00–09:30"]);
  assert.deepEqual([listed?.jobCentre, listed?.caseworkerName], ["Jobcenter København", "Gitte Sagsbehandler"], "the job centre and the caseworker are the staff register's");
  // Another job centre neither sees the time nor can name Gitte as its caseworker.
  assert.equal(slotOffersForStaff(henrik, "en", { now, db: portal.store }).find((s) => s.id === id), undefined);
  assert.equal(publishSlotByStaff(henrik, { ...slot, caseworkerId: gitte.subjectId }, { now, db: portal.store }), null);
});

test("a conversation registered from a summons takes its details and is linked to it, never to another citizen's", () => {
  const id = create();
  const defaults = conversationDefaultsFrom(bo, id, portal.store)!;
  assert.deepEqual(defaults, {
    summonsId: id,
    title: "Jobsamtale",
    meetingType: "9",
    meetingForm: "personligt-fremmoede",
    heldOnDate: "2026-12-01",
    heldOnTime: "10:00",
    aKasseParticipationStatus: undefined,
  });
  const anna = portal.store.select().from(citizens).where(eq(citizens.cpr, "1504851234")).get()!.id;
  assert.equal(conversationDefaultsFrom(anna, id, portal.store), null);
  const value = {
    heldOn: "2026-11-20T08:00:00.000Z",
    meetingType: "7",
    meetingForm: "personligt-fremmoede",
    furtherCourseAgreement: "Aftale",
    flexjobAgreement: null,
    aKasseParticipationStatus: null,
    practicalAgreements: null,
    newVisitationGroup: null,
    participants: [{ name: "Gitte", role: "anden-deltager", form: "personligt-fremmoede" }],
    cvNotAdequate: null,
  };
  const linkedTo = (conversationId: string) => portal.store.select().from(heldConversations).where(eq(heldConversations.id, conversationId)).get()!.summonsId;
  assert.equal(linkedTo(registerConversationByStaff(gitte, bo, value, { now, db: portal.store, summonsId: id })!), id);
  assert.equal(linkedTo(registerConversationByStaff(gitte, anna, value, { now, db: portal.store, summonsId: id })!), null);
  const annas = registerConversationByStaff(gitte, anna, value, { now, db: portal.store })!;
  assert.equal(conversationForStaff(gitte, anna, annas, portal.store)?.participants[0]?.name, "Gitte");
  assert.equal(conversationForStaff(gitte, bo, annas, portal.store), null);
});

test("issue 15: of types 4 and 7 a citizen holds one future meeting; staff cannot make a second, only move or cancel the first", () => {
  const citizen = addCitizen(portal.store);
  const jobsamtale = summonsSchema(staffFormFacts(gitte, portal.store), now).parse({ ...form, meetingType: "7", caseworker: gitte.subjectId });
  const first = createdId(createSummonsByStaff(gitte, citizen, jobsamtale, { now, db: portal.store }));
  const logged = accessesTo(citizen, portal.store).length;
  const pendingBefore = portal.store.select().from(outbox).all().length;
  assert.deepEqual(createSummonsByStaff(gitte, citizen, jobsamtale, { now, db: portal.store }), { ok: false, reason: "single-future-booking" });
  assert.equal(portal.store.select().from(outbox).all().length, pendingBefore, "nothing reported");
  assert.equal(accessesTo(citizen, portal.store).length, logged, "nothing done, nothing logged");
  // Another type is no second booking of this one.
  const other = summonsSchema(staffFormFacts(gitte, portal.store), now).parse({ ...form, meetingType: "9", caseworker: gitte.subjectId });
  createdId(createSummonsByStaff(gitte, citizen, other, { now, db: portal.store }));
  // Once the first is cancelled, a new one can be made.
  assert.deepEqual(cancelSummons(gitte, citizen, first, "Ny tid", { now, db: portal.store }), { ok: true });
  createdId(createSummonsByStaff(gitte, citizen, jobsamtale, { now, db: portal.store }));
});

test("issue 15: a held conversation registered on a meeting whose time has come makes it held, reported as its outcome", () => {
  const id = create(); // 1 December, 10.00
  const later = new Date("2026-12-01T12:00:00Z");
  const conversation = registerConversationByStaff(gitte, bo, conversationValue(), { now: later, db: portal.store, summonsId: id })!;
  assert.equal(row(id).status, "held");
  const report = pending(id).find((r) => r.messageType === "summonsOutcome")!;
  assert.deepEqual((report.message as unknown as Message).data, { summonsId: id, outcome: "held", heldConversationId: conversation });
  assert.deepEqual(registerNoShow(gitte, bo, id, { now: later, db: portal.store }), { ok: false, reason: "held" }, "a held meeting stays held");
  // Refused by the foundation: the meeting has its status back.
  write(portal.store, (tx) => undoRefusedChange(tx, syncRegistry, { message: report.message, undo: report.undo, refusal: testRefusal }));
  assert.equal(row(id).status, "planned");
});

test("issue 15: a conversation registered on a meeting still ahead gives it no outcome", () => {
  const id = create();
  registerConversationByStaff(gitte, bo, conversationValue(), { now, db: portal.store, summonsId: id });
  assert.equal(row(id).status, "planned");
  assert.equal(pending(id).filter((r) => r.messageType === "summonsOutcome").length, 0);
});

test("issue 15: staff register a no-show once the meeting's time has come; not before, not on a cancelled one, not twice, not in another job centre", () => {
  const id = create(); // 1 December, 10.00
  assert.deepEqual(registerNoShow(gitte, bo, id, { now, db: portal.store }), { ok: false, reason: "not-begun" });
  const atStart = new Date("2026-12-01T09:00:00Z");
  assert.deepEqual(registerNoShow(henrik, bo, id, { now: atStart, db: portal.store }), { ok: false, reason: "not-found" });
  const logged = accessesTo(bo, portal.store).length;
  assert.deepEqual(registerNoShow(gitte, bo, id, { now: atStart, db: portal.store }), { ok: true }, "from the minute it begins");
  assert.equal(row(id).status, "no-show");
  assert.deepEqual(registerNoShow(gitte, bo, id, { now: atStart, db: portal.store }), { ok: true });
  assert.equal(pending(id).filter((r) => r.messageType === "summonsOutcome").length, 1, "reported once");
  assert.equal(accessesTo(bo, portal.store).length, logged + 1);

  const cancelled = create();
  cancelSummons(gitte, bo, cancelled, "Ikke nødvendigt", { now, db: portal.store });
  assert.deepEqual(registerNoShow(gitte, bo, cancelled, { now: atStart, db: portal.store }), { ok: false, reason: "cancelled" });
});

test("issue 15: a series publishes a morning of times back to back in one go, each reported; a series past midnight is refused", () => {
  const form = {
    meetingType: "7",
    meetingForm: "personligt-fremmoede",
    date: "2026-12-07",
    startTime: "09:00",
    endTime: "09:30",
    title: "Jobsamtale",
    description: "Om dine jobmål",
    location: "Kultorvet 2",
    address: "Kultorvet 2, 1175 København K",
    contactOptions: "Ring på 33 17 33 17",
    caseworker: gitte.subjectId,
    capacity: 1,
    series: 6,
  };
  const value = slotOfferSchema(staffFormFacts(gitte, portal.store), now).parse(form);
  assert.deepEqual(
    value.times.map((t) => t.start),
    ["08:00", "08:30", "09:00", "09:30", "10:00", "10:30"].map((utc) => `2026-12-07T${utc}:00.000Z`),
  );
  const ids = publishSlotByStaff(gitte, value, { now, db: portal.store })!;
  assert.equal(ids.length, 6);
  assert.equal(ids.flatMap((id) => pending(id)).filter((r) => r.messageType === "slotOffer").length, 6);
  const late = slotOfferSchema(staffFormFacts(gitte, portal.store), now).safeParse({ ...form, startTime: "22:00", endTime: "23:00", series: 3 });
  assert.deepEqual(late.error?.issues.map((i) => [i.path.join("."), i.message]), [["series", "slots.errors.seriesPastDay"]]);
  assert.equal(slotOfferSchema(staffFormFacts(gitte, portal.store), now).safeParse({ ...form, series: 17 }).success, false);
});
