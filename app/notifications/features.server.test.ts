import assert from "node:assert/strict";
import { and, eq } from "drizzle-orm";
import { after, before, test } from "node:test";
import { write } from "../../db/client";
import { citizens, outbox, summonses } from "../../db/schema";
import { seedStore } from "../../db/seed/index";
import { freshPortalStore, testRefusal } from "~/foundation/testing/stub";
import { undoRefusedChange } from "~/foundation/registry.server";
import { staffSessionFor } from "~/features/auth/testing";
import { rebook, rebookingOptions } from "~/features/meetings/rebooking.server";
import { staffFormFacts } from "~/features/meetings/staff-form-options.server";
import { summonsChangeSchema, summonsSchema } from "~/features/meetings/staff-schemas";
import { cancelSummons, createSummonsByStaff, moveSummons } from "~/features/meetings/staff.server";
import { summonsChangeDefaults, summonsForStaff } from "~/features/meetings/staff-views.server";
import { changeSummons } from "~/features/meetings/summons-change.server";
import { createdId } from "~/features/meetings/testing";
import { syncRegistry } from "~/sync-registry.server";
import { outboxRows } from "./testing";

/**
 * The features write their notifications in their own transactions (one `notify` each): what a
 * citizen does and what staff do to a citizen's meetings, in the citizen's language, to the
 * address and number from their registration.
 */

let portal: ReturnType<typeof freshPortalStore>;
const now = new Date("2026-11-23T10:00:00Z");
let anna: string;
let bo: string;

before(() => {
  portal = freshPortalStore();
  seedStore(portal.store, { now });
  const byCpr = (cpr: string) => portal.store.select().from(citizens).where(eq(citizens.cpr, cpr)).get()!.id;
  anna = byCpr("1504851234");
  bo = byCpr("0307921235");
});
after(() => portal.remove());

const since = (citizenId: string, seq: number) => outboxRows(portal.store, citizenId).filter((r) => r.seq > seq);
const lastSeq = (citizenId: string) => outboxRows(portal.store, citizenId).at(-1)?.seq ?? 0;

test("a rebooking writes the receipt (e-mail with .ics, and SMS) in the language it was made in, and remembers it", () => {
  const before = lastSeq(anna);
  const summons = portal.store
    .select()
    .from(summonses)
    .where(and(eq(summonses.citizenId, anna), eq(summonses.rebookingPossible, true)))
    .all()
    .find((s) => rebookingOptions(anna, s.id, { db: portal.store, now }).refusal === null)!;
  const slot = rebookingOptions(anna, summons.id, { db: portal.store, now }).slots[0]!;
  assert.deepEqual(rebook(anna, summons.id, slot.id, { db: portal.store, now, language: "en" }), { ok: true });
  assert.equal(portal.store.select().from(citizens).where(eq(citizens.id, anna)).get()!.language, "en");
  const rows = since(anna, before);
  assert.deepEqual(rows.map((r) => [r.kind, r.channel, r.recipient, r.language]), [
    ["rebooking", "email", "anna.jensen@example.dk", "en"],
    ["rebooking", "sms", "+4512345678", "en"],
  ]);
  const email = rows[0]!.payload;
  assert.ok(email.channel === "email");
  assert.equal(email.subject, "You have moved your meeting");
  assert.match(email.attachments[0]!.content, new RegExp(`UID:${summons.id}@jobportalen`));
  assert.doesNotMatch(JSON.stringify(rows.map((r) => r.payload)), /1504851234|150485-1234/);

  // The foundation refuses it: the meeting goes back, and the citizen hears so by e-mail, still in English.
  const report = portal.store
    .select()
    .from(outbox)
    .where(and(eq(outbox.aggregateId, summons.id), eq(outbox.messageType, "rebooking")))
    .get()!;
  const seq = lastSeq(anna);
  write(portal.store, (tx) => undoRefusedChange(tx, syncRegistry, { message: report.message, undo: report.undo, refusal: testRefusal }));
  const refused = since(anna, seq);
  assert.deepEqual(refused.map((r) => [r.kind, r.channel]), [["rebooking.refused", "email"]]);
  assert.ok(refused[0]!.payload.channel === "email" && refused[0]!.payload.subject === "Your meeting could not be moved");
});

test("staff summon, change, move and cancel: an e-mail each, none for a citizen who gave no address", () => {
  const gitte = staffSessionFor(portal.store, "50001", now);
  const facts = staffFormFacts(gitte, portal.store);
  const form = {
    meetingType: "9",
    meetingForm: "personligt-fremmoede",
    date: "2026-12-01",
    startTime: "10:00",
    endTime: "10:45",
    title: "Informationsmøde",
    description: "Vi fortæller om dine muligheder.",
    location: "Jobcenter København, Kalvebod Brygge",
    address: "Kalvebod Brygge 43, 1560 København V",
    contactOptions: "Ring på 33 66 33 66",
    compulsory: true,
    rebookingPossible: false,
    caseworker: gitte.subjectId,
  };
  const before = lastSeq(anna);
  const id = createdId(createSummonsByStaff(gitte, anna, summonsSchema(facts, now).parse(form), { now, db: portal.store }));
  const summons = summonsForStaff(gitte, anna, id, portal.store)!;
  const defaults = summonsChangeDefaults(gitte, summons, portal.store);
  const change = summonsChangeSchema(facts, summons, now).parse({
    ...defaults,
    compulsory: defaults.compulsory === "on",
    rebookingPossible: defaults.rebookingPossible === "on",
    cancellationPossible: defaults.cancellationPossible === "on",
    location: "Jobcenter København, Nørrebro",
    changeReason: "Vi holder mødet på Nørrebro.",
  });
  assert.deepEqual(changeSummons(gitte, anna, id, change, { now, db: portal.store }), { ok: true });
  const move = { start: "2026-12-02T13:00:00.000Z", end: "2026-12-02T13:45:00.000Z", location: null, reason: "Sagsbehandleren er syg" };
  assert.deepEqual(moveSummons(gitte, anna, id, move, { now, db: portal.store }), { ok: true });
  assert.deepEqual(cancelSummons(gitte, anna, id, "Mødet er ikke længere nødvendigt", { now, db: portal.store }), { ok: true });
  const rows = since(anna, before);
  assert.deepEqual(rows.map((r) => [r.kind, r.channel, r.summonsId]), [
    ["summons.created", "email", id],
    ["summons.changed", "email", id],
    ["summons.moved", "email", id],
    ["summons.cancelled", "email", id],
  ]);
  const text = rows.map((r) => (r.payload.channel === "email" ? r.payload.text : "")).join("\n");
  // What happened and where, never why: the reasons are behind login.
  assert.match(text, /Jobcenter København, Nørrebro/);
  assert.doesNotMatch(text, /syg|ikke længere nødvendigt|Vi holder mødet/);
  const cancelled = rows[3]!.payload;
  assert.ok(cancelled.channel === "email" && /STATUS:CANCELLED/.test(cancelled.attachments[0]!.content));

  // Bo is not registered: no address, no number, nothing written.
  createdId(createSummonsByStaff(gitte, bo, summonsSchema(facts, now).parse(form), { now, db: portal.store }));
  assert.equal(outboxRows(portal.store, bo).length, 0);
});
