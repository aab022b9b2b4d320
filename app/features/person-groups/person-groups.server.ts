import { desc, eq } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { write, type Store, type WriteTx } from "../../../db/client";
import { citizens, contactGroups, visitationGroups } from "../../../db/schema";
import type { AggregateFeedItem } from "~/foundation/contract";
import { enqueue } from "~/foundation/outbox.server";
import type { Compensation } from "~/foundation/registry.server";
import { recordAccess, staffActor } from "~/features/access-log/access-log.server";
import type { PortalSession } from "~/features/auth/session.server";
import { handlesCitizen, staffMemberOf } from "~/features/citizens/job-centre.server";
import { codeEntry, codeList } from "~/features/codelists/codelists.server";
import { activeRegistration } from "~/features/registration/period.server";
import type { ConversationPersonFacts } from "~/features/meetings/staff-schemas";
import { danishDate } from "~/utils/dates";
import { store } from "~/utils/store.server";

/**
 * A person's contact group (kontaktgruppe) and visitation group, each with its history. The contact
 * group is registered by the job centre with effect from that day; until it is, the registration's
 * benefit category implies one (dagpenge: KG1). The visitation group is registered with a held
 * conversation (seed 001 § 28 nr. 9), "for personer i kontaktgruppe 2, 3 og 12 … hvis
 * visitationsvurderingen resulterer i en anden visitationsgruppe end den senest registrerede", and
 * "har virkning fra registreringsdatoen" (stk. 2).
 */

type Reader = Pick<Store, "select">;
type Options = { now?: Date; db?: Store };

export type ContactGroup = { contactGroup: string; effectiveFrom: string; registeredBy: string | null; implied: boolean };

/** The contact groups registered for the person, newest first. */
export function contactGroupHistoryOf(citizenId: string, db: Reader = store()) {
  return db
    .select({ contactGroup: contactGroups.contactGroup, effectiveFrom: contactGroups.effectiveFrom, registeredBy: contactGroups.registeredBy })
    .from(contactGroups)
    .where(eq(contactGroups.citizenId, citizenId))
    .orderBy(desc(contactGroups.createdAt))
    .limit(100)
    .all();
}

/** The contact group now: the one registered last, else the one the active registration implies, else none. */
export function currentContactGroupOf(citizenId: string, db: Reader = store()): ContactGroup | null {
  const registered = contactGroupHistoryOf(citizenId, db)[0];
  if (registered) return { ...registered, implied: false };
  const registration = activeRegistration(db, citizenId);
  const implied = registration ? codeEntry("benefitCategory", registration.benefitCategory, "da", db)?.attributes.contactGroup : undefined;
  return registration && implied !== undefined ? { contactGroup: String(implied), effectiveFrom: registration.registeredOn, registeredBy: null, implied: true } : null;
}

/** Contact group 1, the dagpenge group: stk. 4's CV flag applies, and the a-kasse gets the conversations (stk. 5). */
export const inContactGroup1 = (citizenId: string, db: Reader = store()) => currentContactGroupOf(citizenId, db)?.contactGroup === "1";

/** Whether a person in this contact group has a visitation group registered with a held conversation (§ 28 nr. 9). */
export function registersVisitation(group: ContactGroup | null, db: Reader = store()): boolean {
  return !!group && codeEntry("contactGroup", group.contactGroup, "da", db)?.attributes.visitation === true;
}


/** The visitation groups registered for the person, newest first. */
export function visitationHistoryOf(citizenId: string, db: Reader = store()) {
  return db
    .select({ visitationGroup: visitationGroups.visitationGroup, effectiveFrom: visitationGroups.effectiveFrom, heldConversationId: visitationGroups.heldConversationId })
    .from(visitationGroups)
    .where(eq(visitationGroups.citizenId, citizenId))
    .orderBy(desc(visitationGroups.createdAt))
    .limit(100)
    .all();
}

/**
 * What the held-conversation form needs to know of the person: contact group 1 (stk. 4's CV flag),
 * and of nr. 9 whether it applies and the visitation group registered last.
 */
export function conversationPersonFacts(citizenId: string, db: Reader = store()): ConversationPersonFacts {
  const group = currentContactGroupOf(citizenId, db);
  return {
    contactGroup1: group?.contactGroup === "1",
    visitation: { applies: registersVisitation(group, db), current: visitationHistoryOf(citizenId, db)[0]?.visitationGroup ?? null },
  };
}

/** Records the visitation group a held conversation registered, with effect from the day of registration. */
export function recordVisitationGroup(tx: WriteTx, citizenId: string, visitationGroup: string, heldConversationId: string, now: Date): void {
  tx.insert(visitationGroups)
    .values({ id: randomUUID(), citizenId, visitationGroup, effectiveFrom: danishDate(now), heldConversationId, createdAt: now })
    .onConflictDoUpdate({ target: visitationGroups.heldConversationId, set: { visitationGroup } })
    .run();
}

/** The contact groups staff may register, as codes. */
export const contactGroupCodes = (db: Store = store()) => codeList("contactGroup", "da", db).map((g) => g.code);

export type ContactGroupResult = { ok: true } | { ok: false; reason: "not-found" | "unchanged" };

/** Staff register the person's contact group, with effect from today; reported to the foundation. */
export function registerContactGroupByStaff(session: PortalSession, citizenId: string, contactGroup: string, options: Options = {}): ContactGroupResult {
  const now = options.now ?? new Date();
  return write(options.db ?? store(), (tx): ContactGroupResult => {
    if (!handlesCitizen(tx, session, citizenId)) return { ok: false, reason: "not-found" };
    const citizen = tx.select({ cpr: citizens.cpr }).from(citizens).where(eq(citizens.id, citizenId)).get();
    const member = staffMemberOf(tx, session);
    if (!citizen || !member) return { ok: false, reason: "not-found" };
    const current = currentContactGroupOf(citizenId, tx);
    if (current && !current.implied && current.contactGroup === contactGroup) return { ok: false, reason: "unchanged" };
    const id = randomUUID();
    const effectiveFrom = danishDate(now);
    tx.insert(contactGroups).values({ id, citizenId, contactGroup, effectiveFrom, registeredBy: member.name, createdAt: now }).run();
    enqueue(tx, {
      type: "contactGroup",
      aggregateType: "citizen",
      aggregateId: citizenId,
      data: { cpr: citizen.cpr, contactGroup, effectiveFrom },
      actor: { audience: "staff", id: session.subjectId },
      undo: { contactGroupId: id },
      now,
    });
    recordAccess(tx, staffActor(session), "change", [citizenId], { now, criterion: "contactGroup" });
    return { ok: true };
  });
}

/** The foundation refused the contact group: the registration is removed again. */
export const undoContactGroup: Compensation<"contactGroup"> = (tx, { undo }) => {
  tx.delete(contactGroups).where(eq(contactGroups.id, undo.contactGroupId)).run();
};

/** A contact group registered elsewhere arrives with the citizen's state: recorded once, when it is new here. */
export function applyContactGroupFromFeed(tx: WriteTx, item: AggregateFeedItem<"citizen">, now = new Date()): void {
  const registered = item.data.contactGroup;
  if (!registered || !tx.select({ id: citizens.id }).from(citizens).where(eq(citizens.id, item.id)).get()) return;
  const current = contactGroupHistoryOf(item.id, tx)[0];
  if (current?.contactGroup === registered.group && current.effectiveFrom === registered.effectiveFrom) return;
  tx.insert(contactGroups)
    .values({ id: randomUUID(), citizenId: item.id, contactGroup: registered.group, effectiveFrom: registered.effectiveFrom, registeredBy: null, createdAt: now })
    .run();
}
