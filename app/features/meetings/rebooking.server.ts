import { and, eq } from "drizzle-orm";
import { write, type Store } from "../../../db/client";
import { slotOffers, summonses } from "../../../db/schema";
import type { Compensation } from "~/foundation/registry.server";
import type { UndoOf } from "~/foundation/undo";
import { enqueue } from "~/foundation/outbox.server";
import { store } from "~/utils/store.server";
import { addDays, danishTimeToIso } from "~/utils/dates";
import { bookedOn, fittingSlots, holdsOtherFutureBooking, releasePlace, slotFits, takePlace, type Fit, type SlotOffer } from "./booking.server";
import { NotFound } from "~/utils/not-found.server";
import type { Language } from "~/i18n/config";
import { notify, rememberLanguage } from "~/notifications/outbox.server";

/**
 * Rebooking (ombooking): the citizen moves a summons to a free slot offer that fits it. Allowed
 * only where the summons says so, before its deadline and before the meeting; the foundation has
 * the last word, and if it refuses, `undoRebooking` puts the meeting back.
 */

type Summons = typeof summonses.$inferSelect;
type Options = { db?: Store; now?: Date };

/** No such meeting for this citizen. */
export class MeetingNotFound extends NotFound {
  constructor() {
    super("summons");
  }
}

/** Why a summons cannot be rebooked now, or null when it can. */
export type RebookingRefusal = "not-allowed" | "deadline-passed" | "already-booked";

export function rebookingRefusal(summons: Summons, now: Date): RebookingRefusal | null {
  if (!summons.rebookingPossible || summons.status === "cancelled" || summons.status === "held") return "not-allowed";
  if (Date.parse(summons.start) <= now.getTime()) return "not-allowed";
  if (summons.rebookingDeadline && Date.parse(summons.rebookingDeadline) < now.getTime()) return "deadline-passed";
  return null;
}

/** The citizen's own summons; another person's (or none) throws MeetingNotFound. */
export function ownSummons(db: Pick<Store, "select">, citizenId: string, summonsId: string): Summons {
  const row = db
    .select()
    .from(summonses)
    .where(and(eq(summonses.id, summonsId), eq(summonses.citizenId, citizenId)))
    .get();
  if (!row) throw new MeetingNotFound();
  return row;
}

/**
 * Where a summons may move to: same job centre and type, another slot, after now, and inside the
 * summons' own rebooking period (§ 20 nr. 12 "Eventuel periode for ombooking"): from the start of
 * its first Danish day to the end of its last. The period stays when the meeting moves, so moving
 * again never stretches it. A summons without a period may move to any fitting time ahead.
 */
export function fitFor(summons: Pick<Summons, "jobCentre" | "meetingType" | "slotOfferId" | "rebookingPeriodFrom" | "rebookingPeriodTo">, now: Date): Fit {
  // `from` is exclusive (a meeting starting now is too late), so the period opens a millisecond before its first midnight.
  const opens = summons.rebookingPeriodFrom ? Date.parse(danishTimeToIso(summons.rebookingPeriodFrom, "00:00") ?? "") - 1 : Number.NaN;
  const closes = summons.rebookingPeriodTo ? Date.parse(danishTimeToIso(addDays(summons.rebookingPeriodTo, 1), "00:00") ?? "") - 1 : Number.NaN;
  return {
    jobCentre: summons.jobCentre,
    meetingType: summons.meetingType,
    from: Number.isNaN(opens) || opens < now.getTime() ? now : new Date(opens),
    until: Number.isNaN(closes) ? null : new Date(closes),
    except: summons.slotOfferId,
  };
}

export type RebookingOptions = { summons: Summons; refusal: RebookingRefusal | null; slots: SlotOffer[] };

/** What the rebooking page shows: the meeting, why it cannot move (if so), and the free slots. */
export function rebookingOptions(citizenId: string, summonsId: string, options: Options = {}): RebookingOptions {
  const db = options.db ?? store();
  const now = options.now ?? new Date();
  const summons = ownSummons(db, citizenId, summonsId);
  const refusal = rebookingRefusal(summons, now);
  return { summons, refusal, slots: refusal ? [] : fittingSlots(db, fitFor(summons, now)) };
}

export type RebookResult = { ok: true } | { ok: false; error: RebookingRefusal | "slot-taken" | "slot-unfit" };

/**
 * Moves the summons to the slot offer in one transaction: the place is taken with a conditional
 * UPDATE (so the last place goes to exactly one citizen), the old place is given back, the summons
 * moves, the rebooking is reported with what `undoRebooking` needs, and the citizen's receipt
 * (e-mail with the meeting as .ics, and SMS) is written in `language`, the one they rebooked in.
 */
export function rebook(citizenId: string, summonsId: string, slotOfferId: string, options: Options & { language?: Language } = {}): RebookResult {
  const db = options.db ?? store();
  const now = options.now ?? new Date();
  return write(db, (tx) => {
    const summons = ownSummons(tx, citizenId, summonsId);
    const refusal = rebookingRefusal(summons, now);
    if (refusal) return { ok: false, error: refusal };
    if (holdsOtherFutureBooking(tx, citizenId, summons.meetingType, now, summons.id)) return { ok: false, error: "already-booked" };
    const slot = tx.select().from(slotOffers).where(eq(slotOffers.id, slotOfferId)).get();
    if (!slot || !slotFits(slot, fitFor(summons, now))) return { ok: false, error: "slot-unfit" };
    if (!takePlace(tx, slot.id)) return { ok: false, error: "slot-taken" };
    if (summons.slotOfferId) releasePlace(tx, summons.slotOfferId);
    const details = bookedOn(slot, summons);
    const undo: UndoOf<"rebooking"> = {
      start: summons.start,
      end: summons.end,
      status: summons.status,
      slotOfferId: summons.slotOfferId,
      previousStart: summons.previousStart,
      previousEnd: summons.previousEnd,
      meetingForm: summons.meetingForm,
      location: summons.location,
      address: summons.address,
      phoneToCall: summons.phoneToCall,
      contactOptions: summons.contactOptions,
      caseworkerName: summons.caseworkerName,
    };
    tx.update(summonses)
      .set({
        previousStart: summons.start,
        previousEnd: summons.end,
        start: slot.start,
        end: slot.end,
        ...details,
        slotOfferId: slot.id,
        status: "moved",
        moveReason: null,
        updatedAt: now,
      })
      .where(eq(summonses.id, summons.id))
      .run();
    enqueue(tx, {
      type: "rebooking",
      aggregateType: "summons",
      aggregateId: summons.id,
      data: { summonsId: summons.id, slotOfferId: slot.id, start: slot.start, end: slot.end, ...details },
      actor: { audience: "citizen", id: citizenId },
      undo,
      now,
    });
    if (options.language) rememberLanguage(tx, citizenId, options.language);
    notify(tx, { kind: "rebooking", citizenId, summonsId: summons.id, now });
    return { ok: true };
  });
}

/**
 * The foundation refused a rebooking: the meeting returns to its old time and slot, and the new
 * place is given back, unless the meeting has changed again since (then the later change stands
 * and is reported on its own). The citizen's notice is written by the push (kind
 * "refused.rebooking"); an e-mail tells them too, with the meeting back at its old time as .ics.
 */
export const undoRebooking: Compensation<"rebooking"> = (tx, { message, undo: before }) => {
  const refused = message.data;
  const current = tx.select().from(summonses).where(eq(summonses.id, refused.summonsId)).get();
  if (!current || current.slotOfferId !== refused.slotOfferId || current.start !== refused.start) return;
  releasePlace(tx, refused.slotOfferId);
  // The foundation never let go of the old place, so the local count takes it back as well.
  if (before.slotOfferId) takePlace(tx, before.slotOfferId);
  const at = new Date();
  tx.update(summonses)
    .set({ ...before, updatedAt: at })
    .where(eq(summonses.id, refused.summonsId))
    .run();
  notify(tx, { kind: "rebooking.refused", citizenId: current.citizenId, summonsId: current.id, now: at });
};
