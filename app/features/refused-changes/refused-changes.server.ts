import { eq } from "drizzle-orm";
import type { Store, WriteTx } from "../../../db/client";
import { citizens, heldConversations, placements, summonses } from "../../../db/schema";
import { recordAccess, staffActor } from "~/features/access-log/access-log.server";
import type { PortalSession } from "~/features/auth/session.server";
import { citizenReach, staffMemberOf, type StaffMember } from "~/features/citizens/job-centre.server";
import type { SyncContext } from "~/foundation/context.server";
import { retryDeadLetter, syncStatus, type DeadLetter } from "~/foundation/status.server";
import { store } from "~/utils/store.server";

/**
 * The refused changes (dead letters) as staff see and retry them: only those that concern their
 * own job centre (ADR 0015) — a citizen it handles, one of its slot offers — and job orders, which
 * are every job centre's. A retry is the staff member's act: it is reported in their name and, for
 * a citizen, logged as their use of the citizen's data.
 */

type Concerned = Pick<DeadLetter, "aggregateType" | "aggregateId" | "message">;
type Reader = Pick<Store | WriteTx, "select">;

const dataOf = (row: Concerned): Record<string, unknown> => {
  const data = (row.message as { data?: unknown }).data;
  return typeof data === "object" && data !== null ? (data as Record<string, unknown>) : {};
};

/** The citizen a change concerns, by the CPR it carries or the aggregate it belongs to; null when none. */
function citizenOf(db: Reader, row: Concerned): string | null {
  const cpr = dataOf(row).cpr;
  if (typeof cpr === "string") return db.select({ id: citizens.id }).from(citizens).where(eq(citizens.cpr, cpr)).get()?.id ?? null;
  const id = row.aggregateId;
  switch (row.aggregateType) {
    case "citizen":
      return id;
    case "summons":
      return db.select({ c: summonses.citizenId }).from(summonses).where(eq(summonses.id, id)).get()?.c ?? null;
    case "heldConversation":
      return db.select({ c: heldConversations.citizenId }).from(heldConversations).where(eq(heldConversations.id, id)).get()?.c ?? null;
    case "placement":
      return db.select({ c: placements.citizenId }).from(placements).where(eq(placements.id, id)).get()?.c ?? null;
    default:
      return null;
  }
}

function concernsJobCentre(db: Reader, member: StaffMember | null, row: Concerned): boolean {
  if (!member) return false;
  if (row.aggregateType === "jobOrder") return true;
  if (row.aggregateType === "slotOffer") return dataOf(row).jobCentre === member.jobCentre;
  const citizenId = citizenOf(db, row);
  return !!citizenId && citizenReach(db, member, citizenId) === "ours";
}

/** The sync's state with the refused changes this staff member may see and retry. */
export function refusedChangesFor(session: PortalSession, db: Store = store()) {
  const member = staffMemberOf(db, session);
  const status = syncStatus(db);
  const deadLetters = status.deadLetters
    .filter((row) => concernsJobCentre(db, member, row))
    .map(({ seq, messageType, createdAt, lastError }) => ({ seq, messageType, createdAt, lastError }));
  return { ...status, deadLetters };
}

/**
 * "Try again" on a refused change of the staff member's job centre: "queued" when it is sent again,
 * "stale" when a newer change overtook it (it is closed, never sent), "not-found" when there is no
 * such refused change for them.
 */
export function retryRefusedChange(session: PortalSession, seq: number, ctx?: SyncContext) {
  const actor = staffActor(session);
  return retryDeadLetter(
    seq,
    { audience: "staff", id: session.subjectId },
    {
      allowed: (tx, row) => concernsJobCentre(tx, staffMemberOf(tx, session), row),
      onQueued: (tx, row) => {
        const citizenId = citizenOf(tx, row);
        if (citizenId) recordAccess(tx, actor, "change", [citizenId], { now: ctx ? new Date(ctx.now()) : undefined, criterion: "retry" });
      },
    },
    ctx,
  );
}
