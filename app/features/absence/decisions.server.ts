import { and, eq } from "drizzle-orm";
import { write, type Store } from "../../../db/client";
import { absences, citizens } from "../../../db/schema";
import type { Compensation } from "~/foundation/registry.server";
import { enqueue } from "~/foundation/outbox.server";
import { recordAccess, staffActor } from "~/features/access-log/access-log.server";
import type { PortalSession } from "~/features/auth/session.server";
import { handlesCitizen, staffMemberOf } from "~/features/citizens/job-centre.server";
import { danishDate } from "~/utils/dates";
import { store } from "~/utils/store.server";
import type { HolidayDecisionValue } from "./schemas";

/**
 * The job centre decides a holiday that was reported too late to stand on its own (seed 002 § 4
 * stk. 3: "skal staten og kommunen i jobcenteret registrere midlertidige forhold"): approved, or
 * refused with a reason the citizen reads. Reported as absenceDecision; undone when refused.
 */

export type DecisionResult = { ok: true } | { ok: false; reason: "not-found" | "not-awaiting" };

export function decideHoliday(session: PortalSession, citizenId: string, absenceId: string, value: HolidayDecisionValue, options: { now?: Date; db?: Store } = {}): DecisionResult {
  const now = options.now ?? new Date();
  return write(options.db ?? store(), (tx): DecisionResult => {
    const member = handlesCitizen(tx, session, citizenId) ? staffMemberOf(tx, session) : null;
    const citizen = tx.select({ cpr: citizens.cpr }).from(citizens).where(eq(citizens.id, citizenId)).get();
    const row = tx
      .select()
      .from(absences)
      .where(and(eq(absences.id, absenceId), eq(absences.citizenId, citizenId)))
      .get();
    if (!member || !citizen || !row) return { ok: false, reason: "not-found" };
    if (!row.awaitsJobCentreDecision || row.withdrawn) return { ok: false, reason: "not-awaiting" };
    const decidedOn = danishDate(now);
    const reason = value.decision === "refused" ? value.reason : null;
    tx.update(absences)
      .set({ awaitsJobCentreDecision: false, decision: value.decision, decidedOn, decidedBy: member.name, decisionReason: reason })
      .where(eq(absences.id, row.id))
      .run();
    enqueue(tx, {
      type: "absenceDecision",
      aggregateType: "citizen",
      aggregateId: citizenId,
      data: { cpr: citizen.cpr, absenceId, decision: value.decision, decidedOn, reason },
      actor: { audience: "staff", id: session.subjectId },
      undo: { absenceId },
      now,
    });
    recordAccess(tx, staffActor(session), "change", [citizenId], { now, criterion: "absenceDecision" });
    return { ok: true };
  });
}

/** The foundation refused the decision: the holiday awaits it again, unless it was decided anew since. */
export const undoHolidayDecision: Compensation<"absenceDecision"> = (tx, { message: { data }, undo }) => {
  const row = tx.select().from(absences).where(eq(absences.id, undo.absenceId)).get();
  if (!row || row.decision !== data.decision || row.decidedOn !== data.decidedOn) return;
  tx.update(absences).set({ awaitsJobCentreDecision: true, decision: null, decidedOn: null, decidedBy: null, decisionReason: null }).where(eq(absences.id, row.id)).run();
};
