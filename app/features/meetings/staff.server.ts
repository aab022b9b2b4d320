import { and, eq } from "drizzle-orm";
import { write, type Store, type WriteTx } from "../../../db/client";
import { summonses } from "../../../db/schema";
import type { Compensation } from "~/foundation/registry.server";
import type { UndoOf } from "~/foundation/undo";
import { enqueue } from "~/foundation/outbox.server";
import { recordAccess, staffActor, type ChangeReported } from "~/features/access-log/access-log.server";
import type { PortalSession } from "~/features/auth/session.server";
import { colleagueOf, handlesCitizen, staffMemberOf } from "~/features/citizens/job-centre.server";
import { store } from "~/utils/store.server";
import type { HeldConversationFormValue, MoveValue, SlotOfferFormValue, SummonsFormValue } from "./staff-schemas";
import { registerHeldConversation } from "./conversations.server";
import { publishSlotOffer } from "./slots.server";
import { holdsOtherFutureBooking } from "./booking.server";
import { createSummons } from "./summons.server";
import { whyNoOutcome, whyStaffMayNotChange } from "./staff-rules";
import { notify } from "~/notifications/outbox.server";

/**
 * Staff's side of meetings: create, move and cancel a citizen's summons, register a held
 * conversation, publish slot offers. Each change is one transaction holding the change, its report
 * to the foundation (with the staff member as actor, so a refusal reaches them as a notice) and,
 * when it concerns a citizen, the access-log line; and the undoing of a move or a cancellation the
 * foundation refused. The forms' facts and options are in staff-form-options.server.ts, the reads
 * in staff-views.server.ts.
 */

type Options = { now?: Date; db?: Store };

export const actorOf = (session: PortalSession) => ({ audience: "staff" as const, id: session.subjectId });

/**
 * Who issues a meeting, from the staff register and never from a form: the staff member's job
 * centre, the caseworker the citizen meets (the staff member or a colleague of the same job centre),
 * and the staff member as the one who registered it. Null when the caseworker is no colleague.
 */
export function issuer(tx: WriteTx, session: PortalSession, caseworkerId: string) {
  const member = staffMemberOf(tx, session);
  const caseworker = colleagueOf(tx, member, caseworkerId);
  return member && caseworker ? { jobCentre: member.jobCentre, caseworkerName: caseworker.name, registeredBy: member.name } : null;
}

export type CreateSummonsResult = { ok: true; id: string } | { ok: false; reason: "not-found" | "single-future-booking" };

/**
 * Creates a summons for the citizen on staff's behalf: not found when their job centre has no such
 * citizen (or the caseworker is no colleague). Of the types a citizen may hold one future booking
 * of (4 and 7), staff cannot make a second either: they move or cancel the one there is.
 */
export function createSummonsByStaff(session: PortalSession, citizenId: string, value: SummonsFormValue, options: Options = {}): CreateSummonsResult {
  const now = options.now ?? new Date();
  return write(options.db ?? store(), (tx): CreateSummonsResult => {
    if (!handlesCitizen(tx, session, citizenId)) return { ok: false, reason: "not-found" };
    const { caseworkerId, ...summons } = value;
    const by = issuer(tx, session, caseworkerId);
    if (!by) return { ok: false, reason: "not-found" };
    if (holdsOtherFutureBooking(tx, citizenId, summons.meetingType, now)) return { ok: false, reason: "single-future-booking" };
    const id = createSummons(tx, citizenId, { ...summons, ...by }, { now, actor: actorOf(session) });
    notify(tx, { kind: "summons.created", citizenId, summonsId: id, now });
    recordAccess(tx, staffActor(session), "change", [citizenId], { now, criterion: "summons.create" });
    return { ok: true, id };
  });
}

export type StaffChangeResult = { ok: true } | { ok: false; reason: "not-found" | "cancelled" | "past" };

type Row = typeof summonses.$inferSelect;

/** What a move or a cancellation overwrites, handed to the compensation if the foundation refuses. */
const before = (row: Row): UndoOf<"summons.move"> => ({
  start: row.start,
  end: row.end,
  location: row.location,
  status: row.status,
  previousStart: row.previousStart,
  previousEnd: row.previousEnd,
  moveReason: row.moveReason,
  cancellationReason: row.cancellationReason,
  cancelledBy: row.cancelledBy,
});

/**
 * Runs a change on a summons of the staff member's job centre that is still ahead and not
 * cancelled, in one transaction with its access-log line. `apply` may answer why it changed
 * nothing; then nothing is logged.
 */
export function changeOwnSummons<Reason extends string = never>(
  session: PortalSession,
  citizenId: string,
  summonsId: string,
  options: Options,
  what: ChangeReported,
  apply: (tx: WriteTx, row: Row, now: Date) => NoInfer<Reason> | void,
): StaffChangeResult | { ok: false; reason: Reason } {
  const now = options.now ?? new Date();
  return write(options.db ?? store(), (tx) => {
    if (!handlesCitizen(tx, session, citizenId)) return { ok: false, reason: "not-found" } as const;
    const row = tx
      .select()
      .from(summonses)
      .where(and(eq(summonses.id, summonsId), eq(summonses.citizenId, citizenId)))
      .get();
    if (!row) return { ok: false, reason: "not-found" } as const;
    const refusal = whyStaffMayNotChange(row, now);
    if (refusal) return { ok: false, reason: refusal } as const;
    const nothing = apply(tx, row, now);
    if (nothing) return { ok: false, reason: nothing } as const;
    recordAccess(tx, staffActor(session), "change", [citizenId], { now, criterion: what });
    return { ok: true } as const;
  });
}

/** Moves a summons to a new time (and perhaps place), keeping the old time for the citizen to see. */
export function moveSummons(session: PortalSession, citizenId: string, summonsId: string, value: MoveValue, options: Options = {}): StaffChangeResult {
  return changeOwnSummons(session, citizenId, summonsId, options, "summons.move", (tx, row, now) => {
    tx.update(summonses)
      .set({
        start: value.start,
        end: value.end,
        location: value.location ?? row.location,
        status: "moved",
        previousStart: row.start,
        previousEnd: row.end,
        moveReason: value.reason,
        updatedAt: now,
      })
      .where(eq(summonses.id, row.id))
      .run();
    enqueue(tx, {
      type: "summons.move",
      aggregateType: "summons",
      aggregateId: row.id,
      data: { summonsId: row.id, start: value.start, end: value.end, ...(value.location ? { location: value.location } : {}), reason: value.reason },
      actor: actorOf(session),
      undo: before(row),
      now,
    });
    notify(tx, { kind: "summons.moved", citizenId, summonsId: row.id, now });
  });
}

/** Cancels a summons with a reason the citizen reads. */
export function cancelSummons(session: PortalSession, citizenId: string, summonsId: string, reason: string, options: Options = {}): StaffChangeResult {
  return changeOwnSummons(session, citizenId, summonsId, options, "summons.cancel", (tx, row, now) => {
    tx.update(summonses).set({ status: "cancelled", cancelledBy: "job-centre", cancellationReason: reason, updatedAt: now }).where(eq(summonses.id, row.id)).run();
    enqueue(tx, {
      type: "summons.cancel",
      aggregateType: "summons",
      aggregateId: row.id,
      data: { summonsId: row.id, reason },
      actor: actorOf(session),
      undo: before(row),
      now,
    });
    notify(tx, { kind: "summons.cancelled", citizenId, summonsId: row.id, now });
  });
}

/**
 * The foundation refused a move or a cancellation: the summons gets back what it had, unless it
 * changed again since (then the later change, or the feed, has the last word).
 */
function restoreSummons(tx: WriteTx, summonsId: string, stillAsSent: (row: Row) => boolean, old: UndoOf<"summons.move">): void {
  const row = tx.select().from(summonses).where(eq(summonses.id, summonsId)).get();
  if (!row || !stillAsSent(row)) return;
  tx.update(summonses).set({ ...old, updatedAt: new Date() }).where(eq(summonses.id, row.id)).run();
}

export const undoSummonsMove: Compensation<"summons.move"> = (tx, { message: { data }, undo }) =>
  restoreSummons(tx, data.summonsId, (row) => row.status === "moved" && row.start === data.start && row.end === data.end, undo);

export const undoSummonsCancel: Compensation<"summons.cancel"> = (tx, { message: { data }, undo }) =>
  restoreSummons(tx, data.summonsId, (row) => row.status === "cancelled" && row.cancellationReason === data.reason, undo);

/**
 * Registers a held conversation on staff's behalf, linked to the summons it was held on when one
 * of the citizen's own is named; null when there is no such citizen.
 */
export function registerConversationByStaff(
  session: PortalSession,
  citizenId: string,
  value: HeldConversationFormValue,
  options: Options & { summonsId?: string | null } = {},
): string | null {
  const now = options.now ?? new Date();
  return write(options.db ?? store(), (tx) => {
    if (!handlesCitizen(tx, session, citizenId)) return null;
    const summons = options.summonsId
      ? tx
          .select({ id: summonses.id, status: summonses.status, start: summonses.start })
          .from(summonses)
          .where(and(eq(summonses.id, options.summonsId), eq(summonses.citizenId, citizenId)))
          .get()
      : undefined;
    const member = staffMemberOf(tx, session);
    if (!member) return null;
    const id = registerHeldConversation(
      tx,
      citizenId,
      { ...value, jobCentre: member.jobCentre, registeredBy: member.name },
      { now, summonsId: summons?.id ?? null, actor: actorOf(session) },
    );
    // The meeting it was held on is held from now on, with the conversation as its outcome.
    if (summons && !whyNoOutcome(summons, "held", now)) recordOutcome(tx, summons, "held", id, { now, actor: actorOf(session) });
    recordAccess(tx, staffActor(session), "change", [citizenId], { now, criterion: "heldConversation" });
    return id;
  });
}

export type OutcomeResult = { ok: true } | { ok: false; reason: "not-found" | "cancelled" | "not-begun" | "held" };

/** Staff register that the citizen did not come to the meeting (udeblevet); reported as its outcome. */
export function registerNoShow(session: PortalSession, citizenId: string, summonsId: string, options: Options = {}): OutcomeResult {
  const now = options.now ?? new Date();
  return write(options.db ?? store(), (tx): OutcomeResult => {
    if (!handlesCitizen(tx, session, citizenId)) return { ok: false, reason: "not-found" };
    const row = tx
      .select()
      .from(summonses)
      .where(and(eq(summonses.id, summonsId), eq(summonses.citizenId, citizenId)))
      .get();
    if (!row) return { ok: false, reason: "not-found" };
    const refusal = whyNoOutcome(row, "no-show", now);
    if (refusal) return { ok: false, reason: refusal };
    if (row.status === "no-show") return { ok: true }; // registered before: nothing twice
    recordOutcome(tx, row, "no-show", null, { now, actor: actorOf(session) });
    recordAccess(tx, staffActor(session), "change", [citizenId], { now, criterion: "summonsOutcome" });
    return { ok: true };
  });
}

/** Sets the summons' outcome and reports it, with the status it had for the undoing. */
function recordOutcome(
  tx: WriteTx,
  row: Pick<Row, "id" | "status">,
  outcome: "held" | "no-show",
  heldConversationId: string | null,
  options: { now: Date; actor: { audience: "staff"; id: string } },
): void {
  tx.update(summonses).set({ status: outcome, updatedAt: options.now }).where(eq(summonses.id, row.id)).run();
  enqueue(tx, {
    type: "summonsOutcome",
    aggregateType: "summons",
    aggregateId: row.id,
    data: { summonsId: row.id, outcome, heldConversationId },
    actor: options.actor,
    undo: { status: row.status },
    now: options.now,
  });
}

/** The foundation refused the outcome: the summons gets its status back, unless it changed since. */
export const undoSummonsOutcome: Compensation<"summonsOutcome"> = (tx, { message: { data }, undo }) => {
  const current = tx.select({ status: summonses.status }).from(summonses).where(eq(summonses.id, data.summonsId)).get();
  if (current?.status !== data.outcome) return;
  tx.update(summonses).set({ status: undo.status, updatedAt: new Date() }).where(eq(summonses.id, data.summonsId)).run();
};

/** Publishes a free time of the staff member's job centre; null when the caseworker is no colleague. */
export function publishSlotByStaff(session: PortalSession, value: SlotOfferFormValue, options: Options = {}): string[] | null {
  const now = options.now ?? new Date();
  return write(options.db ?? store(), (tx) => {
    const { caseworkerId, times, ...slot } = value;
    const by = issuer(tx, session, caseworkerId);
    // A series is published whole or not at all: one transaction, one report per time.
    return by ? times.map((time) => publishSlotOffer(tx, { ...slot, ...time, ...by }, { now, actor: actorOf(session) })) : null;
  });
}

