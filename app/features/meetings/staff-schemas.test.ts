import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { seedStore } from "../../../db/seed/index";
import { freshPortalStore } from "~/foundation/testing/stub";
import { cancelSchema, heldConversationSchema, moveSchema, slotOfferSchema, summonsSchema, type StaffFormFacts } from "./staff-schemas";
import { meetingCodeFacts } from "./staff-form-options.server";

let portal: ReturnType<typeof freshPortalStore>;
let facts: StaffFormFacts;
/** The staff register's ids of the caseworkers a staff member may name (their job centre's). */
const gitte = "staff-gitte";
const mette = "staff-mette";
const now = new Date("2026-11-23T10:00:00Z");

before(() => {
  portal = freshPortalStore();
  seedStore(portal.store, { now });
  facts = { ...meetingCodeFacts(portal.store), caseworkers: [gitte, mette] };
});
after(() => portal.remove());

const base = {
  meetingType: "7",
  meetingForm: "digitalt",
  date: "2026-12-01",
  startTime: "10:00",
  endTime: "10:45",
  title: "Jobsamtale",
  description: "Om dine jobmål",
  location: "Online",
  contactOptions: "Skriv til os på Jobnet",
  caseworker: gitte,
};

/** The error keys per field of a submission, or {} when it passes. */
function problems(schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, value: unknown) {
  const result = schema.safeParse(value);
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
}

test("the code lists give the per-form and per-type facts", () => {
  assert.deepEqual(facts.addressForms, ["personligt-fremmoede", "6"]);
  assert.deepEqual(facts.phoneForms, ["telefonisk"]);
  assert.deepEqual(facts.jointTypes, ["17", "19"]);
  assert.deepEqual(facts.formOnlyWithType, { "6": "8" });
});

test("a complete online summons passes; address and phone are dropped when the form needs neither", () => {
  const value = summonsSchema(facts, now).parse({ ...base, address: "Gade 1", phoneToCall: "33 66 33 66" });
  assert.equal(value.address, null);
  assert.equal(value.phoneToCall, null);
  assert.equal(value.start, "2026-12-01T09:00:00.000Z");
  assert.equal(value.rebookingDeadline, null);
});

test("in person needs an address; by phone says who calls whom", () => {
  assert.deepEqual(problems(summonsSchema(facts, now), { ...base, meetingForm: "personligt-fremmoede" }), { address: "summons.errors.address" });
  assert.deepEqual(problems(summonsSchema(facts, now), { ...base, meetingForm: "telefonisk" }), { phoneCaller: "summons.errors.phoneCaller" });
  assert.deepEqual(problems(summonsSchema(facts, now), { ...base, meetingForm: "telefonisk", phoneCaller: "citizen", phoneToCall: "ring os" }), { phoneToCall: "errors.phone" });
});

test("§ 20 nr. 8 \"Ved telefonmøde, hvor borgeren skal ringe til jobcentret, oplyses det telefonnummer\": the number only when the citizen calls", () => {
  const phone = { ...base, meetingForm: "telefonisk" };
  assert.deepEqual(problems(summonsSchema(facts, now), { ...phone, phoneCaller: "citizen" }), { phoneToCall: "summons.errors.phoneToCall" });
  assert.equal(summonsSchema(facts, now).parse({ ...phone, phoneCaller: "citizen", phoneToCall: "33 66 33 66" }).phoneToCall, "33 66 33 66");
  // The job centre calls: no number is asked for, and one typed anyway is not stored.
  assert.equal(summonsSchema(facts, now).parse({ ...phone, phoneCaller: "jobCentre" }).phoneToCall, null);
  assert.equal(summonsSchema(facts, now).parse({ ...phone, phoneCaller: "jobCentre", phoneToCall: "33 66 33 66" }).phoneToCall, null);
  assert.deepEqual(problems(summonsSchema(facts, now), { ...phone, phoneCaller: "somebody" }), { phoneCaller: "summons.errors.phoneCaller" });
});

test("a joint job conversation needs the a-kasse's participation status", () => {
  assert.deepEqual(problems(summonsSchema(facts, now), { ...base, meetingType: "17" }), { aKasseParticipationStatus: "summons.errors.aKasseParticipationStatus" });
  assert.equal(summonsSchema(facts, now).parse({ ...base, meetingType: "19", aKasseParticipationStatus: "deltager" }).aKasseParticipationStatus, "deltager");
  assert.equal(summonsSchema(facts, now).parse({ ...base, aKasseParticipationStatus: "deltager" }).aKasseParticipationStatus, null);
});

test("a meeting at the workplace only with type 8 Henvisning", () => {
  const atWork = { ...base, meetingForm: "6", address: "Lagervej 2" };
  assert.deepEqual(problems(summonsSchema(facts, now), atWork), { meetingForm: "summons.errors.formOnlyWithType" });
  assert.equal(summonsSchema(facts, now).parse({ ...atWork, meetingType: "8" }).meetingForm, "6");
});

test("times: end after start, start ahead, rebooking deadline before the start, real dates only", () => {
  assert.deepEqual(problems(summonsSchema(facts, now), { ...base, endTime: "09:00" }), { endTime: "errors.endBeforeStart" });
  assert.deepEqual(problems(summonsSchema(facts, now), { ...base, date: "2026-11-20" }), { date: "errors.inThePast" });
  assert.deepEqual(problems(summonsSchema(facts, now), { ...base, date: "2026-02-30" }), { date: "errors.impossibleTime" });
  assert.deepEqual(problems(summonsSchema(facts, now), { ...base, rebookingPossible: true }), { rebookingDeadlineDate: "summons.errors.rebookingDeadline" });
  assert.deepEqual(problems(summonsSchema(facts, now), { ...base, rebookingPossible: true, rebookingDeadlineDate: "2026-12-01", rebookingDeadlineTime: "11:00" }), {
    rebookingDeadlineDate: "summons.errors.rebookingDeadlineAfterStart",
  });
});

test("§ 20 nr. 12: a rebooking period typed is kept; left empty, it runs from today to the type's days after the meeting", () => {
  const rebookable = { ...base, rebookingPossible: true, rebookingDeadlineDate: "2026-11-30", rebookingDeadlineTime: "12:00" };
  assert.equal(facts.rebookingPeriodDays["7"], 21);
  assert.deepEqual(summonsSchema(facts, now).parse(rebookable).rebookingPeriod, { from: "2026-11-23", to: "2026-12-22" });
  assert.deepEqual(summonsSchema(facts, now).parse({ ...rebookable, meetingType: "9" }).rebookingPeriod, { from: "2026-11-23", to: "2026-12-15" });
  assert.deepEqual(summonsSchema(facts, now).parse({ ...rebookable, rebookingPeriodFrom: "2026-11-25", rebookingPeriodTo: "2026-12-05" }).rebookingPeriod, {
    from: "2026-11-25",
    to: "2026-12-05",
  });
  assert.equal(summonsSchema(facts, now).parse({ ...base, rebookingPeriodFrom: "2026-11-25", rebookingPeriodTo: "2026-12-05" }).rebookingPeriod, null, "no rebooking, no period");
  // The last day may be today; yesterday is over.
  assert.deepEqual(problems(summonsSchema(facts, now), { ...rebookable, rebookingPeriodFrom: "2026-11-20", rebookingPeriodTo: "2026-11-23" }), {});
  assert.deepEqual(problems(summonsSchema(facts, now), { ...rebookable, rebookingPeriodFrom: "2026-11-20", rebookingPeriodTo: "2026-11-22" }), {
    rebookingPeriodTo: "summons.errors.rebookingPeriodOver",
  });
  assert.deepEqual(problems(summonsSchema(facts, now), { ...rebookable, rebookingPeriodFrom: "2026-12-05", rebookingPeriodTo: "2026-12-04" }), {
    rebookingPeriodTo: "summons.errors.rebookingPeriodOrder",
  });
  assert.deepEqual(problems(summonsSchema(facts, now), { ...rebookable, rebookingPeriodFrom: "2026-12-05" }), { rebookingPeriodTo: "summons.errors.rebookingPeriodBoth" });
  assert.deepEqual(problems(summonsSchema(facts, now), { ...rebookable, rebookingPeriodFrom: "2026-02-30", rebookingPeriodTo: "2026-12-04" }), {
    rebookingPeriodFrom: "errors.impossibleDate",
  });
});

test("afbud: without a deadline until the meeting begins; a deadline typed lies before the meeting", () => {
  const cancellable = { ...base, cancellationPossible: true };
  assert.equal(summonsSchema(facts, now).parse(cancellable).cancellationDeadline, null);
  assert.equal(
    summonsSchema(facts, now).parse({ ...cancellable, cancellationDeadlineDate: "2026-11-30", cancellationDeadlineTime: "12:00" }).cancellationDeadline,
    "2026-11-30T11:00:00.000Z",
  );
  assert.deepEqual(problems(summonsSchema(facts, now), { ...cancellable, cancellationDeadlineDate: "2026-12-01", cancellationDeadlineTime: "10:00" }), {
    cancellationDeadlineDate: "summons.errors.cancellationDeadlineAfterStart",
  });
  assert.deepEqual(problems(summonsSchema(facts, now), { ...cancellable, cancellationDeadlineDate: "2026-11-30" }), {
    cancellationDeadlineDate: "summons.errors.cancellationDeadline",
  });
  assert.equal(summonsSchema(facts, now).parse({ ...base, cancellationDeadlineDate: "2026-11-30", cancellationDeadlineTime: "12:00" }).cancellationDeadline, null);
});

test("unknown codes and missing texts are refused", () => {
  assert.deepEqual(problems(summonsSchema(facts, now), { ...base, meetingType: "99", title: " " }), {
    meetingType: "summons.errors.meetingType",
    title: "summons.errors.title",
  });
});

test("a move needs a future period and a reason; a cancellation needs a reason", () => {
  assert.deepEqual(problems(moveSchema(now), { intent: "move", date: "2026-12-03", startTime: "09:00", endTime: "09:30" }), { reason: "move.errors.reason" });
  assert.deepEqual(moveSchema(now).parse({ intent: "move", date: "2026-12-03", startTime: "09:00", endTime: "09:30", reason: "Syg" }), {
    start: "2026-12-03T08:00:00.000Z",
    end: "2026-12-03T08:30:00.000Z",
    location: null,
    reason: "Syg",
  });
  assert.deepEqual(problems(cancelSchema, { intent: "cancel" }), { cancelReason: "cancel.errors.reason" });
});

const held = {
  heldOnDate: "2026-11-20",
  heldOnTime: "09:00",
  meetingType: "7",
  meetingForm: "personligt-fremmoede",
  furtherCourseAgreement: "Du søger tre stillinger om ugen",
  participants: [{ name: "Gitte Sagsbehandler", role: "anden-deltager", form: "personligt-fremmoede" }, undefined, {}],
};

test("§ 28 nr. 9: a visitation group only \"for personer i kontaktgruppe 2, 3 og 12\", and only \"en anden visitationsgruppe end den senest registrerede\"", () => {
  const withGroup = { ...held, newVisitationGroup: "jobparat" };
  const schema = (applies: boolean, current: string | null) => heldConversationSchema(facts, { contactGroup1: false, visitation: { applies, current }, now });
  assert.deepEqual(problems(schema(false, null), withGroup), { newVisitationGroup: "conversation.errors.visitationNotApplicable" });
  assert.deepEqual(problems(schema(true, "jobparat"), withGroup), { newVisitationGroup: "conversation.errors.visitationUnchanged" });
  assert.deepEqual(problems(schema(true, null), { ...held, newVisitationGroup: "ukendt" }), { newVisitationGroup: "conversation.errors.visitationGroup" });
  assert.equal(schema(true, "aktivitetsparat").parse(withGroup).newVisitationGroup, "jobparat");
  assert.equal(schema(false, null).parse(held).newVisitationGroup, null, "no group chosen is no change, wherever it applies");
});

test("a held jobsamtale needs the further-course agreement; blank participant rows are skipped", () => {
  const value = heldConversationSchema(facts, { contactGroup1: false, visitation: { applies: true, current: null }, now }).parse(held);
  assert.equal(value.heldOn, "2026-11-20T08:00:00.000Z");
  assert.deepEqual(value.participants, [{ name: "Gitte Sagsbehandler", role: "anden-deltager", form: "personligt-fremmoede" }]);
  assert.equal(value.cvNotAdequate, null);
  assert.deepEqual(problems(heldConversationSchema(facts, { contactGroup1: false, visitation: { applies: true, current: null }, now }), { ...held, furtherCourseAgreement: "" }), {
    furtherCourseAgreement: "conversation.errors.furtherCourseAgreement",
  });
});

test("other types take practical agreements and no binding agreement; flexjob and joint types need their items", () => {
  const schema = heldConversationSchema(facts, { contactGroup1: false, visitation: { applies: true, current: null }, now });
  assert.deepEqual(problems(schema, { ...held, meetingType: "10" }), {
    furtherCourseAgreement: "conversation.errors.noBindingAgreement",
  });
  // § 28 nr. 8 "Eventuelle praktiske aftaler om det videre forløb": there may be none.
  assert.equal(schema.parse({ ...held, meetingType: "10", furtherCourseAgreement: undefined }).practicalAgreements, null);
  assert.equal(schema.parse({ ...held, meetingType: "10", furtherCourseAgreement: undefined, practicalAgreements: "Send dit CV" }).practicalAgreements, "Send dit CV");
  assert.deepEqual(problems(schema, { ...held, meetingType: "fleksjobopfoelgningssamtale", furtherCourseAgreement: undefined, practicalAgreements: "x" }), {
    flexjobAgreement: "conversation.errors.flexjobAgreement",
  });
  assert.deepEqual(problems(schema, { ...held, flexjobAgreement: "x" }), { flexjobAgreement: "conversation.errors.flexjobOnly" });
  assert.deepEqual(problems(schema, { ...held, meetingType: "17" }), { aKasseParticipationStatus: "conversation.errors.aKasseParticipationStatus" });
});

test("a held conversation is in the past, has a whole participant row, and a known visitation group", () => {
  const schema = heldConversationSchema(facts, { contactGroup1: false, visitation: { applies: true, current: null }, now });
  assert.deepEqual(problems(schema, { ...held, heldOnDate: "2026-11-24" }), { heldOnDate: "conversation.errors.heldOnFuture" });
  assert.deepEqual(problems(schema, { ...held, participants: [{}, { name: "Lone", form: "telefonisk" }] }), {
    "participants.1.role": "conversation.errors.participantRole",
  });
  assert.deepEqual(problems(schema, { ...held, participants: [{}, {}] }), { "participants.0.name": "conversation.errors.noParticipants" });
  assert.deepEqual(problems(schema, { ...held, newVisitationGroup: "nope" }), { newVisitationGroup: "conversation.errors.visitationGroup" });
});

test("the CV flag is kept for contact group 1 only", () => {
  assert.equal(heldConversationSchema(facts, { contactGroup1: true, visitation: { applies: false, current: null }, now }).parse({ ...held, cvNotAdequate: true }).cvNotAdequate, true);
  assert.equal(heldConversationSchema(facts, { contactGroup1: true, visitation: { applies: false, current: null }, now }).parse(held).cvNotAdequate, false);
  assert.equal(heldConversationSchema(facts, { contactGroup1: false, visitation: { applies: true, current: null }, now }).parse({ ...held, cvNotAdequate: true }).cvNotAdequate, null);
});

test("a slot offer needs a period ahead and 1 to 500 places", () => {
  const slot = {
    meetingType: "7",
    meetingForm: "personligt-fremmoede",
    date: "2026-12-01",
    startTime: "09:00",
    endTime: "09:45",
    title: "Jobsamtale",
    description: "Vi taler om dine jobmål.",
    location: "Kultorvet 2",
    address: "Kultorvet 2, 1175 København K",
    contactOptions: "Ring på 33 66 33 66",
    caseworker: mette,
    capacity: 3,
  };
  assert.deepEqual(slotOfferSchema(facts, now).parse(slot).times, [{ start: "2026-12-01T08:00:00.000Z", end: "2026-12-01T08:45:00.000Z" }]);
  assert.equal(slotOfferSchema(facts, now).parse(slot).caseworkerId, mette);
  assert.deepEqual(problems(slotOfferSchema(facts, now), { ...slot, capacity: 0 }), { capacity: "slots.errors.capacity" });
  assert.deepEqual(problems(slotOfferSchema(facts, now), { ...slot, meetingForm: "6" }), { meetingForm: "summons.errors.formOnlyWithType" });
});

test("issue 15: a slot offer carries the § 20 items a meeting booked on it needs, with the summons' rules", () => {
  const bare = { meetingType: "10", meetingForm: "personligt-fremmoede", date: "2026-12-01", startTime: "09:00", endTime: "09:30", location: "Kultorvet 2", caseworker: mette, capacity: 1 };
  assert.deepEqual(Object.keys(problems(slotOfferSchema(facts, now), bare)).sort(), ["address", "contactOptions", "description", "title"]);
  const phone = { ...bare, meetingForm: "telefonisk", title: "CV-samtale", description: "Om dit CV", contactOptions: "Skriv på Jobnet" };
  assert.deepEqual(problems(slotOfferSchema(facts, now), phone), { phoneCaller: "summons.errors.phoneCaller" });
  const value = slotOfferSchema(facts, now).parse({ ...phone, phoneCaller: "citizen", phoneToCall: "33 66 33 66", address: "Gade 1", rebookingPossible: true });
  assert.deepEqual([value.title, value.description, value.phoneToCall, value.address, value.contactOptions, value.rebookingPossible], [
    "CV-samtale",
    "Om dit CV",
    "33 66 33 66",
    null,
    "Skriv på Jobnet",
    true,
  ]);
});

test("an empty summons lists every problem in one answer, the cross-field ones too", () => {
  assert.deepEqual(Object.keys(problems(summonsSchema(facts, now), { meetingForm: "personligt-fremmoede" })).sort(), [
    "address",
    "caseworker",
    "contactOptions",
    "date",
    "description",
    "endTime",
    "location",
    "meetingType",
    "title",
  ]);
});

test("one-line fields refuse a line break (an input never sends one); the description keeps its lines", () => {
  const summons = summonsSchema(facts, now);
  assert.deepEqual(problems(summons, { ...base, title: "Jobsamtale\r\nSet-Cookie: x=1", location: "Jobcenter\u2028København" }), {
    title: "errors.oneLine",
    location: "errors.oneLine",
  });
  assert.deepEqual(problems(summons, { ...base, description: "Om dine jobmål.\r\nTag dit CV med." }), {});
  assert.deepEqual(problems(slotOfferSchema(facts, now), { location: "Kultorvet\n2" })["location"], "errors.oneLine");
});

test("the issuer is no field (issue 13, item 2): the caseworker is one of the job centre's staff, by id; a name or job centre typed in is ignored", () => {
  const value = summonsSchema(facts, now).parse({ ...base, caseworker: mette, caseworkerName: "Henrik Jobkonsulent", jobCentre: "Jobcenter Aarhus" });
  assert.equal(value.caseworkerId, mette);
  assert.ok(!("caseworkerName" in value) && !("jobCentre" in value));
  assert.deepEqual(problems(summonsSchema(facts, now), { ...base, caseworker: "staff-henrik" }), { caseworker: "summons.errors.caseworker" });
  assert.deepEqual(
    problems(slotOfferSchema(facts, now), {
      meetingType: "7",
      meetingForm: "digitalt",
      date: "2026-12-01",
      startTime: "09:00",
      endTime: "09:30",
      title: "Jobsamtale",
      description: "Om dine jobmål",
      location: "Online",
      contactOptions: "Skriv på Jobnet",
      capacity: 1,
      caseworker: "",
    }),
    { caseworker: "slots.errors.caseworker" },
  );
  assert.ok(!("jobCentre" in heldConversationSchema(facts, { contactGroup1: false, visitation: { applies: true, current: null }, now }).parse({ ...held, jobCentre: "Jobcenter Aarhus" })));
});
