import { type Store } from "../../../db/client";
import { recordRead, staffActor } from "~/features/access-log/access-log.server";
import type { PortalSession } from "~/features/auth/session.server";
import { colleaguesOf, handlesCitizen, staffMemberOf } from "~/features/citizens/job-centre.server";
import { codeEntry, codeLabel } from "~/features/codelists/codelists.server";
import type { Language } from "~/i18n/config";
import { danishDateAndTime, formatDay, formatTimeRange } from "~/utils/dates";
import { store } from "~/utils/store.server";
import { conversationOf, conversationsOf } from "./conversations.server";
import { upcomingSlotOffers } from "./slots.server";
import { meetingOf, meetingsOf, type MeetingListItem } from "./summons.server";
import { whyNoOutcome, whyStaffMayNotChange } from "./staff-rules";

/**
 * Staff's reads of meetings: a citizen's summonses and held conversations (each read logged), the
 * defaults of a held conversation from its summons, contact group 1, and the job centre's slot offers.
 */

type Options = { now?: Date; db?: Store };

/**
 * One of the citizen's summonses as staff see it, every § 20 item and whether staff may still move
 * or cancel it; the read is logged. Null when it is not theirs.
 */
export function summonsForStaff(session: PortalSession, citizenId: string, summonsId: string, db: Store = store(), now = new Date()) {
  if (!handlesCitizen(db, session, citizenId)) return null;
  const meeting = meetingOf(citizenId, summonsId, db);
  if (!meeting) return null;
  recordRead(staffActor(session), [citizenId], { db });
  return {
    ...meeting,
    staffMayChange: whyStaffMayNotChange(meeting, now) === null,
    /** Its time has come and it has no outcome yet: staff can register a no-show (or the conversation) */
    awaitsOutcome: whyNoOutcome(meeting, "no-show", now) === null && meeting.status !== "no-show",
  };
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
    time: formatTimeRange(m.start, m.end, lng),
    title: m.title,
    type: codeLabel("meetingType", m.meetingType, lng, db),
    status: m.cancelledByCitizen ? "cancelledByCitizen" : m.status,
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

type StaffSummons = NonNullable<ReturnType<typeof summonsForStaff>>;

/**
 * The change form filled with the summons' items as they stand (§ 20 stk. 3), in the form's own
 * fields: Danish dates and times, "on" for a ticked box, who calls whom, and the caseworker among
 * the staff member's colleagues (none when the meeting is with someone outside the job centre).
 */
export function summonsChangeDefaults(session: PortalSession, summons: StaffSummons, db: Store = store()) {
  const at = (iso: string | null) => (iso ? danishDateAndTime(iso) : { date: undefined, time: undefined });
  const tick = (on: boolean) => (on ? "on" : undefined);
  const phone = codeEntry("meetingForm", summons.meetingForm, "da", db)?.attributes.phone === true;
  const rebooking = at(summons.rebookingDeadline);
  const cancellation = at(summons.cancellationDeadline);
  return {
    meetingForm: summons.meetingForm,
    title: summons.title,
    description: summons.description,
    location: summons.location,
    address: summons.address ?? undefined,
    phoneCaller: phone ? (summons.phoneToCall ? "citizen" : "jobCentre") : undefined,
    phoneToCall: summons.phoneToCall ?? undefined,
    contactOptions: summons.contactOptions,
    caseworker: colleaguesOf(db, staffMemberOf(db, session)).find((c) => c.name === summons.caseworkerName)?.id,
    compulsory: tick(summons.compulsory),
    rebookingPossible: tick(summons.rebookingPossible),
    rebookingDeadlineDate: rebooking.date,
    rebookingDeadlineTime: rebooking.time,
    rebookingPeriodFrom: summons.rebookingPeriodFrom ?? undefined,
    rebookingPeriodTo: summons.rebookingPeriodTo ?? undefined,
    cancellationPossible: tick(summons.cancellationPossible),
    cancellationDeadlineDate: cancellation.date,
    cancellationDeadlineTime: cancellation.time,
    aKasseParticipationStatus: summons.aKasseParticipationStatus ?? undefined,
  };
}

/** The slot offers ahead of the staff member's job centre, with places booked. */
export function slotOffersForStaff(session: PortalSession, lng: Language, options: Options = {}) {
  const db = options.db ?? store();
  const member = staffMemberOf(db, session);
  if (!member) return [];
  return upcomingSlotOffers({ now: options.now, jobCentre: member.jobCentre }, db).map((slot) => ({
    id: slot.id,
    day: formatDay(slot.start, lng),
    time: formatTimeRange(slot.start, slot.end, lng),
    type: codeLabel("meetingType", slot.meetingType, lng, db),
    form: codeLabel("meetingForm", slot.meetingForm, lng, db),
    location: slot.location,
    caseworkerName: slot.caseworkerName,
    jobCentre: slot.jobCentre,
    booked: slot.booked,
    capacity: slot.capacity,
  }));
}

