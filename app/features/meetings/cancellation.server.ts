import { eq } from "drizzle-orm";
import { write, type Store } from "../../../db/client";
import { citizens, summonses } from "../../../db/schema";
import { codeEntry } from "~/features/codelists/codelists.server";
import { enqueue } from "~/foundation/outbox.server";
import type { Compensation } from "~/foundation/registry.server";
import type { UndoOf } from "~/foundation/undo";
import { store } from "~/utils/store.server";
import { releasePlace, takePlace } from "./booking.server";
import { ownSummons } from "./rebooking.server";
import type { CancellationValue } from "./schemas";

/**
 * Afbud: the citizen cancels a meeting where the summons allows it, until its cancellation
 * deadline (or, without one, until the meeting begins), with a reason the job centre can judge.
 * The foundation has the last word; if it refuses, `undoCitizenCancellation` puts the meeting back.
 */

type Summons = typeof summonses.$inferSelect;
type Options = { db?: Store; now?: Date };

/** Why a meeting cannot be cancelled by the citizen now, or null when it can. */
export type CancellationRefusal = "not-allowed" | "deadline-passed";

/** Until when the citizen may cancel: the deadline, or the meeting's start without one. */
export const cancellationCloses = (summons: Pick<Summons, "cancellationDeadline" | "start">) => summons.cancellationDeadline ?? summons.start;

export function cancellationRefusal(summons: Pick<Summons, "cancellationPossible" | "status" | "start" | "cancellationDeadline">, now: Date): CancellationRefusal | null {
  if (!summons.cancellationPossible || summons.status === "cancelled" || summons.status === "held") return "not-allowed";
  if (Date.parse(summons.start) <= now.getTime()) return "not-allowed";
  // The deadline itself still counts: "indtil kl. 12.00" includes 12.00.
  if (Date.parse(cancellationCloses(summons)) < now.getTime()) return "deadline-passed";
  return null;
}

/** The cancellation page: the meeting, and why it cannot be cancelled (if so). */
export function cancellationOptions(citizenId: string, summonsId: string, options: Options = {}) {
  const db = options.db ?? store();
  const summons = ownSummons(db, citizenId, summonsId);
  return { summons, refusal: cancellationRefusal(summons, options.now ?? new Date()) };
}

export type CancellationResult = { ok: true } | { ok: false; error: CancellationRefusal } | { ok: false; field: "reason" | "comment"; error: string };

/**
 * Cancels the meeting for the citizen in one transaction: the summons is cancelled by the citizen
 * with the reason (a code of `citizenCancellationReason`) and their words, a place it held on a
 * slot offer is given back, and the afbud is reported with what `undoCitizenCancellation` needs.
 */
export function cancelMeeting(citizenId: string, summonsId: string, value: CancellationValue, options: Options = {}): CancellationResult {
  const db = options.db ?? store();
  const now = options.now ?? new Date();
  const reason = codeEntry("citizenCancellationReason", value.reason, "da", db);
  if (!reason) return { ok: false, field: "reason", error: "cancellation.errors.reason" };
  if (reason.attributes.needsComment === true && !value.comment) return { ok: false, field: "comment", error: "cancellation.errors.commentNeeded" };
  return write(db, (tx) => {
    const summons = ownSummons(tx, citizenId, summonsId);
    const refusal = cancellationRefusal(summons, now);
    if (refusal) return { ok: false, error: refusal };
    const citizen = tx.select({ cpr: citizens.cpr }).from(citizens).where(eq(citizens.id, citizenId)).get();
    if (!citizen) throw new Error("a summons without its citizen");
    const undo: UndoOf<"citizenCancellation"> = {
      status: summons.status,
      cancelledBy: summons.cancelledBy,
      citizenCancellationReason: summons.citizenCancellationReason,
      cancellationReason: summons.cancellationReason,
    };
    tx.update(summonses)
      .set({ status: "cancelled", cancelledBy: "citizen", citizenCancellationReason: value.reason, cancellationReason: value.comment, updatedAt: now })
      .where(eq(summonses.id, summons.id))
      .run();
    if (summons.slotOfferId) releasePlace(tx, summons.slotOfferId);
    enqueue(tx, {
      type: "citizenCancellation",
      aggregateType: "summons",
      aggregateId: summons.id,
      data: { summonsId: summons.id, cpr: citizen.cpr, reason: value.reason, comment: value.comment },
      actor: { audience: "citizen", id: citizenId },
      undo,
      now,
    });
    return { ok: true };
  });
}

/**
 * The foundation refused the afbud (the deadline had passed there, or the job centre changed the
 * summons meanwhile): the meeting stands again, unless it changed since. The foundation never let
 * go of the slot's place, so the local count takes it back. The citizen's notice is written by the
 * push (kind "refused.citizenCancellation").
 */
export const undoCitizenCancellation: Compensation<"citizenCancellation"> = (tx, { message, undo: before }) => {
  const current = tx.select().from(summonses).where(eq(summonses.id, message.data.summonsId)).get();
  if (!current || current.status !== "cancelled" || current.cancelledBy !== "citizen" || current.citizenCancellationReason !== message.data.reason) return;
  if (current.slotOfferId) takePlace(tx, current.slotOfferId);
  tx.update(summonses)
    .set({ ...before, updatedAt: new Date() })
    .where(eq(summonses.id, current.id))
    .run();
};
