import { and, eq } from "drizzle-orm";
import { write, type Store, type WriteTx } from "../../../db/client";
import { summonses } from "../../../db/schema";
import type { Compensation } from "~/foundation/registry.server";
import type { UndoOf } from "~/foundation/undo";
import { enqueue } from "~/foundation/outbox.server";
import { recordAccess, recordRead, staffActor } from "~/features/access-log/access-log.server";
import type { PortalSession } from "~/features/auth/session.server";
import { colleagueOf, colleaguesOf, handlesCitizen, staffMemberOf } from "~/features/citizens/job-centre.server";
import { codeEntry, codeLabel, codeList } from "~/features/codelists/codelists.server";
import { activeRegistration } from "~/features/registration/period.server";
import type { Language } from "~/i18n/config";
import { danishDateAndTime, formatDay, formatTime } from "~/utils/dates";
import { store } from "~/utils/store.server";
import type { HeldConversationFormValue, MeetingCodeFacts, MoveValue, SlotOfferFormValue, StaffFormFacts, SummonsFormValue } from "./staff-schemas";
import { conversationOf, conversationsOf, registerHeldConversation } from "./conversations.server";
import { publishSlotOffer, upcomingSlotOffers } from "./slots.server";
import { createSummons, meetingOf, meetingsOf, type MeetingListItem } from "./summons.server";

/**
 * Staff's side of meetings: create, move and cancel a citizen's summons, register a held
 * conversation, publish slot offers. Each change is one transaction holding the change, its report
 * to the foundation (with the staff member as actor, so a refusal reaches them as a notice) and,
 * when it concerns a citizen, the access-log line; reads of a citizen's summonses are logged too.
 */

type Options = { now?: Date; db?: Store };

/** The code lists' facts the staff forms are validated with (see staff-schemas.ts). */
export function meetingCodeFacts(db: Store = store()): MeetingCodeFacts {
  const forms = codeList("meetingForm", "da", db);
  const types = codeList("meetingType", "da", db);
  return {
    meetingTypes: types.map((t) => t.code),
    meetingForms: forms.map((f) => f.code),
    participationStatuses: codeList("aKasseParticipationStatus", "da", db).map((s) => s.code),
    addressForms: forms.filter((f) => f.attributes.needsAddress === true).map((f) => f.code),
    phoneForms: forms.filter((f) => f.attributes.phone === true).map((f) => f.code),
    jointTypes: types.filter((t) => t.attributes.jointWithUnemploymentFund === true).map((t) => t.code),
    formOnlyWithType: Object.fromEntries(
      forms.filter((f) => typeof f.attributes.onlyWithMeetingType === "string").map((f) => [f.code, String(f.attributes.onlyWithMeetingType)]),
    ),
    furtherCourseTypes: types.filter((t) => t.attributes.furtherCourseAgreement === true).map((t) => t.code),
    flexjobTypes: types.filter((t) => t.attributes.flexjobAgreement === true).map((t) => t.code),
    participantRoles: codeList("participantRole", "da", db).map((r) => r.code),
    visitationGroups: codeList("visitationGroup", "da", db).map((g) => g.code),
  };
}

/** The facts of the staff forms for this staff member: the code lists and their job centre's caseworkers. */
export function staffFormFacts(session: PortalSession, db: Store = store()): StaffFormFacts {
  return { ...meetingCodeFacts(db), caseworkers: colleaguesOf(db, staffMemberOf(db, session)).map((c) => c.id) };
}

/** The caseworkers a meeting can be with, for the staff forms' picker: the staff member first. */
export function caseworkerOptions(session: PortalSession, db: Store = store()) {
  const colleagues = colleaguesOf(db, staffMemberOf(db, session));
  const me = colleagues.filter((c) => c.id === session.subjectId);
  return [...me, ...colleagues.filter((c) => c.id !== session.subjectId)].map((c) => ({ value: c.id, label: c.name }));
}

const actorOf = (session: PortalSession) => ({ audience: "staff" as const, id: session.subjectId });

/**
 * Who issues a meeting, from the staff register and never from a form: the staff member's job
 * centre, the caseworker the citizen meets (the staff member or a colleague of the same job centre),
 * and the staff member as the one who registered it. Null when the caseworker is no colleague.
 */
function issuer(tx: WriteTx, session: PortalSession, caseworkerId: string) {
  const member = staffMemberOf(tx, session);
  const caseworker = colleagueOf(tx, member, caseworkerId);
  return member && caseworker ? { jobCentre: member.jobCentre, caseworkerName: caseworker.name, registeredBy: member.name } : null;
}

/** Creates a summons for the citizen on staff's behalf; null when their job centre has no such citizen. */
export function createSummonsByStaff(session: PortalSession, citizenId: string, value: SummonsFormValue, options: Options = {}): string | null {
  const now = options.now ?? new Date();
  return write(options.db ?? store(), (tx) => {
    if (!handlesCitizen(tx, session, citizenId)) return null;
    const { caseworkerId, ...summons } = value;
    const by = issuer(tx, session, caseworkerId);
    if (!by) return null;
    const id = createSummons(tx, citizenId, { ...summons, ...by }, { now, actor: actorOf(session) });
    recordAccess(tx, staffActor(session), "change", [citizenId], { now });
    return id;
  });
}

/** One of the citizen's summonses as staff see it, every § 20 item; the read is logged. Null when it is not theirs. */
export function summonsForStaff(session: PortalSession, citizenId: string, summonsId: string, db: Store = store()) {
  if (!handlesCitizen(db, session, citizenId)) return null;
  const meeting = meetingOf(citizenId, summonsId, db);
  if (meeting) recordRead(staffActor(session), [citizenId], { db });
  return meeting;
}

/**
 * A citizen's summonses (upcoming and past) and held conversations for the staff overview, in the
 * staff member's language. The caller has logged the read of the citizen (citizenForStaff).
 */
export function meetingsForStaff(citizenId: string, lng: Language, options: Options = {}) {
  const db = options.db ?? store();
  const { upcoming, past } = meetingsOf(citizenId, options.now ?? new Date(), db);
  // Staff read the status as stored (a moved meeting says "moved"), with labels from this store.
  const present = (m: MeetingListItem) => ({
    id: m.id,
    day: formatDay(m.start, lng),
    time: `${formatTime(m.start, lng)}–${formatTime(m.end, lng)}`,
    title: m.title,
    type: codeLabel("meetingType", m.meetingType, lng, db),
    status: m.status,
  });
  return {
    upcoming: upcoming.map(present),
    past: past.map(present),
    conversations: conversationsOf(citizenId, db).map((c) => ({
      id: c.id,
      day: formatDay(c.heldOn, lng),
      type: codeLabel("meetingType", c.meetingType, lng, db),
      jobCentre: c.jobCentre,
    })),
  };
}

/** One of the citizen's held conversations as staff see it, every § 28 item; the read is logged. Null when it is not theirs. */
export function conversationForStaff(session: PortalSession, citizenId: string, conversationId: string, db: Store = store()) {
  if (!handlesCitizen(db, session, citizenId)) return null;
  const conversation = conversationOf(citizenId, conversationId, db);
  if (conversation) recordRead(staffActor(session), [citizenId], { db });
  return conversation;
}

/** The code lists staff pick from, in their language. */
export function staffMeetingOptions(lng: Language, db: Store = store()) {
  const options = (list: string) => codeList(list, lng, db).map((entry) => ({ value: entry.code, label: entry.label }));
  return {
    meetingTypes: options("meetingType"),
    meetingForms: options("meetingForm"),
    participationStatuses: options("aKasseParticipationStatus"),
    participantRoles: options("participantRole"),
    visitationGroups: options("visitationGroup"),
  };
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
});

/** Runs a change on a summons that is still ahead and not cancelled, in one transaction with its access-log line. */
function change(
  session: PortalSession,
  citizenId: string,
  summonsId: string,
  options: Options,
  apply: (tx: WriteTx, row: Row, now: Date) => void,
): StaffChangeResult {
  const now = options.now ?? new Date();
  return write(options.db ?? store(), (tx) => {
    if (!handlesCitizen(tx, session, citizenId)) return { ok: false, reason: "not-found" } as const;
    const row = tx
      .select()
      .from(summonses)
      .where(and(eq(summonses.id, summonsId), eq(summonses.citizenId, citizenId)))
      .get();
    if (!row) return { ok: false, reason: "not-found" } as const;
    if (row.status === "cancelled") return { ok: false, reason: "cancelled" } as const;
    if (row.end <= now.toISOString()) return { ok: false, reason: "past" } as const;
    apply(tx, row, now);
    recordAccess(tx, staffActor(session), "change", [citizenId], { now });
    return { ok: true } as const;
  });
}

/** Moves a summons to a new time (and perhaps place), keeping the old time for the citizen to see. */
export function moveSummons(session: PortalSession, citizenId: string, summonsId: string, value: MoveValue, options: Options = {}): StaffChangeResult {
  return change(session, citizenId, summonsId, options, (tx, row, now) => {
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
  });
}

/** Cancels a summons with a reason the citizen reads. */
export function cancelSummons(session: PortalSession, citizenId: string, summonsId: string, reason: string, options: Options = {}): StaffChangeResult {
  return change(session, citizenId, summonsId, options, (tx, row, now) => {
    tx.update(summonses).set({ status: "cancelled", cancellationReason: reason, updatedAt: now }).where(eq(summonses.id, row.id)).run();
    enqueue(tx, {
      type: "summons.cancel",
      aggregateType: "summons",
      aggregateId: row.id,
      data: { summonsId: row.id, reason },
      actor: actorOf(session),
      undo: before(row),
      now,
    });
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

/** Contact group 1 (seed 001 § 28 stk. 4): the citizen's active registration is in a benefit category of that group. */
export function inContactGroup1(citizenId: string, db: Store = store()): boolean {
  const registration = activeRegistration(db, citizenId);
  return !!registration && codeEntry("benefitCategory", registration.benefitCategory, "da", db)?.attributes.contactGroup === 1;
}

/**
 * The held-conversation form filled from the summons the conversation was held on, so staff
 * register it with the meeting's own type, form, time and job centre. Null when it is not theirs.
 */
export function conversationDefaultsFrom(citizenId: string, summonsId: string, db: Store = store()) {
  const meeting = meetingOf(citizenId, summonsId, db);
  if (!meeting) return null;
  const held = danishDateAndTime(meeting.start);
  return {
    summonsId: meeting.id,
    title: meeting.title,
    meetingType: meeting.meetingType,
    meetingForm: meeting.meetingForm,
    heldOnDate: held.date,
    heldOnTime: held.time,
    aKasseParticipationStatus: meeting.aKasseParticipationStatus ?? undefined,
  };
}

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
          .select({ id: summonses.id })
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
    recordAccess(tx, staffActor(session), "change", [citizenId], { now });
    return id;
  });
}

/** Publishes a free time of the staff member's job centre; null when the caseworker is no colleague. */
export function publishSlotByStaff(session: PortalSession, value: SlotOfferFormValue, options: Options = {}): string | null {
  const now = options.now ?? new Date();
  return write(options.db ?? store(), (tx) => {
    const { caseworkerId, ...slot } = value;
    const by = issuer(tx, session, caseworkerId);
    return by ? publishSlotOffer(tx, { ...slot, ...by }, { now, actor: actorOf(session) }) : null;
  });
}

/** The slot offers ahead of the staff member's job centre, with places booked. */
export function slotOffersForStaff(session: PortalSession, lng: Language, options: Options = {}) {
  const db = options.db ?? store();
  const member = staffMemberOf(db, session);
  if (!member) return [];
  return upcomingSlotOffers({ now: options.now, jobCentre: member.jobCentre }, db).map((slot) => ({
    id: slot.id,
    day: formatDay(slot.start, lng),
    time: `${formatTime(slot.start, lng)}–${formatTime(slot.end, lng)}`,
    type: codeLabel("meetingType", slot.meetingType, lng, db),
    form: codeLabel("meetingForm", slot.meetingForm, lng, db),
    location: slot.location,
    caseworkerName: slot.caseworkerName,
    jobCentre: slot.jobCentre,
    booked: slot.booked,
    capacity: slot.capacity,
  }));
}
