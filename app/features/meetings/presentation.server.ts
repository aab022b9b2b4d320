import type { Language } from "~/i18n/config";
import { changeableSummonsItems, type ChangeableSummonsItem } from "~/foundation/contract";
import { codeEntry, codeLabel, codeList } from "~/features/codelists/codelists.server";
import { formatDateTime, formatDay, formatDayAndTimes, formatShortDate, formatTime, formatTimeRange } from "~/utils/dates";
import type { SlotOffer } from "./booking.server";
import type { SlotDay } from "./SlotPicker";
import { cancellationCloses, type cancellationOptions } from "./cancellation.server";
import type { MeetingListItem, meetingOf } from "./summons.server";

/**
 * Meetings as the citizen reads them: dates in Danish time and code-list labels in their language,
 * prepared on the server so the page renders the same with and without JavaScript.
 */
export function presentListItem(item: MeetingListItem, lng: Language) {
  return {
    id: item.id,
    day: formatDay(item.start, lng),
    time: formatTimeRange(item.start, item.end, lng),
    // A self-booking read back from the feed before offers carried a title has none: the type names it.
    title: item.title || codeLabel("meetingType", item.meetingType, lng),
    type: codeLabel("meetingType", item.meetingType, lng),
    status: item.status,
    /** Locale key under `status`: what the citizen reads in the status column */
    statusKey: citizenStatusKey(item),
    moved: item.moved,
    awaitsConfirmation: item.awaitsConfirmation,
    changedAt: formatDateTime(item.changedAt, lng),
  };
}

/** The status as the citizen reads it: waiting for the foundation, their own afbud, moved, or as stored. */
function citizenStatusKey(item: MeetingListItem): string {
  if (item.awaitsConfirmation) return "awaitingConfirmation";
  if (item.cancelledByCitizen) return "cancelledByYou";
  // Moved, and not yet over one way or another (cancelled, held, not attended).
  if (item.moved && (item.status === "planned" || item.status === "moved")) return "moved";
  if (item.changed && item.status === "planned") return "changed";
  return item.status;
}

/**
 * Which "how to take part" text fits the meeting form: the forms with their own text say so in the
 * code list (`joinText`); by phone it matters who calls whom.
 */
function joinKey(form: string, phoneToCall: string | null): string {
  const attributes = codeEntry("meetingForm", form)?.attributes ?? {};
  if (attributes.phone === true && phoneToCall) return "telefonisk-selv";
  return attributes.joinText === true ? form : "other";
}

export function presentMeeting(meeting: NonNullable<ReturnType<typeof meetingOf>>, lng: Language) {
  return {
    ...meeting,
    // A self-booking reaches the foundation without a title: the type names the meeting then.
    title: meeting.title || codeLabel("meetingType", meeting.meetingType, lng),
    day: formatDay(meeting.start, lng),
    /** "4. december": the meeting's day in its page title */
    shortDay: formatShortDate(meeting.start, lng),
    time: formatTimeRange(meeting.start, meeting.end, lng),
    previous: meeting.previousStart ? `${formatDay(meeting.previousStart, lng)} ${formatTime(meeting.previousStart, lng)}` : null,
    /** § 20 stk. 3: the job centre's last change of the items: when, which (the contract's names) and why */
    lastChange:
      meeting.changedAt && meeting.changedItems?.length
        ? { when: formatDateTime(meeting.changedAt, lng), items: meeting.changedItems.filter(isChangeableItem), reason: meeting.changeReason }
        : null,
    form: codeLabel("meetingForm", meeting.meetingForm, lng),
    /** Locale key under detail.join: how the citizen takes part, in plain words */
    join: joinKey(meeting.meetingForm, meeting.phoneToCall),
    type: codeLabel("meetingType", meeting.meetingType, lng),
    rebookingDeadline: meeting.rebookingDeadline ? formatDateTime(meeting.rebookingDeadline, lng) : null,
    rebookingPeriod: presentPeriod(meeting, lng),
    cancellationCloses: formatDateTime(cancellationCloses(meeting), lng),
    citizenCancellationReason: meeting.citizenCancellationReason ? codeLabel("citizenCancellationReason", meeting.citizenCancellationReason, lng) : null,
    aKasseParticipation: meeting.aKasseParticipationStatus ? codeLabel("aKasseParticipationStatus", meeting.aKasseParticipationStatus, lng) : null,
    forwardedToFund: meeting.forwardedToFundAt ? formatDateTime(meeting.forwardedToFundAt, lng) : null,
  };
}

const isChangeableItem = (item: string): item is ChangeableSummonsItem => (changeableSummonsItems as readonly string[]).includes(item);

/** A calendar date as the citizen reads it: the day in words. */
const formatDate = (date: string, lng: Language) => formatDay(date, lng);

/** § 20 nr. 12: the rebooking period's first and last day in words, or null without one. */
export function presentPeriod(summons: { rebookingPeriodFrom: string | null; rebookingPeriodTo: string | null }, lng: Language) {
  if (!summons.rebookingPeriodFrom || !summons.rebookingPeriodTo) return null;
  return { from: formatDate(summons.rebookingPeriodFrom, lng), to: formatDate(summons.rebookingPeriodTo, lng) };
}

/** The afbud page: the meeting, until when it can be cancelled, and the reasons to choose from. */
export function presentCancellation({ summons, refusal }: ReturnType<typeof cancellationOptions>, lng: Language) {
  return {
    meeting: {
      id: summons.id,
      title: summons.title || codeLabel("meetingType", summons.meetingType, lng),
      when: formatDayAndTimes(summons.start, summons.end, lng),
      shortDay: formatShortDate(summons.start, lng),
      closes: formatDateTime(cancellationCloses(summons), lng),
      compulsory: summons.compulsory,
      contactOptions: summons.contactOptions,
    },
    refusal,
    reasons: codeList("citizenCancellationReason", lng).map((o) => ({ value: o.code, label: o.label })),
  };
}

/** Free slot offers grouped by their day in Danish time, in the order given (soonest first). */
export function presentSlotDays(slots: SlotOffer[], lng: Language): SlotDay[] {
  const days: SlotDay[] = [];
  for (const slot of slots) {
    const day = formatDay(slot.start, lng);
    const choice = { id: slot.id, time: formatTimeRange(slot.start, slot.end, lng), location: slot.location, caseworkerName: slot.caseworkerName };
    const last = days.at(-1);
    if (last?.day === day) last.slots.push(choice);
    else days.push({ day, slots: [choice] });
  }
  return days;
}
