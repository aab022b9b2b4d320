import { and, desc, eq, lt } from "drizzle-orm";
import type { Store, WriteTx } from "../../../db/client";
import { write } from "../../../db/client";
import { accessLog, type AccessAction } from "../../../db/schema";
import type { PortalSession } from "~/features/auth/session.server";
import type { MessageType } from "~/foundation/contract";
import { store } from "~/utils/store.server";

export const retentionDays = 183;

type Actor = { actorType: "staff" | "employer" | "system"; actorId: string; actorRole: string; actorOrganisation: string };

/** The staff member behind a session, as the access log records them. */
export function staffActor(session: PortalSession): Actor {
  return { actorType: "staff", actorId: session.subjectId, actorRole: "jobcentermedarbejder", actorOrganisation: session.organisation ?? "" };
}

/** The employer behind a session (the company, by its CVR and name), as the access log records it. */
export function employerActor(session: PortalSession): Actor {
  return { actorType: "employer", actorId: session.subjectId, actorRole: "arbejdsgiver", actorOrganisation: session.organisation ?? "" };
}

/** Records uses of persons' data; call it in the same transaction as a change, or on its own for a read. */
/**
 * What a change did, for the citizen's insight page ("Ændrede dine oplysninger: flyttede et møde"):
 * the type of the change reported to the foundation, or a retry of one it refused.
 */
export type ChangeReported = MessageType | "retry";

export function recordAccess(
  tx: WriteTx,
  actor: Actor,
  action: AccessAction,
  subjects: string[],
  options: { criterion?: string; now?: Date } = {},
): void {
  const at = options.now ?? new Date();
  for (const subjectCitizenId of subjects) {
    tx.insert(accessLog).values({ at, ...actor, action, subjectCitizenId, criterion: options.criterion ?? null }).run();
  }
}

export function recordRead(actor: Actor, subjects: string[], options: { criterion?: string; action?: AccessAction; db?: Store } = {}) {
  write(options.db ?? store(), (tx) => recordAccess(tx, actor, options.action ?? "read", subjects, options));
}

/** Who used the citizen's data, newest first: what the citizen sees on /borger/indsigt. */
export function accessesTo(citizenId: string, db: Store = store()) {
  return db
    .select({ at: accessLog.at, role: accessLog.actorRole, organisation: accessLog.actorOrganisation, action: accessLog.action, criterion: accessLog.criterion })
    .from(accessLog)
    .where(eq(accessLog.subjectCitizenId, citizenId))
    .orderBy(desc(accessLog.at))
    .limit(500)
    .all()
    .map((row) => ({ ...row, at: row.at.toISOString() }));
}

/** The scheduled retention job: rows older than six months are removed. */
export function pruneAccessLog(now = new Date(), db: Store = store()): number {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  return write(db, (tx) => tx.delete(accessLog).where(and(lt(accessLog.at, cutoff))).run().changes);
}
