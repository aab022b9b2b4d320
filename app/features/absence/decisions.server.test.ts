import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { eq } from "drizzle-orm";
import { citizens, outbox } from "../../../db/schema";
import { write } from "../../../db/client";
import { seedStore } from "../../../db/seed/index";
import { freshPortalStore, testRefusal } from "~/foundation/testing/stub";
import { undoRefusedChange } from "~/foundation/registry.server";
import { staffSessionFor } from "~/features/auth/testing";
import type { PortalSession } from "~/features/auth/session.server";
import { syncRegistry } from "~/sync-registry.server";
import { addDays } from "~/utils/dates";
import { absenceOf, reportAbsence, withdrawAbsence } from "./absence.server";
import { decideHoliday } from "./decisions.server";
import { holidayDecisionSchema } from "./schemas";

/**
 * Seed 002 § 4 stk. 3: "skal staten og kommunen i jobcenteret registrere midlertidige forhold".
 * A holiday reported less than 14 days ahead awaits the job centre's decision; staff make it.
 */

let portal: ReturnType<typeof freshPortalStore>;
let anna: string;
let gitte: PortalSession;
let henrik: PortalSession;
const now = new Date("2026-11-23T10:00:00Z");

before(() => {
  portal = freshPortalStore();
  seedStore(portal.store, { now });
  anna = portal.store.select().from(citizens).where(eq(citizens.cpr, "1504851234")).get()!.id;
  gitte = staffSessionFor(portal.store, "50001", now);
  henrik = staffSessionFor(portal.store, "50002", now);
});
after(() => portal.remove());

function lateHoliday(startInDays: number): string {
  const result = reportAbsence(anna, { absenceType: "10", startDate: addDays("2026-11-23", startInDays), endDate: addDays("2026-11-23", startInDays + 2) }, { db: portal.store, now });
  assert.ok(result.ok && result.value.awaitsJobCentreDecision);
  return result.value.id;
}
const lastReport = () =>
  portal.store
    .select()
    .from(outbox)
    .where(eq(outbox.messageType, "absenceDecision"))
    .all()
    .at(-1)!;

test("a refusal needs a reason; an approval carries none", () => {
  assert.equal(holidayDecisionSchema.safeParse({ absenceId: "x", decision: "refused" }).success, false);
  assert.deepEqual(holidayDecisionSchema.parse({ absenceId: "x", decision: "approved", reason: "ignored" }), { absenceId: "x", decision: "approved", reason: null });
});

test("staff approve or refuse a holiday awaiting the decision; reported once, shown to the citizen, not decided twice, and undone when refused", () => {
  const id = lateHoliday(5);
  assert.deepEqual(decideHoliday(henrik, anna, id, { absenceId: id, decision: "approved", reason: null }, { db: portal.store, now }), { ok: false, reason: "not-found" });
  assert.deepEqual(decideHoliday(gitte, anna, id, { absenceId: id, decision: "refused", reason: "Du er indkaldt til et møde." }, { db: portal.store, now }), { ok: true });
  const seen = absenceOf(anna, id, { db: portal.store, now, lng: "da" });
  assert.equal(seen.awaitsJobCentreDecision, false);
  assert.deepEqual(seen.decision, { decision: "refused", decidedOn: "2026-11-23", reason: "Du er indkaldt til et møde.", by: "Gitte Sagsbehandler" });
  const report = lastReport();
  assert.deepEqual((report.message as { data: unknown }).data, { cpr: "1504851234", absenceId: id, decision: "refused", decidedOn: "2026-11-23", reason: "Du er indkaldt til et møde." });
  assert.deepEqual(decideHoliday(gitte, anna, id, { absenceId: id, decision: "approved", reason: null }, { db: portal.store, now }), { ok: false, reason: "not-awaiting" });

  write(portal.store, (tx) => undoRefusedChange(tx, syncRegistry, { message: report.message, undo: report.undo, refusal: testRefusal }));
  assert.equal(absenceOf(anna, id, { db: portal.store, now }).awaitsJobCentreDecision, true);
  assert.equal(absenceOf(anna, id, { db: portal.store, now }).decision, null);
});

test("a withdrawn holiday is not decided", () => {
  const id = lateHoliday(8);
  withdrawAbsence(anna, id, { db: portal.store, now });
  assert.deepEqual(decideHoliday(gitte, anna, id, { absenceId: id, decision: "approved", reason: null }, { db: portal.store, now }), { ok: false, reason: "not-awaiting" });
});
