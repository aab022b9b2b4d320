import { and, asc, eq, gt } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import type { Store, WriteTx } from "../../../db/client";
import { slotOffers } from "../../../db/schema";
import type { Audience } from "../../../db/schema/sessions";
import type { AggregateFeedItem, MessageData } from "~/foundation/contract";
import { enqueue } from "~/foundation/outbox.server";
import { store } from "~/utils/store.server";

export type SlotOfferInput = Omit<MessageData<"slotOffer">, "slotOfferId">;

/** The stored row of a slot offer's reported fields (published here or read from the feed). */
function slotRow(d: SlotOfferInput) {
  return {
    jobCentre: d.jobCentre,
    caseworkerName: d.caseworkerName,
    registeredBy: d.registeredBy ?? null,
    meetingType: d.meetingType,
    meetingForm: d.meetingForm,
    location: d.location,
    start: d.start,
    end: d.end,
    capacity: d.capacity,
    title: d.title ?? null,
    description: d.description ?? null,
    address: d.address ?? null,
    phoneToCall: d.phoneToCall ?? null,
    contactOptions: d.contactOptions ?? null,
    rebookingPossible: d.rebookingPossible ?? false,
  };
}

/** Publishes a free time that citizens can rebook to or self-book, and reports it: one transaction. */
export function publishSlotOffer(tx: WriteTx, input: SlotOfferInput, options: { now: Date; actor?: { audience: Audience; id: string } }): string {
  const id = randomUUID();
  tx.insert(slotOffers)
    .values({ id, ...slotRow(input), booked: 0, updatedAt: options.now })
    .run();
  enqueue(tx, {
    type: "slotOffer",
    aggregateType: "slotOffer",
    aggregateId: id,
    data: { slotOfferId: id, ...input },
    actor: options.actor,
    now: options.now,
  });
  return id;
}

/**
 * Slot offers published elsewhere, and the foundation's count of places booked on all of them,
 * arrive through the feed. The feed's count wins: it includes bookings made through other portals.
 */
export function applySlotOfferFeedItem(tx: WriteTx, item: AggregateFeedItem<"slotOffer">): void {
  const values = { ...slotRow(item.data), booked: item.data.booked, updatedAt: new Date() };
  tx.insert(slotOffers)
    .values({ id: item.id, ...values })
    .onConflictDoUpdate({ target: slotOffers.id, set: values })
    .run();
}

/** Slot offers that have not started, soonest first; for one job centre when given. */
export function upcomingSlotOffers(options: { jobCentre?: string; now?: Date; limit?: number } = {}, db: Store = store()) {
  const now = (options.now ?? new Date()).toISOString();
  return db
    .select()
    .from(slotOffers)
    .where(and(gt(slotOffers.start, now), options.jobCentre ? eq(slotOffers.jobCentre, options.jobCentre) : undefined))
    .orderBy(asc(slotOffers.start))
    .limit(options.limit ?? 200)
    .all();
}
