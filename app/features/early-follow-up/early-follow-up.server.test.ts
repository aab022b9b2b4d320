import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { and, eq } from "drizzle-orm";
import { write } from "../../../db/client";
import { outbox } from "../../../db/schema";
import { freshPortalStore, testRefusal } from "~/foundation/testing/stub";
import { addCitizen } from "~/features/meetings/testing";
import { seedStore } from "../../../db/seed/index";
import { staffSessionFor } from "~/features/auth/testing";
import { earlyFollowUpOf, endEarlyFollowUpByStaff, markingOf, registerEarlyFollowUpByStaff, requestEarlyFollowUp } from "./early-follow-up.server";
import { undoRefusedChange } from "~/foundation/registry.server";
import { syncRegistry } from "~/sync-registry.server";

let portal: ReturnType<typeof freshPortalStore>;
const now = new Date("2026-11-23T23:30:00Z"); // 00:30 on 24 November in Denmark

before(() => {
  portal = freshPortalStore();
  seedStore(portal.store, { now });
});
after(() => portal.remove());

const reports = (citizenId: string) =>
  portal.store
    .select()
    .from(outbox)
    .where(and(eq(outbox.aggregateId, citizenId), eq(outbox.messageType, "personMarking")))
    .all();

test("the request is stored with the Danish date and reported once; asking twice changes nothing", () => {
  const citizen = addCitizen(portal.store);
  assert.equal(earlyFollowUpOf(citizen, portal.store), null);
  assert.deepEqual(requestEarlyFollowUp(citizen, { db: portal.store, now }), { requestedOn: "2026-11-24", alreadyRequested: false });
  assert.deepEqual(requestEarlyFollowUp(citizen, { db: portal.store, now: new Date("2026-12-01T10:00:00Z") }), {
    requestedOn: "2026-11-24",
    alreadyRequested: true,
  });
  assert.deepEqual(earlyFollowUpOf(citizen, portal.store), { requestedOn: "2026-11-24", registeredBy: null, endedOn: null, endedBy: null });
  const sent = reports(citizen);
  assert.equal(sent.length, 1);
  assert.equal((sent[0]!.message as { data: { marking: string } }).data.marking, "Tidlig opfølgning - fast track");
  assert.equal(sent[0]!.actorId, citizen);
});

test("a refused marking is removed, so the citizen can ask again", () => {
  const citizen = addCitizen(portal.store);
  requestEarlyFollowUp(citizen, { db: portal.store, now });
  const row = reports(citizen)[0]!;
  write(portal.store, (tx) => undoRefusedChange(tx, syncRegistry, { message: row.message, undo: row.undo, refusal: testRefusal }));
  assert.equal(earlyFollowUpOf(citizen, portal.store), null);
});

test("§ 28 stk. 3 \"registreres og indberettes\": a caseworker registers the marking and ends it; each is reported, and ended it can be asked for again", () => {
  const gitte = staffSessionFor(portal.store, "50001", now);
  const henrik = staffSessionFor(portal.store, "50002", now);
  const citizen = addCitizen(portal.store); // in København, Gitte's job centre
  assert.deepEqual(registerEarlyFollowUpByStaff(henrik, citizen, { db: portal.store, now }), { ok: false, reason: "not-found" });
  assert.deepEqual(endEarlyFollowUpByStaff(gitte, citizen, { db: portal.store, now }), { ok: false, reason: "not-marked" });
  assert.deepEqual(registerEarlyFollowUpByStaff(gitte, citizen, { db: portal.store, now }), { ok: true });
  assert.deepEqual(earlyFollowUpOf(citizen, portal.store), { requestedOn: "2026-11-24", registeredBy: "Gitte Sagsbehandler", endedOn: null, endedBy: null });
  assert.deepEqual(registerEarlyFollowUpByStaff(gitte, citizen, { db: portal.store, now }), { ok: false, reason: "already-marked" });

  const later = new Date("2026-12-20T10:00:00Z");
  assert.deepEqual(endEarlyFollowUpByStaff(gitte, citizen, { db: portal.store, now: later }), { ok: true });
  assert.equal(earlyFollowUpOf(citizen, portal.store), null);
  assert.deepEqual(markingOf(citizen, portal.store), { requestedOn: "2026-11-24", registeredBy: "Gitte Sagsbehandler", endedOn: "2026-12-20", endedBy: "Gitte Sagsbehandler" });
  const sent = reports(citizen).map((r) => (r.message as { data: { requestedOn: string; endedOn?: string } }).data);
  assert.deepEqual(sent.map((d) => [d.requestedOn, d.endedOn ?? null]), [["2026-11-24", null], ["2026-11-24", "2026-12-20"]]);
  assert.deepEqual(reports(citizen).map((r) => [r.actorAudience, r.actorId]), [["staff", gitte.subjectId], ["staff", gitte.subjectId]]);

  // The end refused: the marking stands again.
  const end = reports(citizen)[1]!;
  write(portal.store, (tx) => undoRefusedChange(tx, syncRegistry, { message: end.message, undo: end.undo, refusal: testRefusal }));
  assert.equal(earlyFollowUpOf(citizen, portal.store)?.requestedOn, "2026-11-24");

  // Ended, the citizen may ask again: a new marking from that day.
  endEarlyFollowUpByStaff(gitte, citizen, { db: portal.store, now: later });
  assert.deepEqual(requestEarlyFollowUp(citizen, { db: portal.store, now: new Date("2027-01-05T10:00:00Z") }), { requestedOn: "2027-01-05", alreadyRequested: false });
  const again = reports(citizen).at(-1)!;
  write(portal.store, (tx) => undoRefusedChange(tx, syncRegistry, { message: again.message, undo: again.undo, refusal: testRefusal }));
  assert.equal(markingOf(citizen, portal.store)?.endedOn, "2026-12-20", "refused, the ended marking is as it was");
});
