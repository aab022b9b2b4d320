import { and, asc, eq, gt, lt, lte, ne, sql } from "drizzle-orm";
import type { Store, WriteTx } from "../../../db/client";
import { slotOffers, summonses } from "../../../db/schema";
import { codeEntry } from "~/features/codelists/codelists.server";

/**
 * What rebooking and self-booking share: which slot offers fit, taking a place without ever
 * double-booking it, giving a place back, and the "one future booking" rule of types 4 and 7.
 * See docs/decisions/0011-rebooking-without-double-booking.md.
 */

type Reader = Pick<Store, "select">;
export type SlotOffer = typeof slotOffers.$inferSelect;

/** The § 20 items a meeting takes from the slot offer it is booked on (nr. 3, 5, 6, 7, 8, 10). */
export type BookedDetails = {
  meetingForm: string;
  location: string;
  address: string | null;
  phoneToCall: string | null;
  contactOptions: string;
  caseworkerName: string;
};

/**
 * Where, how and with whom a meeting booked on `slot` is held, and how the citizen reaches the job
 * centre: the slot's own items. An offer published before it carried them lacks address, number and
 * contact options; then the meeting keeps its own where they still fit (the same place, the same form).
 */
export function bookedOn(slot: SlotOffer, before: BookedDetails | null): BookedDetails {
  return {
    meetingForm: slot.meetingForm,
    location: slot.location,
    caseworkerName: slot.caseworkerName,
    address: slot.address ?? (before && before.location === slot.location ? before.address : null),
    phoneToCall: slot.phoneToCall ?? (before && before.meetingForm === slot.meetingForm ? before.phoneToCall : null),
    contactOptions: slot.contactOptions || before?.contactOptions || "",
  };
}

/**
 * Free slot offers of this job centre and meeting type that start after `from` and, when `until`
 * is given, no later than it, soonest first; `except` leaves out the slot the meeting already holds.
 */
export type Fit = { jobCentre: string; meetingType: string; from: Date; until: Date | null; except?: string | null };

export function fittingSlots(db: Reader, fit: Fit): SlotOffer[] {
  return db
    .select()
    .from(slotOffers)
    .where(
      and(
        eq(slotOffers.jobCentre, fit.jobCentre),
        eq(slotOffers.meetingType, fit.meetingType),
        gt(slotOffers.start, fit.from.toISOString()),
        fit.until ? lte(slotOffers.start, fit.until.toISOString()) : undefined,
        lt(slotOffers.booked, slotOffers.capacity),
        fit.except ? ne(slotOffers.id, fit.except) : undefined,
      ),
    )
    .orderBy(asc(slotOffers.start))
    .all();
}

/** Whether a slot offer fits, full or not (the same conditions as `fittingSlots`, but capacity). */
export function slotFits(slot: SlotOffer, fit: Fit): boolean {
  return (
    slot.jobCentre === fit.jobCentre &&
    slot.meetingType === fit.meetingType &&
    slot.start > fit.from.toISOString() &&
    (fit.until === null || slot.start <= fit.until.toISOString()) &&
    slot.id !== fit.except
  );
}

/**
 * Takes one place on a slot offer. The check and the increment are one statement, so two
 * connections can never both take the last place, whatever the transaction around it does.
 */
export function takePlace(tx: WriteTx, slotOfferId: string): boolean {
  const result = tx
    .update(slotOffers)
    .set({ booked: sql`${slotOffers.booked} + 1` })
    .where(and(eq(slotOffers.id, slotOfferId), lt(slotOffers.booked, slotOffers.capacity)))
    .run();
  return result.changes === 1;
}

/** Gives a place back (never below zero). */
export function releasePlace(tx: WriteTx, slotOfferId: string): void {
  tx.update(slotOffers)
    .set({ booked: sql`max(${slotOffers.booked} - 1, 0)` })
    .where(eq(slotOffers.id, slotOfferId))
    .run();
}

/**
 * For types 4 and 7: whether the citizen already holds another future, not cancelled meeting of
 * this type (so booking one more would make two).
 */
export function holdsOtherFutureBooking(db: Reader, citizenId: string, meetingType: string, now: Date, exceptSummonsId?: string): boolean {
  // Of some meeting types a citizen may hold only one future booking (Jobnet's rule; `singleFutureBooking` in the code list).
  if (codeEntry("meetingType", meetingType, "da", db)?.attributes.singleFutureBooking !== true) return false;
  return !!db
    .select({ id: summonses.id })
    .from(summonses)
    .where(
      and(
        eq(summonses.citizenId, citizenId),
        eq(summonses.meetingType, meetingType),
        ne(summonses.status, "cancelled"),
        gt(summonses.start, now.toISOString()),
        exceptSummonsId ? ne(summonses.id, exceptSummonsId) : undefined,
      ),
    )
    .get();
}
