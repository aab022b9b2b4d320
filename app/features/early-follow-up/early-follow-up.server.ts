import { and, eq } from "drizzle-orm";
import { write, type Store } from "../../../db/client";
import { citizens, personMarkings } from "../../../db/schema";
import type { Compensation } from "~/foundation/registry.server";
import { earlyFollowUpMarking } from "~/foundation/contract";
import { enqueue } from "~/foundation/outbox.server";
import { danishDate } from "~/utils/dates";
import { store } from "~/utils/store.server";

/**
 * Early follow-up (seed 000 § 20 stk. 4, § 28 stk. 3): the citizen's request is stored as the
 * person marking "Tidlig opfølgning - fast track" and reported like any other registration.
 */

// Stored and reported by its legal name.
const marking = earlyFollowUpMarking;
type Options = { db?: Store; now?: Date };

/** The date the citizen asked for early follow-up, or null. */
export function earlyFollowUpOf(citizenId: string, db: Pick<Store, "select"> = store()): { requestedOn: string } | null {
  return (
    db
      .select({ requestedOn: personMarkings.requestedOn })
      .from(personMarkings)
      .where(and(eq(personMarkings.citizenId, citizenId), eq(personMarkings.marking, marking)))
      .get() ?? null
  );
}

/**
 * Records the request and its report in one transaction. Asking again changes nothing and
 * reports nothing: the first request and its date stand.
 */
export function requestEarlyFollowUp(citizenId: string, options: Options = {}): { requestedOn: string; alreadyRequested: boolean } {
  const db = options.db ?? store();
  const now = options.now ?? new Date();
  return write(db, (tx) => {
    const existing = earlyFollowUpOf(citizenId, tx);
    if (existing) return { ...existing, alreadyRequested: true };
    const citizen = tx.select({ cpr: citizens.cpr }).from(citizens).where(eq(citizens.id, citizenId)).get();
    if (!citizen) throw new Error("unknown citizen");
    const requestedOn = danishDate(now);
    tx.insert(personMarkings).values({ citizenId, marking, requestedOn, createdAt: now }).run();
    enqueue(tx, {
      type: "personMarking",
      aggregateType: "citizen",
      aggregateId: citizenId,
      data: { cpr: citizen.cpr, marking, requestedOn },
      actor: { audience: "citizen", id: citizenId },
      now,
    });
    return { requestedOn, alreadyRequested: false };
  });
}

/** The foundation refused the marking: the request is removed, so the citizen can ask again. */
export const undoEarlyFollowUp: Compensation<"personMarking"> = (tx, { message }) => {
  tx.delete(personMarkings)
    .where(and(eq(personMarkings.citizenId, message.aggregateId), eq(personMarkings.marking, message.data.marking), eq(personMarkings.requestedOn, message.data.requestedOn)))
    .run();
}
