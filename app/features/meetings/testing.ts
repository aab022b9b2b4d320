import assert from "node:assert/strict";
import { eq } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { write, type Store } from "../../../db/client";
import { citizens, slotOffers } from "../../../db/schema";
import { registerHeldConversation, type HeldConversationInput } from "./conversations.server";
import { publishSlotOffer, type SlotOfferInput } from "./slots.server";
import { createSummons, type SummonsInput } from "./summons.server";
import type { CreateSummonsResult } from "./staff.server";

/**
 * Test support for the meeting features: citizens, summonses and slot offers in a real store.
 */

let cprCounter = 0;

/** A citizen with a made-up CPR, unique within the test run, living in København (101) unless told otherwise. */
export function addCitizen(store: Store, name = "Testperson", municipalityCode = "101"): string {
  const id = randomUUID();
  cprCounter++;
  const cpr = `0202${String(80 + (cprCounter % 20)).padStart(2, "0")}${String(2000 + cprCounter).slice(-4)}`;
  write(store, (tx) => tx.insert(citizens).values({ id, cpr, name, municipalityCode }).run());
  return id;
}

const hour = 3_600_000;

export function summonsInput(start: Date, overrides: Partial<SummonsInput> = {}): SummonsInput {
  return {
    start: start.toISOString(),
    end: new Date(start.getTime() + 0.75 * hour).toISOString(),
    meetingForm: "personligt-fremmoede",
    meetingType: "9",
    location: "Jobcenter København, Kultorvet 2",
    contactOptions: "Ring 33 17 33 17",
    address: "Kultorvet 2, 1175 København K",
    phoneToCall: null,
    title: "Informationsmøde",
    description: "Vi fortæller om dine muligheder.",
    caseworkerName: "Gitte Sagsbehandler",
    rebookingPossible: true,
    rebookingDeadline: new Date(start.getTime() - 24 * hour).toISOString(),
    aKasseParticipationStatus: null,
    jobCentre: "Jobcenter København",
    selfBooked: false,
    compulsory: true,
    cancellationPossible: false,
    cancellationDeadline: null,
    ...overrides,
  };
}

export function addSummons(store: Store, citizenId: string, start: Date, overrides: Partial<SummonsInput> = {}, now = new Date()): string {
  return write(store, (tx) => createSummons(tx, citizenId, summonsInput(start, overrides), { now }));
}

/** A slot offer published as staff would (with its report); `booked` then sets the places taken. */
export function addSlot(
  store: Store,
  start: Date,
  overrides: Partial<SlotOfferInput> & { booked?: number } = {},
): string {
  const { booked, ...input } = overrides;
  return write(store, (tx) => {
    const id = publishSlotOffer(
      tx,
      {
        jobCentre: "Jobcenter København",
        caseworkerName: "Gitte Sagsbehandler",
        meetingType: "9",
        meetingForm: "personligt-fremmoede",
        location: "Jobcenter København, Kultorvet 2",
        start: start.toISOString(),
        end: new Date(start.getTime() + 0.75 * hour).toISOString(),
        capacity: 1,
        ...input,
      },
      { now: new Date() },
    );
    if (booked) tx.update(slotOffers).set({ booked }).where(eq(slotOffers.id, id)).run();
    return id;
  });
}

/** The id of a summons staff created, failing the test when it was refused. */
export function createdId(result: CreateSummonsResult): string {
  assert.ok(result.ok, `the summons was refused: ${result.ok ? "" : result.reason}`);
  return result.id;
}

/** A held jobsamtale registered for the citizen (with its report), as staff would register it. */
export function addHeldConversation(store: Store, citizenId: string, overrides: Partial<HeldConversationInput> = {}, now = new Date()): string {
  const input: HeldConversationInput = {
    heldOn: "2026-11-20T09:00:00.000Z",
    meetingType: "7",
    meetingForm: "personligt-fremmoede",
    furtherCourseAgreement: "Du søger fem job om ugen.",
    flexjobAgreement: null,
    aKasseParticipationStatus: null,
    practicalAgreements: null,
    newVisitationGroup: null,
    participants: [],
    cvNotAdequate: null,
    jobCentre: "Jobcenter København",
    ...overrides,
  };
  return write(store, (tx) => registerHeldConversation(tx, citizenId, input, { now }));
}

/** A summons as staff fill in the form (for a meeting on 1 December 2026), before the schema's transforms. */
export const staffSummonsForm = {
  meetingType: "9",
  meetingForm: "personligt-fremmoede",
  date: "2026-12-01",
  startTime: "10:00",
  endTime: "10:45",
  title: "Jobsamtale",
  description: "Vi taler om dine jobmål.",
  location: "Jobcenter København, Kalvebod Brygge",
  address: "Kalvebod Brygge 43, 1560 København V",
  contactOptions: "Ring på 33 66 33 66",
  compulsory: true,
  rebookingPossible: true,
  rebookingDeadlineDate: "2026-11-30",
  rebookingDeadlineTime: "12:00",
};
