import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { eq } from "drizzle-orm";
import { write } from "../../../db/client";
import { citizens, outbox, slotOffers } from "../../../db/schema";
import { seedStore } from "../../../db/seed/index";
import { addCitizen } from "./testing";
import { freshPortalStore } from "~/foundation/testing/stub";
import { currentAgreementOf, conversationOf, conversationsOf, registerHeldConversation, type HeldConversationInput } from "./conversations.server";
import { upcomingSlotOffers } from "./slots.server";
import { applyFeedItem } from "~/foundation/registry.server";
import { syncRegistry } from "~/sync-registry.server";

let portal: ReturnType<typeof freshPortalStore>;
let anna: string;
let bo: string;
const now = new Date("2026-11-23T10:00:00Z");

const input: HeldConversationInput = {
  heldOn: "2026-11-20T09:00:00.000Z",
  meetingType: "7",
  meetingForm: "personligt-fremmoede",
  furtherCourseAgreement: "Søg fem job om ugen.",
  flexjobAgreement: null,
  aKasseParticipationStatus: null,
  practicalAgreements: null,
  newVisitationGroup: "jobparat",
  participants: [{ name: "Gitte", role: "anden-deltager", form: "personligt-fremmoede" }],
  cvNotAdequate: false,
  jobCentre: "Jobcenter København",
};

before(() => {
  portal = freshPortalStore();
  seedStore(portal.store, { now });
  const id = (cpr: string) => portal.store.select().from(citizens).where(eq(citizens.cpr, cpr)).get()!.id;
  anna = id("1504851234");
  bo = id("0307921235");
});
after(() => portal.remove());

test("a held conversation is stored with its report in one transaction, and only its citizen sees it", () => {
  const id = write(portal.store, (tx) => registerHeldConversation(tx, bo, input, { now }));
  const row = portal.store.select().from(outbox).where(eq(outbox.aggregateId, id)).get();
  assert.equal(row?.messageType, "heldConversation");
  assert.equal((row?.message.data as { cpr: string }).cpr, "0307921235");
  assert.deepEqual(conversationOf(bo, id, portal.store)?.participants, input.participants);
  assert.equal(conversationOf(bo, id, portal.store)?.awaitsReporting, true);
  assert.equal(conversationOf(anna, id, portal.store), null);
  assert.deepEqual(conversationsOf(bo, portal.store).map((c) => c.id), [id]);
});

test("a conversation that fails the contract is not stored either", () => {
  const before = conversationsOf(bo, portal.store).length;
  assert.throws(() => write(portal.store, (tx) => registerHeldConversation(tx, bo, { ...input, furtherCourseAgreement: "x".repeat(5001) }, { now })));
  assert.equal(conversationsOf(bo, portal.store).length, before);
});

test("a conversation from the feed lands with its citizen, and a repeat of the item changes nothing", () => {
  const item = {
    seq: 1,
    type: "heldConversation" as const,
    id: "6f1c2f4e-8d7a-4b0e-9a51-2f0f3c2d1e10",
    version: 1,
    deleted: false,
    data: { ...input, cpr: "1504851234", participants: [{ name: "A-kasse", role: "a-kassekonsulent", form: "telefonisk" }, { role: "x" }], forwardedToUnemploymentFundAt: "2026-11-20T10:00:00Z" },
  };
  write(portal.store, (tx) => applyFeedItem(tx, syncRegistry, item));
  write(portal.store, (tx) => applyFeedItem(tx, syncRegistry, item));
  const conversation = conversationOf(anna, item.id, portal.store);
  assert.equal(conversation?.participants.length, 1, "a participant without a name is dropped");
  assert.equal(conversation?.forwardedToFundAt, "2026-11-20T10:00:00Z");
  assert.equal(conversationsOf(anna, portal.store).filter((c) => c.id === item.id).length, 1);
});

test("the feed's count of booked places wins over the local one", () => {
  const slot = portal.store.select().from(slotOffers).limit(1).get()!;
  write(portal.store, (tx) =>
    applyFeedItem(tx, syncRegistry, { seq: 2, type: "slotOffer", id: slot.id, version: 3, deleted: false, data: { ...slot, booked: 2 } }),
  );
  assert.equal(portal.store.select().from(slotOffers).where(eq(slotOffers.id, slot.id)).get()?.booked, 2);
  const upcoming = upcomingSlotOffers({ jobCentre: "Jobcenter København", now }, portal.store);
  assert.ok(upcoming.length >= 15 && upcoming.every((s, i) => i === 0 || upcoming[i - 1]!.start <= s.start));
});

test("§ 28 nr. 5: the agreement in force is the latest job conversation's; a later conversation of another type does not replace it", () => {
  const citizen = addCitizen(portal.store);
  assert.equal(currentAgreementOf(citizen, portal.store), null, "none before the first");
  const register = (overrides: Partial<HeldConversationInput>) => write(portal.store, (tx) => registerHeldConversation(tx, citizen, { ...input, ...overrides }, { now }));
  register({ heldOn: "2026-10-01T09:00:00.000Z", furtherCourseAgreement: "Søg tre job om ugen." });
  const latest = register({ heldOn: "2026-11-01T09:00:00.000Z", furtherCourseAgreement: "Søg fem job om ugen.\nGå til jobmesse." });
  register({ heldOn: "2026-11-15T09:00:00.000Z", meetingType: "10", furtherCourseAgreement: null, practicalAgreements: "Send dit CV." });
  assert.deepEqual(currentAgreementOf(citizen, portal.store), { conversationId: latest, heldOn: "2026-11-01T09:00:00.000Z", text: "Søg fem job om ugen.\nGå til jobmesse." });
});
