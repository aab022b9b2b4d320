/**
 * What each message does to its aggregate (the reducers) and the foundation's own business rules,
 * the ones that give it "the last word" over what a portal reported. Pure functions: the store
 * reads the current states, asks these, and writes the result in one transaction.
 */
import type { Message, MessageType } from "../../app/foundation/contract";
import { danishDate } from "../../app/utils/dates";

/** An aggregate's whole state, as the feed's `data` carries it. */
export type State = Record<string, unknown>;

/** A slot offer as the rules and the self-booking reducer see it. */
export interface Slot {
  version: number;
  state: State;
}

export interface RuleContext {
  /** Server time, in ms since the epoch. */
  now: number;
  /** The person's citizen state, for the rules that depend on it (contact group), or null if unknown. */
  citizen?: State | null;
  /** The visitation group registered last with one of the person's held conversations, or null. */
  latestVisitationGroup?: string | null;
  /** The slot offer a rebooking or self-booking names, or null if unknown. */
  slot: Slot | null;
}

/** A problem in the same shape as a zod issue. */
export interface Issue {
  code: "custom";
  path: (string | number)[];
  message: string;
}

/** The data field that must carry the aggregate's own id. Citizen messages carry only the CPR. */
const ownIdField: Partial<Record<MessageType, string>> = {
  "summons.create": "summonsId",
  "summons.move": "summonsId",
  "summons.cancel": "summonsId",
  "summons.change": "summonsId",
  citizenCancellation: "summonsId",
  rebooking: "summonsId",
  selfBooking: "summonsId",
  heldConversation: "conversationId",
  slotOffer: "slotOfferId",
  jobOrder: "jobOrderId",
  jobOrderStatus: "jobOrderId",
  placement: "placementId",
  placementStatus: "placementId",
};

/** A message whose data names another aggregate than its envelope does not fit (answered as 400). */
export function idIssues(message: Message): Issue[] {
  const field = ownIdField[message.type];
  if (!field) return [];
  const value = (message.data as Record<string, unknown>)[field];
  return value === message.aggregateId ? [] : [{ code: "custom", path: ["data", field], message: "must equal aggregateId" }];
}

/** Message types that need their aggregate to exist already. */
const needsExisting = new Set<MessageType>([
  "summons.move",
  "summons.cancel",
  "summons.change",
  "citizenCancellation",
  "summonsOutcome",
  "comment",
  "deregistration",
  "jobOrderStatus",
  "placementStatus",
]);

/** Message types that the foundation forwards to the a-kasse for a person in contact group 1. */
const forwardedTypes = new Set<MessageType>([
  "summons.create",
  "summons.move",
  "summons.cancel",
  "summons.change",
  "citizenCancellation",
  "summonsOutcome",
  "rebooking",
  "selfBooking",
  "heldConversation",
]);

const citizenTypes = new Set<MessageType>(["registration", "deregistration", "absence", "absenceDecision", "consent", "personMarking", "contactGroup"]);

/** The slot offer a message books, if any. */
export function slotToBook(message: Message): string | null {
  return message.type === "rebooking" || message.type === "selfBooking" ? message.data.slotOfferId : null;
}

/** The slot offer a summons holds, if any. */
export function heldSlot(state: State | null): string | null {
  return typeof state?.slotOfferId === "string" ? state.slotOfferId : null;
}

/**
 * The slot offer a message frees: a rebooking to another slot frees the old one, and a cancelled
 * summons frees the slot it held.
 */
export function slotToRelease(message: Message, state: State | null): string | null {
  const held = heldSlot(state);
  if (!held) return null;
  if (message.type === "summons.cancel" || message.type === "citizenCancellation") return held;
  if (message.type === "rebooking" && message.data.slotOfferId !== held) return held;
  return null;
}

export function isForwarded(type: MessageType): boolean {
  return forwardedTypes.has(type);
}

/** The CPR a state belongs to, kept in its own column so the citizen can be found by CPR. */
export function cprOf(state: State): string | null {
  return typeof state.cpr === "string" ? state.cpr : null;
}

/**
 * The person's contact group: the one registered last, or else the one their registration implies
 * (an active registration for unemployment benefits, dagpenge, is contact group 1).
 */
export function contactGroupOf(citizen: State | null): string | null {
  const registered = asRecord(citizen?.contactGroup);
  if (typeof registered?.group === "string") return registered.group;
  const registration = asRecord(citizen?.registration);
  return registration?.status === "active" && registration.benefitCategory === "dagpenge" ? "1" : null;
}

/** Contact group 1: the dagpenge group (seed 001 § 28 stk. 4–5). */
export function inContactGroup1(citizen: State | null): boolean {
  return contactGroupOf(citizen) === "1";
}

/** Seed 001 § 28 nr. 9: "For personer i kontaktgruppe 2, 3 og 12: … visitationsgruppen". */
const visitationContactGroups = new Set(["2", "3", "12"]);

/**
 * The foundation's rules, checked after the version check. Returns the reason for a refusal, or
 * null when the message may be applied. `state` is null when the aggregate does not exist.
 */
export function refusal(message: Message, state: State | null, context: RuleContext): string | null {
  if (!state && needsExisting.has(message.type)) return "unknown-aggregate";
  if (state && "cpr" in message.data && (citizenTypes.has(message.type) || message.type === "comment" || message.type === "citizenCancellation")) {
    if (typeof state.cpr === "string" && state.cpr !== message.data.cpr) return "cpr-mismatch";
  }
  switch (message.type) {
    case "summons.move":
    case "summons.cancel":
      return state?.status === "cancelled" ? "summons-cancelled" : null;
    case "absenceDecision": {
      // Only a holiday that awaits the job centre's decision is decided, and once.
      const absence = asRecord(asRecord(state?.absences)?.[message.data.absenceId]);
      if (!absence) return "unknown-absence";
      return absence.awaitsJobCentreDecision === true && absence.withdrawn !== true ? null : "absence-not-awaiting-decision";
    }
    case "personMarking": {
      // A marking stands until the job centre ends it: not marked twice, and only a standing one ends.
      const latest = asArray(state?.markings)
        .map(asRecord)
        .filter((m) => m?.marking === message.data.marking)
        .at(-1);
      const standing = !!latest && !latest.endedOn;
      if (!message.data.endedOn) return standing ? "marking-exists" : null;
      return standing && latest.requestedOn === message.data.requestedOn ? null : "marking-not-standing";
    }
    case "contactGroup": {
      // Registered with effect from the day it is registered, and only when it changes.
      if (message.data.effectiveFrom !== danishDate(new Date(context.now))) return "contact-group-start-not-today";
      return asRecord(state?.contactGroup)?.group === message.data.contactGroup ? "contact-group-unchanged" : null;
    }
    case "heldConversation": {
      // § 28 nr. 9: a visitation group only for contact groups 2, 3 and 12, and only when it differs
      // from the one registered last.
      const group = message.data.newVisitationGroup;
      if (!group) return null;
      if (!visitationContactGroups.has(contactGroupOf(context.citizen ?? null) ?? "")) return "visitation-group-not-applicable";
      return context.latestVisitationGroup === group ? "visitation-group-unchanged" : null;
    }
    case "summons.change": {
      // § 20 stk. 3: a summons still ahead is changed; one cancelled, held or over is not.
      if (state?.status === "cancelled") return "summons-cancelled";
      if (state?.status === "held" || state?.status === "no-show") return "summons-held";
      if (typeof state?.start !== "string" || context.now >= Date.parse(state.start)) return "meeting-begun";
      return deadlineRefusal({ ...state, ...definedOnly(message.data.changes) });
    }
    case "rebooking": {
      if (!state || state.rebookingPossible !== true || state.status === "cancelled") return "rebooking-not-allowed";
      const deadline = typeof state.rebookingDeadline === "string" ? Date.parse(state.rebookingDeadline) : null;
      if (deadline !== null && context.now > deadline) return "rebooking-not-allowed";
      // § 20 nr. 12: the new time must fall inside the summons' own rebooking period, if it has one.
      if (!withinPeriod(asRecord(state.rebookingPeriod), message.data.start)) return "rebooking-outside-period";
      if (heldSlot(state) === message.data.slotOfferId) return context.slot ? null : "slot-unknown";
      return slotRefusal(context.slot);
    }
    case "citizenCancellation": {
      // Afbud only where the summons allows it, before its deadline (or the meeting, without one).
      if (!state || state.cancellationPossible !== true || state.status === "cancelled" || state.status === "held") return "cancellation-not-allowed";
      const until = typeof state.cancellationDeadline === "string" ? state.cancellationDeadline : state.start;
      if (typeof until !== "string" || context.now > Date.parse(until)) return "cancellation-deadline-passed";
      return null;
    }
    case "summonsOutcome": {
      // Only a meeting whose time has come has an outcome; a cancelled one had none, and one held stays held.
      if (state?.status === "cancelled") return "summons-cancelled";
      if (typeof state?.start !== "string" || context.now < Date.parse(state.start)) return "meeting-not-begun";
      if (message.data.outcome === "no-show" && state.status === "held") return "summons-held";
      return null;
    }
    case "selfBooking":
      if (state) return "summons-exists";
      return slotRefusal(context.slot);
    default:
      return null;
  }
}

/** A rebooking or cancellation deadline must fall before the meeting it belongs to. */
function deadlineRefusal(summons: State): string | null {
  const start = typeof summons.start === "string" ? Date.parse(summons.start) : NaN;
  for (const deadline of [summons.rebookingDeadline, summons.cancellationDeadline]) {
    if (typeof deadline === "string" && Date.parse(deadline) >= start) return "deadline-after-start";
  }
  return null;
}

/** Whether a time's Danish day lies in the period (from and to both included); no period, no limit. */
function withinPeriod(period: State | null, start: string): boolean {
  if (!period || typeof period.from !== "string" || typeof period.to !== "string") return true;
  const day = danishDate(new Date(start));
  return period.from <= day && day <= period.to;
}

function slotRefusal(slot: Slot | null): string | null {
  if (!slot) return "slot-unknown";
  const booked = Number(slot.state.booked ?? 0);
  const capacity = Number(slot.state.capacity ?? 0);
  return booked < capacity ? null : "slot-full";
}

/** A slot offer's state after one more (+1) or one fewer (-1) booking. */
export function bookSlot(slot: State, delta: 1 | -1): State {
  return { ...slot, booked: Math.max(0, Number(slot.booked ?? 0) + delta) };
}

/** The new state: reducer(old state, message). `slot` is the booked slot offer, if any. */
export function reduce(state: State | null, message: Message, slot: Slot | null): State {
  const old: State = state ?? {};
  switch (message.type) {
    case "registration": {
      const { cpr, name } = message.data;
      const previous = asRecord(old.registration);
      const history = previous ? [...asArray(old.registrationHistory), previous] : asArray(old.registrationHistory);
      return citizen(old, cpr, name, { registration: { ...message.data, status: "active" }, registrationHistory: history });
    }
    case "deregistration": {
      const { cpr, name } = message.data;
      const registration = asRecord(old.registration);
      return citizen(old, cpr, name, {
        ...(registration ? { registration: { ...registration, status: "deregistered" } } : {}),
        deregistration: message.data,
      });
    }
    case "absence":
      return citizen(old, message.data.cpr, undefined, {
        // A later change of the absence (a withdrawal) keeps the job centre's decision on it.
        absences: {
          ...asRecord(old.absences),
          [message.data.absenceId]: { ...keep(asRecord(asRecord(old.absences)?.[message.data.absenceId]) ?? {}, "decision", "decidedOn", "decisionReason"), ...message.data },
        },
      });
    case "absenceDecision": {
      const { absenceId, decision, decidedOn, reason } = message.data;
      const absence = asRecord(asRecord(old.absences)?.[absenceId]) ?? {};
      return citizen(old, message.data.cpr, undefined, {
        absences: { ...asRecord(old.absences), [absenceId]: { ...absence, awaitsJobCentreDecision: false, decision, decidedOn, decisionReason: reason } },
      });
    }
    case "consent":
      return citizen(old, message.data.cpr, undefined, { consents: { fetch: message.data.fetch, share: message.data.share } });
    case "personMarking":
      return citizen(old, message.data.cpr, undefined, { markings: [...asArray(old.markings), message.data] });
    case "contactGroup": {
      const previous = asRecord(old.contactGroup);
      return citizen(old, message.data.cpr, undefined, {
        contactGroup: { group: message.data.contactGroup, effectiveFrom: message.data.effectiveFrom },
        contactGroupHistory: previous ? [...asArray(old.contactGroupHistory), previous] : asArray(old.contactGroupHistory),
      });
    }

    case "summons.create":
      return { ...keep(old, "comments", "slotOfferId"), ...message.data, status: "planned" };
    case "summons.move":
      return {
        ...old,
        start: message.data.start,
        end: message.data.end,
        location: message.data.location ?? old.location,
        status: "moved",
        previous: { start: old.start, end: old.end },
        moveReason: message.data.reason,
      };
    case "summons.cancel":
      return { ...old, status: "cancelled", cancelledBy: "job-centre", cancellationReason: message.data.reason };
    case "summons.change":
      return {
        ...old,
        ...definedOnly(message.data.changes),
        lastChange: { items: Object.keys(definedOnly(message.data.changes)), reason: message.data.reason, at: message.occurredAt },
      };
    case "citizenCancellation":
      return {
        ...old,
        status: "cancelled",
        cancelledBy: "citizen",
        citizenCancellation: { reason: message.data.reason, comment: message.data.comment },
        cancellationReason: message.data.comment,
      };
    case "summonsOutcome":
      return { ...old, status: message.data.outcome, heldConversationId: message.data.heldConversationId };
    case "rebooking": {
      // The new time's place, form, caseworker and contact details come with it (§ 20 nr. 3, 5–8, 10).
      const { summonsId: _id, slotOfferId, ...moved } = message.data;
      return {
        ...old,
        ...definedOnly(moved),
        slotOfferId,
        status: "moved",
        rebooked: true,
        previous: { start: old.start, end: old.end },
      };
    }
    case "selfBooking": {
      const offer = slot?.state ?? {};
      return {
        jobCentre: offer.jobCentre,
        caseworkerName: offer.caseworkerName,
        meetingForm: offer.meetingForm,
        location: offer.location,
        ...definedOnly(message.data),
        selfBooked: true,
        status: "planned",
      };
    }
    case "comment":
      return { ...old, comments: [...asArray(old.comments), message.data] };
    case "heldConversation":
      // The day it was first registered: a visitation group has effect from it (§ 28 stk. 2).
      return { ...keep(old, "comments"), ...message.data, registeredAt: typeof old.registeredAt === "string" ? old.registeredAt : message.occurredAt };

    case "slotOffer":
      return { ...message.data, booked: Number(old.booked ?? 0) };
    case "jobOrder":
      return { ...message.data, ...keep(old, "placements") };
    case "jobOrderStatus":
      return { ...old, status: message.data.status, statusComment: message.data.comment };
    case "placement":
      return {
        ...message.data,
        history: [...asArray(old.history), { status: message.data.status, at: message.occurredAt }],
      };
    case "placementStatus":
      return {
        ...old,
        status: message.data.status,
        history: [...asArray(old.history), { status: message.data.status, at: message.occurredAt, comment: message.data.comment }],
      };
  }
}

/** A citizen's state with `cpr` and `name` first (when known), then everything else. */
function citizen(old: State, cpr: string, name: string | undefined, changes: State): State {
  const { cpr: _cpr, name: oldName, ...rest } = old;
  const knownName = name ?? (typeof oldName === "string" ? oldName : undefined);
  return { cpr, ...(knownName === undefined ? {} : { name: knownName }), ...rest, ...changes };
}

function keep(old: State, ...fields: string[]): State {
  return Object.fromEntries(fields.filter((field) => old[field] !== undefined).map((field) => [field, old[field]]));
}

function asRecord(value: unknown): State | null {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as State) : null;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The fields a message sets: those it leaves out keep what the state had. */
function definedOnly(data: Record<string, unknown>): State {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));
}
