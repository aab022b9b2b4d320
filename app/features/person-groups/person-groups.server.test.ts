import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { and, eq } from "drizzle-orm";
import { write } from "../../../db/client";
import { citizens, outbox } from "../../../db/schema";
import { seedStore } from "../../../db/seed/index";
import { freshPortalStore, testRefusal } from "~/foundation/testing/stub";
import { undoRefusedChange } from "~/foundation/registry.server";
import type { PortalSession } from "~/features/auth/session.server";
import { staffSessionFor } from "~/features/auth/testing";
import { addHeldConversation } from "~/features/meetings/testing";
import { syncRegistry } from "~/sync-registry.server";
import {
  applyContactGroupFromFeed,
  contactGroupHistoryOf,
  conversationPersonFacts,
  currentContactGroupOf,
  registerContactGroupByStaff,
  visitationHistoryOf,
} from "./person-groups.server";

let portal: ReturnType<typeof freshPortalStore>;
let gitte: PortalSession;
let henrik: PortalSession;
let anna: string;
let bo: string;
const now = new Date("2026-11-23T10:00:00Z");

before(() => {
  portal = freshPortalStore();
  seedStore(portal.store, { now });
  gitte = staffSessionFor(portal.store, "50001", now);
  henrik = staffSessionFor(portal.store, "50002", now);
  const id = (cpr: string) => portal.store.select().from(citizens).where(eq(citizens.cpr, cpr)).get()!.id;
  anna = id("1504851234");
  bo = id("0307921235");
});
after(() => portal.remove());

const report = (citizenId: string) =>
  portal.store
    .select()
    .from(outbox)
    .where(and(eq(outbox.aggregateId, citizenId), eq(outbox.messageType, "contactGroup")))
    .all()
    .at(-1);

test("a registration for dagpenge implies contact group 1 until the job centre registers one", () => {
  assert.deepEqual(currentContactGroupOf(anna, portal.store)?.contactGroup, "1");
  assert.equal(currentContactGroupOf(anna, portal.store)?.implied, true);
  assert.equal(conversationPersonFacts(anna, portal.store).contactGroup1, true);
  assert.equal(conversationPersonFacts(anna, portal.store).visitation.applies, false, "§ 28 nr. 9 is not for contact group 1");
});

test("staff register a contact group from today; it is reported, kept in the history, refused twice, and undone when the foundation refuses", () => {
  assert.deepEqual(registerContactGroupByStaff(henrik, bo, "2", { now, db: portal.store }), { ok: false, reason: "not-found" }, "another job centre's citizen");
  assert.deepEqual(registerContactGroupByStaff(gitte, bo, "2", { now, db: portal.store }), { ok: true });
  assert.deepEqual(currentContactGroupOf(bo, portal.store), { contactGroup: "2", effectiveFrom: "2026-11-23", registeredBy: "Gitte Sagsbehandler", implied: false });
  const sent = report(bo)!;
  assert.deepEqual((sent.message as { data: unknown }).data, { cpr: "0307921235", contactGroup: "2", effectiveFrom: "2026-11-23" });
  assert.deepEqual(registerContactGroupByStaff(gitte, bo, "2", { now, db: portal.store }), { ok: false, reason: "unchanged" });
  assert.equal(conversationPersonFacts(bo, portal.store).visitation.applies, true, "contact group 2 registers a visitation group");

  const later = new Date("2026-11-25T10:00:00Z");
  assert.deepEqual(registerContactGroupByStaff(gitte, bo, "3", { now: later, db: portal.store }), { ok: true });
  assert.deepEqual(contactGroupHistoryOf(bo, portal.store).map((g) => [g.contactGroup, g.effectiveFrom]), [["3", "2026-11-25"], ["2", "2026-11-23"]]);
  const refused = report(bo)!;
  write(portal.store, (tx) => undoRefusedChange(tx, syncRegistry, { message: refused.message, undo: refused.undo, refusal: testRefusal }));
  assert.equal(currentContactGroupOf(bo, portal.store)?.contactGroup, "2");
});

test("§ 28 nr. 9 and stk. 2: a held conversation's visitation group is kept per person with effect from the day of registration", () => {
  const registeredOn = new Date("2026-11-26T08:00:00Z");
  const conversation = addHeldConversation(portal.store, bo, { heldOn: "2026-11-20T09:00:00.000Z", newVisitationGroup: "aktivitetsparat" }, registeredOn);
  addHeldConversation(portal.store, bo, { newVisitationGroup: null }, new Date("2026-11-27T08:00:00Z"));
  assert.deepEqual(visitationHistoryOf(bo, portal.store)[0], { visitationGroup: "aktivitetsparat", effectiveFrom: "2026-11-26", heldConversationId: conversation });
  assert.equal(conversationPersonFacts(bo, portal.store).visitation.current, "aktivitetsparat");
});

test("a contact group registered elsewhere arrives with the citizen's state, once", () => {
  const item = { seq: 1, type: "citizen" as const, id: anna, version: 9, deleted: false, data: { contactGroup: { group: "6", effectiveFrom: "2026-11-24" } } };
  write(portal.store, (tx) => applyContactGroupFromFeed(tx, item, now));
  write(portal.store, (tx) => applyContactGroupFromFeed(tx, item, now));
  assert.deepEqual(contactGroupHistoryOf(anna, portal.store), [{ contactGroup: "6", effectiveFrom: "2026-11-24", registeredBy: null }]);
});
