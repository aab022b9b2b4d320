/**
 * The feed's state schemas accept every state the foundation stub's reducers build, so no real
 * item is skipped; a state without a field the portal needs does not fit.
 */
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { test } from "node:test";
import { bookSlot, reduce, type State } from "../../stubs/foundation/aggregates";
import { parseFeedItem, parseMessage, type AggregateType, type Message } from "./contract";

const at = "2026-11-20T10:00:00.000Z";
const later = "2026-11-27T09:00:00+01:00";
const laterEnd = "2026-11-27T09:30:00+01:00";
const cpr = "0101901000";

function message(type: string, aggregateType: AggregateType, aggregateId: string, data: Record<string, unknown>): Message {
  return parseMessage({ type, aggregateType, aggregateId, expectedVersion: 0, occurredAt: at, data });
}

/** The states of one aggregate after each message in turn, as the stub keeps them. */
function states(messages: Message[], slot: State | null = null): State[] {
  let state: State | null = null;
  return messages.map((m) => (state = reduce(state, m, slot ? { version: 1, state: slot } : null)));
}

function fits<A extends AggregateType>(type: A, id: string, data: State) {
  const parsed = parseFeedItem({ seq: 1, type, id, version: 1, deleted: false, data });
  assert.ok(parsed.ok, `${type} state fits: ${parsed.ok ? "" : parsed.issues.join(", ")}`);
  return parsed.item;
}

const summonsId = randomUUID();
const slotOfferId = randomUUID();
const slotOffer = {
  slotOfferId,
  jobCentre: "Jobcenter Aarhus",
  caseworkerName: "Karin Sagsbehandler",
  meetingType: "jobsamtale",
  meetingForm: "fremmoede",
  location: "Lokale 2",
  start: later,
  end: laterEnd,
  capacity: 2,
};
const summons = {
  summonsId,
  cpr,
  start: later,
  end: laterEnd,
  meetingForm: "fremmoede",
  meetingType: "jobsamtale",
  location: "Jobcenter Aarhus",
  contactOptions: "Ring 12345678",
  address: null,
  phoneToCall: null,
  title: "Jobsamtale",
  description: "",
  caseworkerName: "Karin Sagsbehandler",
  rebookingPossible: true,
  rebookingDeadline: null,
  aKasseParticipationStatus: null,
  jobCentre: "Jobcenter Aarhus",
  selfBooked: false,
  compulsory: true,
  cancellationPossible: false,
  cancellationDeadline: null,
};

test("a summons' states fit: created, moved (with the time before), rebooked, cancelled, forwarded", () => {
  const all = states([
    message("summons.create", "summons", summonsId, summons),
    message("summons.move", "summons", summonsId, { summonsId, start: later, end: laterEnd, reason: "Sygdom" }),
    message("rebooking", "summons", summonsId, { summonsId, slotOfferId, start: later, end: laterEnd }),
    message("summons.cancel", "summons", summonsId, { summonsId, reason: null }),
  ]);
  for (const state of all) fits("summons", summonsId, { ...state, forwardedToUnemploymentFundAt: at });
  const moved = fits("summons", summonsId, all[1]!);
  assert.equal(moved.data.status, "moved");
  assert.deepEqual(moved.data.previous, { start: later, end: laterEnd });
});

test("a self-booked summons fits though it carries only the booking and the offer's fields", () => {
  const [booked] = states([message("selfBooking", "summons", summonsId, { summonsId, slotOfferId, cpr, start: later, end: laterEnd, meetingType: "jobsamtale" })], slotOffer);
  const item = fits("summons", summonsId, booked!);
  assert.equal(item.data.title, "");
  assert.equal(item.data.compulsory, true);
  assert.equal(item.data.rebookingPossible, false);
});

test("slot offers, held conversations, job orders, placements and citizens fit", () => {
  const [offer] = states([message("slotOffer", "slotOffer", slotOfferId, slotOffer)]);
  assert.equal(fits("slotOffer", slotOfferId, bookSlot(offer!, 1)).data.booked, 1);

  const conversationId = randomUUID();
  const conversation = {
    conversationId,
    cpr,
    heldOn: at,
    meetingType: "jobsamtale",
    meetingForm: "fremmoede",
    furtherCourseAgreement: null,
    flexjobAgreement: null,
    aKasseParticipationStatus: null,
    practicalAgreements: null,
    newVisitationGroup: null,
    participants: [{ name: "A-kasse", role: "a-kassekonsulent", form: "telefonisk" }],
    cvNotAdequate: null,
    jobCentre: "Jobcenter Aarhus",
  };
  for (const state of states([message("heldConversation", "heldConversation", conversationId, conversation)])) fits("heldConversation", conversationId, state);

  const jobOrderId = randomUUID();
  const order = {
    jobOrderId,
    cvr: "12345678",
    pNumber: null,
    employerName: "Lager A/S",
    title: "Lagermedarbejder",
    occupation: "9333",
    description: "Pakning af varer.",
    internalComment: null,
    jobOrderType: "ordinaer",
    workingTime: "fuldtid",
    weeklyHours: 37,
    positions: 2,
    startDate: null,
    applicationDeadline: "2026-12-31",
    workplaceAddress: "Lagervej 1",
    postcode: "8000",
    municipalityCode: null,
    contactPerson: { name: "Lis Leder", phone: null, email: null },
    origin: "arbejdsgiver-jobag",
    status: "under-behandling",
  };
  const orderStates = states([
    message("jobOrder", "jobOrder", jobOrderId, order),
    message("jobOrderStatus", "jobOrder", jobOrderId, { jobOrderId, status: "afsluttet-behov-daekket", comment: "Besat" }),
  ]);
  assert.equal(fits("jobOrder", jobOrderId, orderStates[1]!).data.statusComment, "Besat");

  const placementId = randomUUID();
  for (const state of states([
    message("placement", "placement", placementId, { placementId, jobOrderId, cpr, status: "henvist", comment: null, registeredBy: "Jobcenter Aarhus" }),
    message("placementStatus", "placement", placementId, { placementId, status: "ansat", comment: null }),
  ]))
    fits("placement", placementId, state);

  const citizenId = randomUUID();
  const consent = { given: true, on: "2026-11-20" };
  for (const state of states([message("consent", "citizen", citizenId, { cpr, fetch: consent, share: consent })])) {
    assert.deepEqual(fits("citizen", citizenId, state).data.consents, { fetch: consent, share: consent });
  }
});

test("a state without a field the portal needs does not fit, and the problem names the field, not its value", () => {
  const { start: _start, ...withoutStart } = summons;
  const parsed = parseFeedItem({ seq: 7, type: "summons", id: summonsId, version: 1, deleted: false, data: { ...withoutStart, status: "planned" } });
  assert.equal(parsed.ok, false);
  assert.ok(!parsed.ok && parsed.issues.some((issue) => issue.startsWith("start:")));
  const citizen = parseFeedItem({ seq: 8, type: "citizen", id: randomUUID(), version: 1, deleted: false, data: { cpr, municipalityCode: "Aarhus" } });
  assert.ok(!citizen.ok && !citizen.issues.join().includes("Aarhus") && !citizen.issues.join().includes(cpr));
});
