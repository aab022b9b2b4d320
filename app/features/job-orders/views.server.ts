import { and, desc, eq } from "drizzle-orm";
import type { Store } from "../../../db/client";
import { jobOrderEvents, jobOrders } from "../../../db/schema";
import { awaitsReporting } from "~/foundation/outbox.server";
import { codeEntry, codeLabel } from "~/features/codelists/codelists.server";
import type { Language } from "~/i18n/config";
import { store } from "~/utils/store.server";
import { expiredStatus, placementCount, type JobOrderRow, type Reader } from "./orders.server";
import { openStatus } from "./schemas";

/** Job orders as the pages show them: the employer's list, an order with its labels, its latest changes, the public view. */

export type JobOrderListItem = { id: string; title: string; status: string; statusLabel: string; applicationDeadline: string; placements: number };

/** The employer's own orders, newest first, with status, deadline and how many were put forward. */
export function ordersOfEmployer(cvr: string, lng: Language, db: Store = store()): JobOrderListItem[] {
  const rows = db
    .select({ id: jobOrders.id, title: jobOrders.title, status: jobOrders.status, applicationDeadline: jobOrders.applicationDeadline })
    .from(jobOrders)
    .where(eq(jobOrders.cvr, cvr))
    .orderBy(desc(jobOrders.seq))
    .limit(500)
    .all();
  return rows.map((row) => ({
    ...row,
    statusLabel: codeLabel("jobOrderStatus", row.status, lng, db),
    placements: placementCount(db, row.id),
  }));
}

/** An order with its labels in the user's language, as the detail pages show it. */
export function describeJobOrder(row: JobOrderRow, lng: Language, db: Reader = store()) {
  return {
    ...row,
    publishedAt: row.publishedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    occupationLabel: codeLabel("occupation", row.occupation, lng, db),
    /** The postcode's town ("2300 København S"), when the code list knows it */
    town: codeEntry("postalCode", row.postcode, lng, db)?.label ?? null,
    statusLabel: codeLabel("jobOrderStatus", row.status, lng, db),
    workingTimeLabel: codeLabel("workingTime", row.workingTime, lng, db),
    jobOrderTypeLabel: codeLabel("jobOrderType", row.jobOrderType, lng, db),
    originLabel: codeLabel("jobOrderOrigin", row.origin, lng, db),
    open: row.status === openStatus,
    awaitsReporting: awaitsReporting(db, "jobOrder", row.id),
  };
}

export type JobOrderView = ReturnType<typeof describeJobOrder>;

/** The order's latest changes, newest first. */
export function latestChanges(jobOrderId: string, lng: Language, db: Reader = store(), limit = 20) {
  return db
    .select()
    .from(jobOrderEvents)
    .where(eq(jobOrderEvents.jobOrderId, jobOrderId))
    .orderBy(desc(jobOrderEvents.at), desc(jobOrderEvents.id))
    .limit(limit)
    .all()
    .map((e) => ({
      id: e.id,
      at: e.at.toISOString(),
      kind: e.kind,
      actor: e.actor,
      statusLabel: e.status ? codeLabel(e.kind === "placementStatus" || e.kind === "placement" ? "placementStatus" : "jobOrderStatus", e.status, lng, db) : null,
    }));
}

/** An order on the public job search: open ones only, without the comment meant for the job centre. */
export function publicJobOrder(id: string, lng: Language, db: Store = store()) {
  const row = db
    .select()
    .from(jobOrders)
    .where(and(eq(jobOrders.id, id), eq(jobOrders.status, openStatus)))
    .get();
  if (!row) return null;
  const { internalComment: _internal, statusComment: _status, ...shown } = describeJobOrder(row, lng, db);
  return shown;
}

/** A job that is over, as the public sees it: what it was and why it is closed, nothing to apply with. */
export type ClosedJob = { title: string; employerName: string; occupation: string; reason: "filled" | "expired"; applicationDeadline: string };

/**
 * The public job page: the open order, or a closed one (the need met, the deadline passed: the
 * statuses the code list marks `closed`) shown as closed, so a saved link or a search engine's
 * tells the citizen the job is gone instead of "page not found". A paused order, one never
 * published and one that does not exist are not there: null.
 */
export function publicJobPage(id: string, lng: Language, db: Store = store()): { open: NonNullable<ReturnType<typeof publicJobOrder>> } | { closed: ClosedJob } | null {
  const open = publicJobOrder(id, lng, db);
  if (open) return { open };
  const row = db
    .select({ title: jobOrders.title, employerName: jobOrders.employerName, occupation: jobOrders.occupation, status: jobOrders.status, applicationDeadline: jobOrders.applicationDeadline })
    .from(jobOrders)
    .where(eq(jobOrders.id, id))
    .get();
  if (!row || codeEntry("jobOrderStatus", row.status, lng, db)?.attributes.closed !== true) return null;
  const { status, ...shown } = row;
  return { closed: { ...shown, reason: status === expiredStatus ? "expired" : "filled" } };
}

