import { and, asc, eq, gte, isNull } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { write, type Store, type WriteTx } from "../../../db/client";
import { bookingDeadlines, citizens, slotOffers, summonses } from "../../../db/schema";
import { codeLabel } from "~/features/codelists/codelists.server";
import type { Compensation } from "~/foundation/registry.server";
import { enqueue } from "~/foundation/outbox.server";
import type { Language } from "~/i18n/config";
import { danishDate, formatDateTime } from "~/utils/dates";
import { store } from "~/utils/store.server";
import { bookedOn, fittingSlots, holdsOtherFutureBooking, releasePlace, slotFits, takePlace, type Fit, type SlotOffer } from "./booking.server";
import { MeetingNotFound } from "./rebooking.server";

/**
 * Self-booking (selvbooking): where the citizen must book a meeting before a deadline, "Book
 * samtale" offers the fitting slot offers (the job centre and type of the duty, from now until the
 * deadline) and records the booking as a new, self-booked summons.
 */

type Duty = typeof bookingDeadlines.$inferSelect;
type Options = { db?: Store; now?: Date };

/**
 * Records that the citizen must book a meeting of this type at this job centre before the deadline.
 * Duties are set by the job centre; the portal holds them locally (the contract has no message for
 * them yet), so the demo seed and tests create them here.
 */
export function addBookingDuty(tx: WriteTx, citizenId: string, duty: { jobCentre: string; meetingType: string; deadline: string }, options: { now: Date }): string {
  const id = randomUUID();
  tx.insert(bookingDeadlines).values({ id, citizenId, ...duty, summonsId: null, createdAt: options.now }).run();
  return id;
}

/** The citizen's open booking duties (not fulfilled, deadline not passed), soonest deadline first. */
export function bookingDutiesOf(citizenId: string, options: Options = {}): Duty[] {
  const db = options.db ?? store();
  const now = options.now ?? new Date();
  return db
    .select()
    .from(bookingDeadlines)
    .where(and(eq(bookingDeadlines.citizenId, citizenId), isNull(bookingDeadlines.summonsId), gte(bookingDeadlines.deadline, now.toISOString())))
    .orderBy(asc(bookingDeadlines.deadline))
    .all();
}

export type BookingDutyView = { id: string; type: string; jobCentre: string; deadline: string };

/** The open booking duties as Min side and the meetings page show them, in the reader's language. */
export function presentBookingDuties(citizenId: string, lng: Language, options: Options = {}): BookingDutyView[] {
  return bookingDutiesOf(citizenId, options).map((d) => ({
    id: d.id,
    type: codeLabel("meetingType", d.meetingType, lng),
    jobCentre: d.jobCentre,
    deadline: formatDateTime(d.deadline, lng),
  }));
}

function ownDuty(db: Pick<Store, "select">, citizenId: string, dutyId: string): Duty {
  const duty = db
    .select()
    .from(bookingDeadlines)
    .where(and(eq(bookingDeadlines.id, dutyId), eq(bookingDeadlines.citizenId, citizenId)))
    .get();
  if (!duty) throw new MeetingNotFound();
  return duty;
}

export type SelfBookingRefusal = "booked" | "deadline-passed" | "already-booked";

function dutyRefusal(db: Pick<Store, "select">, duty: Duty, now: Date): SelfBookingRefusal | null {
  if (duty.summonsId) return "booked";
  if (Date.parse(duty.deadline) < now.getTime()) return "deadline-passed";
  if (holdsOtherFutureBooking(db, duty.citizenId, duty.meetingType, now)) return "already-booked";
  return null;
}

const fitFor = (duty: Duty, now: Date): Fit => ({ jobCentre: duty.jobCentre, meetingType: duty.meetingType, from: now, until: new Date(duty.deadline) });

/** What "Book samtale" shows: the duty, why it cannot be booked (if so), and the free slots. */
export function selfBookingOptions(citizenId: string, dutyId: string, options: Options = {}): { duty: Duty; refusal: SelfBookingRefusal | null; slots: SlotOffer[] } {
  const db = options.db ?? store();
  const now = options.now ?? new Date();
  const duty = ownDuty(db, citizenId, dutyId);
  const refusal = dutyRefusal(db, duty, now);
  return { duty, refusal, slots: refusal ? [] : fittingSlots(db, fitFor(duty, now)) };
}

export type SelfBookResult = { ok: true; summonsId: string } | { ok: false; error: SelfBookingRefusal | "slot-taken" | "slot-unfit" };

/**
 * Books the slot in one transaction: the place (conditional UPDATE, as for rebooking), a new
 * self-booked summons, the duty marked fulfilled, and the `selfBooking` report.
 */
export function selfBook(citizenId: string, dutyId: string, slotOfferId: string, options: Options = {}): SelfBookResult {
  const db = options.db ?? store();
  const now = options.now ?? new Date();
  return write(db, (tx) => {
    const duty = ownDuty(tx, citizenId, dutyId);
    const refusal = dutyRefusal(tx, duty, now);
    if (refusal) return { ok: false, error: refusal };
    const slot = tx.select().from(slotOffers).where(eq(slotOffers.id, slotOfferId)).get();
    if (!slot || !slotFits(slot, fitFor(duty, now))) return { ok: false, error: "slot-unfit" };
    if (!takePlace(tx, slot.id)) return { ok: false, error: "slot-taken" };
    const citizen = tx.select({ cpr: citizens.cpr }).from(citizens).where(eq(citizens.id, citizenId)).get();
    if (!citizen) throw new MeetingNotFound();
    const summonsId = randomUUID();
    const details = bookedOn(slot, null);
    // § 20 nr. 9: the offer's title and description, or the type's name; nr. 11–12: it can be
    // rebooked if the offer says so, to a time up to the duty's deadline.
    const meeting = {
      title: slot.title ?? codeLabel("meetingType", slot.meetingType, "da", tx),
      description: slot.description ?? "",
      rebookingPossible: slot.rebookingPossible,
      rebookingPeriod: slot.rebookingPossible ? { from: danishDate(now), to: danishDate(new Date(duty.deadline)) } : null,
    };
    tx.insert(summonses)
      .values({
        id: summonsId,
        citizenId,
        start: slot.start,
        end: slot.end,
        meetingType: slot.meetingType,
        ...details,
        title: meeting.title,
        description: meeting.description,
        rebookingPossible: meeting.rebookingPossible,
        rebookingDeadline: null,
        rebookingPeriodFrom: meeting.rebookingPeriod?.from ?? null,
        rebookingPeriodTo: meeting.rebookingPeriod?.to ?? null,
        aKasseParticipationStatus: null,
        jobCentre: slot.jobCentre,
        selfBooked: true,
        compulsory: true,
        cancellationPossible: false,
        cancellationDeadline: null,
        status: "planned",
        slotOfferId: slot.id,
        updatedAt: now,
      })
      .run();
    tx.update(bookingDeadlines).set({ summonsId }).where(eq(bookingDeadlines.id, duty.id)).run();
    enqueue(tx, {
      type: "selfBooking",
      aggregateType: "summons",
      aggregateId: summonsId,
      data: { summonsId, slotOfferId: slot.id, cpr: citizen.cpr, start: slot.start, end: slot.end, meetingType: slot.meetingType, ...details, ...meeting },
      actor: { audience: "citizen", id: citizenId },
      undo: { dutyId: duty.id },
      now,
    });
    return { ok: true, summonsId };
  });
}

/**
 * The foundation refused a self-booking: the summons is removed, its place given back, and the duty
 * opens again so the citizen can book another time. The notice is written by the push.
 */
export const undoSelfBooking: Compensation<"selfBooking"> = (tx, { message, undo: { dutyId } }) => {
  const refused = message.data;
  const current = tx.select().from(summonses).where(eq(summonses.id, refused.summonsId)).get();
  if (!current || current.slotOfferId !== refused.slotOfferId || current.start !== refused.start) return;
  releasePlace(tx, refused.slotOfferId);
  tx.update(bookingDeadlines).set({ summonsId: null }).where(eq(bookingDeadlines.id, dutyId)).run();
  tx.delete(summonses).where(eq(summonses.id, refused.summonsId)).run();
};
