import { and, eq } from "drizzle-orm";
import { write, type Store, type WriteTx } from "../../../db/client";
import { citizens, personMarkings } from "../../../db/schema";
import type { Compensation } from "~/foundation/registry.server";
import { earlyFollowUpMarking } from "~/foundation/contract";
import { enqueue } from "~/foundation/outbox.server";
import { recordAccess, staffActor } from "~/features/access-log/access-log.server";
import type { PortalSession } from "~/features/auth/session.server";
import { handlesCitizen, staffMemberOf } from "~/features/citizens/job-centre.server";
import { danishDate } from "~/utils/dates";
import { store } from "~/utils/store.server";

/**
 * Early follow-up (seed 000 § 20 stk. 4, § 28 stk. 3): the citizen's request, or a caseworker's
 * registration, is stored as the person marking "Tidlig opfølgning - fast track" and reported like
 * any other registration; the job centre ends it when the follow-up is over.
 */

// Stored and reported by its legal name.
const marking = earlyFollowUpMarking;
type Options = { db?: Store; now?: Date };

/** The marking as it stands: asked for (by the citizen, or registered by a caseworker), perhaps ended. */
export type EarlyFollowUp = { requestedOn: string; registeredBy: string | null; endedOn: string | null; endedBy: string | null };

const columns = {
  requestedOn: personMarkings.requestedOn,
  registeredBy: personMarkings.registeredBy,
  endedOn: personMarkings.endedOn,
  endedBy: personMarkings.endedBy,
};

/** The person's marking "Tidlig opfølgning - fast track", standing or ended, or null when there never was one. */
export function markingOf(citizenId: string, db: Pick<Store, "select"> = store()): EarlyFollowUp | null {
  return (
    db
      .select(columns)
      .from(personMarkings)
      .where(and(eq(personMarkings.citizenId, citizenId), eq(personMarkings.marking, marking)))
      .get() ?? null
  );
}

/** The standing marking (asked for and not ended), or null. */
export function earlyFollowUpOf(citizenId: string, db: Pick<Store, "select"> = store()): EarlyFollowUp | null {
  const found = markingOf(citizenId, db);
  return found && !found.endedOn ? found : null;
}

type Asker = { audience: "citizen" | "staff"; id: string; name: string | null };

/**
 * Marks the person and reports it, in one transaction: asked again while it stands, nothing changes
 * and nothing is reported (the first request and its date stand). After the job centre ended it, a
 * new request starts it again from today.
 */
function mark(tx: WriteTx, citizenId: string, by: Asker, now: Date): { requestedOn: string; alreadyRequested: boolean } {
  const standing = earlyFollowUpOf(citizenId, tx);
  if (standing) return { requestedOn: standing.requestedOn, alreadyRequested: true };
  const citizen = tx.select({ cpr: citizens.cpr }).from(citizens).where(eq(citizens.id, citizenId)).get();
  if (!citizen) throw new Error("unknown citizen");
  const before = markingOf(citizenId, tx);
  const requestedOn = danishDate(now);
  const values = { requestedOn, registeredBy: by.name, endedOn: null, endedBy: null };
  tx.insert(personMarkings)
    .values({ citizenId, marking, ...values, createdAt: now })
    .onConflictDoUpdate({ target: [personMarkings.citizenId, personMarkings.marking], set: values })
    .run();
  enqueue(tx, {
    type: "personMarking",
    aggregateType: "citizen",
    aggregateId: citizenId,
    data: { cpr: citizen.cpr, marking, requestedOn },
    actor: { audience: by.audience, id: by.id },
    undo: { before },
    now,
  });
  return { requestedOn, alreadyRequested: false };
}

/** The citizen asks for early follow-up (seed 000 § 20 stk. 4). */
export function requestEarlyFollowUp(citizenId: string, options: Options = {}): { requestedOn: string; alreadyRequested: boolean } {
  return write(options.db ?? store(), (tx) => mark(tx, citizenId, { audience: "citizen", id: citizenId, name: null }, options.now ?? new Date()));
}

export type StaffMarkingResult = { ok: true } | { ok: false; reason: "not-found" | "already-marked" | "not-marked" };

/** A caseworker registers the marking for a citizen of their job centre (§ 28 stk. 3: "registreres og indberettes"). */
export function registerEarlyFollowUpByStaff(session: PortalSession, citizenId: string, options: Options = {}): StaffMarkingResult {
  const now = options.now ?? new Date();
  return write(options.db ?? store(), (tx): StaffMarkingResult => {
    const member = handlesCitizen(tx, session, citizenId) ? staffMemberOf(tx, session) : null;
    if (!member) return { ok: false, reason: "not-found" };
    if (mark(tx, citizenId, { audience: "staff", id: session.subjectId, name: member.name }, now).alreadyRequested) return { ok: false, reason: "already-marked" };
    recordAccess(tx, staffActor(session), "change", [citizenId], { now, criterion: "personMarking" });
    return { ok: true };
  });
}

/** A caseworker ends the standing marking (the early follow-up is over); reported with the day it ended. */
export function endEarlyFollowUpByStaff(session: PortalSession, citizenId: string, options: Options = {}): StaffMarkingResult {
  const now = options.now ?? new Date();
  return write(options.db ?? store(), (tx): StaffMarkingResult => {
    const member = handlesCitizen(tx, session, citizenId) ? staffMemberOf(tx, session) : null;
    const citizen = tx.select({ cpr: citizens.cpr }).from(citizens).where(eq(citizens.id, citizenId)).get();
    if (!member || !citizen) return { ok: false, reason: "not-found" };
    const standing = earlyFollowUpOf(citizenId, tx);
    if (!standing) return { ok: false, reason: "not-marked" };
    const endedOn = danishDate(now);
    tx.update(personMarkings)
      .set({ endedOn, endedBy: member.name })
      .where(and(eq(personMarkings.citizenId, citizenId), eq(personMarkings.marking, marking)))
      .run();
    enqueue(tx, {
      type: "personMarking",
      aggregateType: "citizen",
      aggregateId: citizenId,
      data: { cpr: citizen.cpr, marking, requestedOn: standing.requestedOn, endedOn },
      actor: { audience: "staff", id: session.subjectId },
      undo: { before: standing },
      now,
    });
    recordAccess(tx, staffActor(session), "change", [citizenId], { now, criterion: "personMarking" });
    return { ok: true };
  });
}

/**
 * The foundation refused the marking or its end: the marking is as it was before (none, standing,
 * or ended), unless it changed again since. An undo written before markings could end has no
 * `before`: the request is removed, so the citizen can ask again.
 */
export const undoEarlyFollowUp: Compensation<"personMarking"> = (tx, { message: { aggregateId, data }, undo }) => {
  const now = markingOf(aggregateId, tx);
  if (!now || now.requestedOn !== data.requestedOn || (now.endedOn ?? null) !== (data.endedOn ?? null)) return;
  const where = and(eq(personMarkings.citizenId, aggregateId), eq(personMarkings.marking, data.marking));
  const before = undo?.before;
  if (before) tx.update(personMarkings).set(before).where(where).run();
  else tx.delete(personMarkings).where(where).run();
};
