import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { and, eq } from "drizzle-orm";
import { write } from "../../../db/client";
import { outbox } from "../../../db/schema";
import { freshPortalStore, testRefusal } from "~/foundation/testing/stub";
import { addCitizen } from "~/features/meetings/testing";
import { earlyFollowUpOf, requestEarlyFollowUp } from "./early-follow-up.server";
import { undoRefusedChange } from "~/foundation/registry.server";
import { syncRegistry } from "~/sync-registry.server";

let portal: ReturnType<typeof freshPortalStore>;
const now = new Date("2026-11-23T23:30:00Z"); // 00:30 on 24 November in Denmark

before(() => {
  portal = freshPortalStore();
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
  assert.deepEqual(earlyFollowUpOf(citizen, portal.store), { requestedOn: "2026-11-24" });
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
