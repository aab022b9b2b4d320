import { and, asc, eq } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { write, type Store, type WriteTx } from "../../../db/client";
import { citizens, jobOrders, placements } from "../../../db/schema";
import type { AggregateFeedItem } from "~/foundation/contract";
import type { Compensation } from "~/foundation/registry.server";
import { enqueue } from "~/foundation/outbox.server";
import { employerActor, recordAccess, recordRead, staffActor } from "~/features/access-log/access-log.server";
import type { PortalSession } from "~/features/auth/session.server";
import { handlesCitizen, staffMemberOf } from "~/features/citizens/job-centre.server";
import { codeEntry, codeLabel } from "~/features/codelists/codelists.server";
import { maskCpr } from "~/features/people/cpr";
import { activeRegistration } from "~/features/registration/period.server";
import type { Language } from "~/i18n/config";
import { store } from "~/utils/store.server";
import { openStatus } from "./schemas";
import { describeJobOrder, latestChanges } from "./views.server";
import { JobOrderNotFound, jobOrderIn, recordEvent, type ChangeResult, type Scope } from "./orders.server";

/**
 * The placement log (formidling, § 137 stk. 2 nr. 4–6): staff put a registered jobseeker forward
 * for an order and follow their status; the employer sees who and how far, never a CPR.
 */

type Options = { db?: Store; now?: Date };

/** The status a person has when first put forward. */
export const firstPlacementStatus = "henvist";

function cprOf(tx: WriteTx, citizenId: string): string | null {
  return tx.select({ cpr: citizens.cpr }).from(citizens).where(eq(citizens.id, citizenId)).get()?.cpr ?? null;
}

/**
 * Staff put a citizen forward for an order: only a registered jobseeker, only on an open order,
 * only once per order. The use of the citizen's data is recorded in the access log in the same
 * transaction.
 */
export function registerPlacement(
  session: PortalSession,
  jobOrderId: string,
  input: { citizenId: string; comment: string | null },
  options: Options = {},
): ChangeResult<{ id: string }> {
  const db = options.db ?? store();
  const now = options.now ?? new Date();
  return write(db, (tx) => {
    const order = tx.select().from(jobOrders).where(eq(jobOrders.id, jobOrderId)).get();
    if (!order) throw new JobOrderNotFound();
    if (order.status !== openStatus) return { ok: false, errors: { citizenId: ["placement.errors.orderNotOpen"] } };
    // Staff put forward their own job centre's citizens only (ADR 0015); anyone else is "not found".
    if (!handlesCitizen(tx, session, input.citizenId)) return { ok: false, errors: { citizenId: ["placement.errors.notRegistered"] } };
    const cpr = cprOf(tx, input.citizenId);
    if (!cpr || !activeRegistration(tx, input.citizenId)) return { ok: false, errors: { citizenId: ["placement.errors.notRegistered"] } };
    const existing = tx
      .select({ id: placements.id })
      .from(placements)
      .where(and(eq(placements.jobOrderId, jobOrderId), eq(placements.citizenId, input.citizenId)))
      .get();
    if (existing) return { ok: false, errors: { citizenId: ["placement.errors.alreadyPlaced"] } };
    const registeredBy = [session.displayName, session.organisation].filter(Boolean).join(", ");
    const id = randomUUID();
    tx.insert(placements)
      .values({ id, jobOrderId, citizenId: input.citizenId, status: firstPlacementStatus, comment: input.comment, registeredBy, createdAt: now, updatedAt: now })
      .run();
    enqueue(tx, {
      type: "placement",
      aggregateType: "placement",
      aggregateId: id,
      data: { placementId: id, jobOrderId, cpr, status: firstPlacementStatus, comment: input.comment, registeredBy },
      actor: { audience: "staff", id: session.subjectId },
      now,
    });
    recordAccess(tx, staffActor(session), "change", [input.citizenId], { now, criterion: "placement" });
    recordEvent(tx, jobOrderId, "placement", "staff", now, firstPlacementStatus);
    return { ok: true, value: { id } };
  });
}

/** Staff update a person's status on the log (henvist → indkaldt til samtale → ansat …). */
export function updatePlacementStatus(
  session: PortalSession,
  jobOrderId: string,
  input: { placementId: string; status: string; comment: string | null },
  options: Options = {},
): ChangeResult<null> {
  const db = options.db ?? store();
  const now = options.now ?? new Date();
  return write(db, (tx) => {
    const before = tx
      .select()
      .from(placements)
      .where(and(eq(placements.id, input.placementId), eq(placements.jobOrderId, jobOrderId)))
      .get();
    if (!before || !handlesCitizen(tx, session, before.citizenId)) throw new JobOrderNotFound();
    if (!codeEntry("placementStatus", input.status, "da", tx)) return { ok: false, errors: { status: ["form.errors.placementStatus"] } };
    tx.update(placements).set({ status: input.status, comment: input.comment, updatedAt: now }).where(eq(placements.id, before.id)).run();
    enqueue(tx, {
      type: "placementStatus",
      aggregateType: "placement",
      aggregateId: before.id,
      data: { placementId: before.id, status: input.status, comment: input.comment },
      actor: { audience: "staff", id: session.subjectId },
      undo: { before: { status: before.status, comment: before.comment } },
      now,
    });
    recordAccess(tx, staffActor(session), "change", [before.citizenId], { now, criterion: "placementStatus" });
    recordEvent(tx, jobOrderId, "placementStatus", "staff", now, input.status);
    return { ok: true, value: null };
  });
}

export type PlacementLogEntry = { id: string; name: string; status: string; statusLabel: string; comment: string | null; registeredBy: string; updatedAt: string };

/**
 * The order's placement log. The employer's view has each person's name and status only; staff
 * also get the masked CPR (opening the log is recorded in the access log by the caller's route
 * through `recordRead`).
 */
export function placementLog(scope: Scope, jobOrderId: string, lng: Language, db: Store = store()) {
  const rows = db
    .select({ placement: placements, name: citizens.name, cpr: citizens.cpr, municipalityCode: citizens.municipalityCode })
    .from(placements)
    .innerJoin(citizens, eq(citizens.id, placements.citizenId))
    .innerJoin(jobOrders, eq(jobOrders.id, placements.jobOrderId))
    .where(scope === "all" ? eq(placements.jobOrderId, jobOrderId) : and(eq(placements.jobOrderId, jobOrderId), eq(jobOrders.cvr, scope.cvr)))
    .orderBy(asc(placements.createdAt))
    .all();
  return rows.map(({ placement, name, cpr, municipalityCode }) => ({
    id: placement.id,
    citizenId: placement.citizenId,
    municipalityCode,
    name,
    cprMasked: scope === "all" ? maskCpr(cpr) : null,
    status: placement.status,
    statusLabel: codeLabel("placementStatus", placement.status, lng, db),
    comment: scope === "all" ? placement.comment : null,
    registeredBy: placement.registeredBy,
    updatedAt: placement.updatedAt.toISOString(),
  }));
}

/**
 * Placements registered by other job centres and a-kasser (and the confirmation of our own)
 * arrive through the feed. A person the portal has not met is recorded by CPR; the name follows
 * at their login, as for summonses.
 */
export function applyPlacementFeedItem(tx: WriteTx, item: AggregateFeedItem<"placement">): void {
  const { cpr, jobOrderId, status, comment, registeredBy } = item.data;
  let citizen = tx.select({ id: citizens.id }).from(citizens).where(eq(citizens.cpr, cpr)).get();
  if (!citizen) {
    citizen = { id: randomUUID() };
    tx.insert(citizens).values({ id: citizen.id, cpr, name: "" }).run();
  }
  const now = new Date();
  const before = tx.select().from(placements).where(eq(placements.id, item.id)).get();
  const values = { jobOrderId, citizenId: citizen.id, status, comment, registeredBy, updatedAt: now };
  tx.insert(placements)
    .values({ id: item.id, ...values, createdAt: now })
    .onConflictDoUpdate({ target: placements.id, set: values })
    .run();
  if (!before || before.status !== status) recordEvent(tx, jobOrderId, before ? "placementStatus" : "placement", "feed", now, status);
}

/** The foundation refused a new placement: it is removed, unless the person's status changed since. */
export const undoPlacement: Compensation<"placement"> = (tx, { message }) => {
  const current = tx.select().from(placements).where(eq(placements.id, message.aggregateId)).get();
  if (!current || current.status !== message.data.status) return;
  tx.delete(placements).where(eq(placements.id, current.id)).run();
};

/** The foundation refused a status change: the person's status before comes back, unless it changed since. */
export const undoPlacementStatus: Compensation<"placementStatus"> = (tx, { message, undo: { before } }) => {
  const current = tx.select().from(placements).where(eq(placements.id, message.aggregateId)).get();
  if (!current || current.status !== message.data.status) return;
  tx.update(placements).set({ status: before.status, comment: before.comment, updatedAt: new Date() }).where(eq(placements.id, current.id)).run();
};

/** The employer's own order with its placement log (names and statuses only), or null. */
/**
 * An order as its employer opens it, with its placement log. The names on the log are a use of
 * those persons' data by someone other than them: recorded in the access log, shown on their
 * insight page.
 */
export function employerOrderView(session: PortalSession, jobOrderId: string, lng: Language, db: Store = store()) {
  const cvr = session.subjectId;
  const row = jobOrderIn({ cvr }, jobOrderId, db);
  if (!row) return null;
  const log = placementLog({ cvr }, jobOrderId, lng, db).map(({ municipalityCode: _, ...entry }) => entry);
  if (log.length) recordRead(employerActor(session), log.map((p) => p.citizenId), { db });
  return { order: describeJobOrder(row, lng, db), log };
}

/**
 * An order as staff open it: every field, its latest changes and its placement log. People put
 * forward by other job centres are on the log by status only, with no name, CPR or comment
 * (ADR 0015). Showing the staff member's own citizens is a use of their data, recorded in the
 * access log.
 */
export function staffOrderView(session: PortalSession, jobOrderId: string, lng: Language, db: Store = store()) {
  const row = jobOrderIn("all", jobOrderId, db);
  if (!row) return null;
  const member = staffMemberOf(db, session);
  const log = placementLog("all", jobOrderId, lng, db).map(({ municipalityCode, ...entry }) =>
    member && municipalityCode === member.municipalityCode
      ? { ...entry, otherJobCentre: false }
      : { ...entry, citizenId: "", name: "", cprMasked: null, comment: null, otherJobCentre: true },
  );
  const shown = log.filter((p) => !p.otherJobCentre).map((p) => p.citizenId);
  if (shown.length) recordRead(staffActor(session), shown, { db });
  return { order: describeJobOrder(row, lng, db), changes: latestChanges(jobOrderId, lng, db), log };
}
