import { eq } from "drizzle-orm";
import type { WriteTx } from "../../../db/client";
import { jobOrderEvents, jobOrders } from "../../../db/schema";
import type { AggregateFeedItem, MessageData } from "~/foundation/contract";
import type { Compensation } from "~/foundation/registry.server";
import { placementCount, recordEvent, type JobOrderRow } from "./orders.server";

/** Job orders and the foundation: the contract's message, the feed's orders, and the undoing of refused changes. */

/** The order as the contract's jobOrder message carries it. */
export function jobOrderMessage(row: JobOrderRow): MessageData<"jobOrder"> {
  return {
    jobOrderId: row.id,
    cvr: row.cvr,
    pNumber: row.pNumber,
    employerName: row.employerName,
    title: row.title,
    occupation: row.occupation,
    description: row.description,
    internalComment: row.internalComment,
    jobOrderType: row.jobOrderType,
    workingTime: row.workingTime,
    weeklyHours: row.weeklyHours,
    positions: row.positions,
    startDate: row.startDate,
    applicationDeadline: row.applicationDeadline,
    workplaceAddress: row.workplaceAddress,
    postcode: row.postcode,
    municipalityCode: row.municipalityCode,
    contactPerson: { name: row.contactName, phone: row.contactPhone, email: row.contactEmail },
    origin: row.origin,
    status: row.status,
  };
}

/**
 * Orders from other portals, job centres and a-kasser arrive through the feed (and the
 * foundation's confirmation of our own). The local row takes the foundation's state; the search
 * index follows through the triggers.
 */
export function applyJobOrderFeedItem(tx: WriteTx, item: AggregateFeedItem<"jobOrder">): void {
  const { contactPerson, ...order } = item.data;
  const now = new Date();
  const values = {
    ...order,
    statusComment: order.statusComment ?? null,
    contactName: contactPerson.name,
    contactPhone: contactPerson.phone,
    contactEmail: contactPerson.email,
  };
  const before = tx.select().from(jobOrders).where(eq(jobOrders.id, item.id)).get();
  tx.insert(jobOrders)
    .values({ id: item.id, ...values, publishedAt: now, updatedAt: now })
    .onConflictDoUpdate({ target: jobOrders.id, set: { ...values, updatedAt: now } })
    .run();
  // The foundation echoing our own change is no news; a change made elsewhere is.
  const changed = !before || (Object.keys(values) as (keyof typeof values)[]).some((k) => before[k] !== values[k]);
  if (changed) recordEvent(tx, item.id, before ? "feed" : "created", "feed", now, before?.status === values.status ? null : values.status);
}

/**
 * The foundation refused a job order (new or changed): the order returns to what it was before (a
 * refused new order is removed, with nothing put forward on it yet), unless it has changed again since.
 */
export const undoJobOrder: Compensation<"jobOrder"> = (tx, { message, undo: { before } }) => {
  const current = tx.select().from(jobOrders).where(eq(jobOrders.id, message.aggregateId)).get();
  if (!current) return;
  const unchangedSince = JSON.stringify(jobOrderMessage(current)) === JSON.stringify(message.data);
  if (!unchangedSince) return;
  if (!before) {
    if (placementCount(tx, current.id) === 0) {
      tx.delete(jobOrders).where(eq(jobOrders.id, current.id)).run();
      tx.delete(jobOrderEvents).where(eq(jobOrderEvents.jobOrderId, current.id)).run();
    }
    return;
  }
  const now = new Date();
  tx.update(jobOrders).set({ ...before, updatedAt: now }).where(eq(jobOrders.id, current.id)).run();
  recordEvent(tx, current.id, "updated", "feed", now);
};

/** The foundation refused a status change: the order gets its status back, unless it has changed again since. */
export const undoJobOrderStatus: Compensation<"jobOrderStatus"> = (tx, { message, undo: { before } }) => {
  const current = tx.select().from(jobOrders).where(eq(jobOrders.id, message.aggregateId)).get();
  if (!current || current.status !== message.data.status) return;
  const now = new Date();
  tx.update(jobOrders).set({ status: before.status, statusComment: before.statusComment, updatedAt: now }).where(eq(jobOrders.id, current.id)).run();
  recordEvent(tx, current.id, "status", "feed", now, before.status);
};

