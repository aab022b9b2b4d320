import assert from "node:assert/strict";
import { after, before, beforeEach, test } from "node:test";
import { and, eq } from "drizzle-orm";
import { write } from "../../../db/client";
import { citizens, outbox, staffUsers, summonses } from "../../../db/schema";
import { seedStore } from "../../../db/seed/index";
import type { FeedState, Message } from "~/foundation/contract";
import { freshPortalStore, testRefusal } from "~/foundation/testing/stub";
import { undoRefusedChange } from "~/foundation/registry.server";
import { accessesTo } from "~/features/access-log/access-log.server";
import type { PortalSession } from "~/features/auth/session.server";
import { staffSessionFor } from "~/features/auth/testing";
import { syncRegistry } from "~/sync-registry.server";
import { summonsChangeSchema, summonsSchema } from "./staff-schemas";
import { staffFormFacts } from "./staff-form-options.server";
import { createSummonsByStaff, moveSummons } from "./staff.server";
import { summonsChangeDefaults, summonsForStaff } from "./staff-views.server";
import { changeSummons } from "./summons-change.server";
import { createdId, staffSummonsForm } from "./testing";
import { applySummonsFeedItem, meetingOf } from "./summons.server";

/**
 * Seed 000 § 20 stk. 3: "Indkaldelsen … skal … opdateres, hvis mødet flyttes eller på anden måde
 * ændres." Staff change the items of a summons; the change is stored, reported with the items it
 * touched and its reason, shown to the citizen, and undone when the foundation refuses it.
 */

let portal: ReturnType<typeof freshPortalStore>;
let bo: string;
let gitte: PortalSession;
let henrik: PortalSession;
const now = new Date("2026-11-23T10:00:00Z");

before(() => {
  portal = freshPortalStore();
  seedStore(portal.store, { now });
  gitte = staffSessionFor(portal.store, "50001", now);
  henrik = staffSessionFor(portal.store, "50002", now);
  bo = portal.store.select().from(citizens).where(eq(citizens.cpr, "0307921235")).get()!.id;
});
after(() => portal.remove());
beforeEach(() => write(portal.store, (tx) => tx.delete(outbox).run()));

const mette = () => portal.store.select().from(staffUsers).where(eq(staffUsers.rid, "50003")).get()!;

const summonsForm = staffSummonsForm;

function create(): string {
  const value = summonsSchema(staffFormFacts(gitte, portal.store), now).parse({ ...summonsForm, caseworker: gitte.subjectId });
  return createdId(createSummonsByStaff(gitte, bo, value, { now, db: portal.store }));
}

const row = (id: string) => portal.store.select().from(summonses).where(eq(summonses.id, id)).get()!;
const reportOf = (id: string) =>
  portal.store
    .select()
    .from(outbox)
    .where(and(eq(outbox.aggregateId, id), eq(outbox.messageType, "summons.change")))
    .get();

/** The change form as it opens (the summons' own items), with what staff type over it. */
function changeForm(id: string, typed: Record<string, unknown>, options: { now?: Date } = {}) {
  const summons = summonsForStaff(gitte, bo, id, portal.store)!;
  const defaults = summonsChangeDefaults(gitte, summons, portal.store);
  const form = { ...defaults, compulsory: defaults.compulsory === "on", rebookingPossible: defaults.rebookingPossible === "on", cancellationPossible: defaults.cancellationPossible === "on", ...typed };
  return summonsChangeSchema(staffFormFacts(gitte, portal.store), summons, options.now ?? now).safeParse(form);
}

test("the change form opens with the summons' items as they stand, and saving it unchanged changes nothing", () => {
  const id = create();
  const parsed = changeForm(id, { changeReason: "Intet" });
  assert.ok(parsed.success);
  assert.deepEqual(changeSummons(gitte, bo, id, parsed.data, { now, db: portal.store }), { ok: false, reason: "unchanged" });
  assert.equal(reportOf(id), undefined);
  assert.equal(row(id).changedAt, null);
});

test("§ 20 stk. 3: a change stores and reports only the items that differ, with its reason; the citizen reads which and why", () => {
  const id = create();
  const logged = accessesTo(bo, portal.store).filter((a) => a.action === "change").length;
  const later = new Date("2026-11-24T09:00:00Z");
  const parsed = changeForm(id, {
    location: "Jobcenter København, Nørrebro",
    address: "Nørrebrogade 1, 2200 København N",
    caseworker: mette().id,
    changeReason: "Mødet holdes i vores afdeling på Nørrebro.",
  });
  assert.ok(parsed.success);
  assert.deepEqual(changeSummons(gitte, bo, id, parsed.data, { now: later, db: portal.store }), { ok: true });

  const changed = row(id);
  assert.deepEqual(
    [changed.location, changed.address, changed.caseworkerName, changed.title, changed.start, changed.status],
    ["Jobcenter København, Nørrebro", "Nørrebrogade 1, 2200 København N", "Mette Mødeplanlægger", "Jobsamtale", "2026-12-01T09:00:00.000Z", "planned"],
  );
  assert.deepEqual([changed.changedItems, changed.changeReason, changed.changedAt], [["location", "address", "caseworkerName"], "Mødet holdes i vores afdeling på Nørrebro.", later.toISOString()]);

  const report = reportOf(id)!;
  const message = report.message as unknown as Message & { type: "summons.change" };
  assert.deepEqual(message.data, {
    summonsId: id,
    changes: { location: "Jobcenter København, Nørrebro", address: "Nørrebrogade 1, 2200 København N", caseworkerName: "Mette Mødeplanlægger" },
    reason: "Mødet holdes i vores afdeling på Nørrebro.",
  });
  assert.deepEqual([report.actorAudience, report.actorId], ["staff", gitte.subjectId]);
  assert.equal(accessesTo(bo, portal.store).filter((a) => a.action === "change").length, logged + 1, "the change is in the citizen's access log");

  const seen = meetingOf(bo, id, portal.store)!;
  assert.deepEqual([seen.changedItems, seen.changeReason], [["location", "address", "caseworkerName"], "Mødet holdes i vores afdeling på Nørrebro."]);
});

test("switching rebooking off drops its deadline and period with it; switching cancellation on reports it", () => {
  const id = create();
  const parsed = changeForm(id, { rebookingPossible: false, cancellationPossible: true, changeReason: "Mødet kan ikke flyttes, men du kan melde afbud." });
  assert.ok(parsed.success);
  assert.deepEqual(changeSummons(gitte, bo, id, parsed.data, { now, db: portal.store }), { ok: true });
  const changed = row(id);
  assert.deepEqual([changed.rebookingPossible, changed.rebookingDeadline, changed.rebookingPeriodFrom, changed.cancellationPossible], [false, null, null, true]);
  assert.deepEqual(changed.changedItems, ["rebookingPossible", "rebookingDeadline", "rebookingPeriod", "cancellationPossible"]);
});

test("the change is checked like the summons: a deadline after the meeting, an address missing, no reason", () => {
  const id = create();
  const parsed = changeForm(id, { address: "", rebookingDeadlineDate: "2026-12-02", changeReason: "" });
  assert.ok(!parsed.success);
  const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).sort();
  assert.deepEqual(problems, ["address: summons.errors.address", "changeReason: change.errors.reason", "rebookingDeadlineDate: summons.errors.rebookingDeadlineAfterStart"]);
});

test("a summons cancelled or over is not changed, and another job centre's answers not found", () => {
  const id = create();
  const parsed = changeForm(id, { title: "Ny titel", changeReason: "x" });
  assert.ok(parsed.success);
  assert.deepEqual(changeSummons(gitte, bo, id, parsed.data, { now: new Date("2026-12-02T00:00:00Z"), db: portal.store }), { ok: false, reason: "past" });
  assert.deepEqual(changeSummons(henrik, bo, id, parsed.data, { now, db: portal.store }), { ok: false, reason: "not-found" });
  assert.equal(row(id).title, "Jobsamtale");
});

test("refused by the foundation, the summons gets its items back; changed again since, the later change stands", () => {
  const id = create();
  const first = changeForm(id, { title: "Samtale om dit CV", changeReason: "Vi taler om dit CV." });
  assert.ok(first.success);
  changeSummons(gitte, bo, id, first.data, { now, db: portal.store });
  const report = reportOf(id)!;
  write(portal.store, (tx) => undoRefusedChange(tx, syncRegistry, { message: report.message, undo: report.undo, refusal: testRefusal }));
  assert.deepEqual([row(id).title, row(id).changedItems, row(id).changeReason], ["Jobsamtale", null, null]);

  changeSummons(gitte, bo, id, first.data, { now, db: portal.store });
  const again = reportOf(id)!;
  const second = changeForm(id, { title: "Samtale om job", changeReason: "Vi taler om job." });
  assert.ok(second.success);
  changeSummons(gitte, bo, id, second.data, { now, db: portal.store });
  write(portal.store, (tx) => undoRefusedChange(tx, syncRegistry, { message: again.message, undo: again.undo, refusal: testRefusal }));
  assert.equal(row(id).title, "Samtale om job");
});

test("a move keeps the change's record, and a change made elsewhere arrives through the feed", () => {
  const id = create();
  moveSummons(gitte, bo, id, { start: "2026-12-02T09:00:00.000Z", end: "2026-12-02T09:45:00.000Z", location: null, reason: "Sygdom" }, { now, db: portal.store });
  const feedState = { ...meetingOf(bo, id, portal.store)!, cpr: "0307921235" };
  write(portal.store, (tx) =>
    applySummonsFeedItem(tx, {
      seq: 1,
      type: "summons",
      id,
      version: 3,
      deleted: false,
      data: {
        ...(feedState as unknown as FeedState<"summons">),
        rebookingPeriod: null,
        previous: { start: "2026-12-01T09:00:00.000Z", end: "2026-12-01T09:45:00.000Z" },
        description: "Tag dit CV med.",
        lastChange: { items: ["description"], reason: "Ændret i planlægningssystemet", at: "2026-11-24T08:00:00.000Z" },
      },
    }),
  );
  const stored = row(id);
  assert.deepEqual([stored.description, stored.changedItems, stored.changeReason, stored.changedAt], ["Tag dit CV med.", ["description"], "Ændret i planlægningssystemet", "2026-11-24T08:00:00.000Z"]);
  assert.equal(stored.previousStart, "2026-12-01T09:00:00.000Z");
});
