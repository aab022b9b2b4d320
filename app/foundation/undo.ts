/**
 * What the portal keeps beside a change it reports, for undoing it locally if the foundation
 * refuses (see `Compensation` in registry.server.ts). Portal-internal: the foundation never sees
 * these, so they sit beside the contract rather than in it. Each is parsed again before it is used,
 * since it comes back from the outbox's JSON column, perhaps written by an older version.
 */
import * as z from "zod";
import type { MessageType } from "./contract";
import { summonsStatuses } from "./contract";

/** The citizen's consents before the change; null when they had none. */
const consentUndo = z.object({ fetchGiven: z.boolean(), fetchOn: z.string(), shareGiven: z.boolean(), shareOn: z.string() }).nullable();

/** The registration period the change started or ended. */
const registrationPeriodUndo = z.object({ registrationId: z.string() });

/** The absence before the change; null when the change created it. */
const absenceUndo = z.object({ before: z.object({ endDate: z.string().nullable(), withdrawn: z.boolean() }).nullable() });

/** The summons' time and slot before a rebooking. */
const rebookingUndo = z.object({
  start: z.string(),
  end: z.string(),
  status: z.enum(summonsStatuses),
  slotOfferId: z.string().nullable(),
  previousStart: z.string().nullable(),
  previousEnd: z.string().nullable(),
  // What the new slot brought (§ 20 nr. 3, 5–8, 10); absent in undos written before a rebooking took them.
  meetingForm: z.string().optional(),
  location: z.string().optional(),
  address: z.string().nullable().optional(),
  phoneToCall: z.string().nullable().optional(),
  contactOptions: z.string().optional(),
  caseworkerName: z.string().optional(),
});

/** The booking duty a self-booking fulfilled, to open again. */
const selfBookingUndo = z.object({ dutyId: z.string() });

/** What a move or a cancellation overwrites on the summons. */
const summonsChangeUndo = z.object({
  start: z.string(),
  end: z.string(),
  location: z.string(),
  status: z.enum(summonsStatuses),
  previousStart: z.string().nullable(),
  previousEnd: z.string().nullable(),
  moveReason: z.string().nullable(),
  cancellationReason: z.string().nullable(),
  // Written before afbud existed, an undo has no `cancelledBy`: nobody had cancelled then.
  cancelledBy: z.enum(["job-centre", "citizen"]).nullable().default(null),
});

/** What an afbud overwrites on the summons. */
const citizenCancellationUndo = z.object({
  status: z.enum(summonsStatuses),
  cancelledBy: z.enum(["job-centre", "citizen"]).nullable(),
  citizenCancellationReason: z.string().nullable(),
  cancellationReason: z.string().nullable(),
});

/**
 * What changing a summons' items overwrites: the changed columns as they were (only those), and the
 * record of the change before it.
 */
const summonsItemsUndo = z.object({
  before: z
    .object({
      meetingForm: z.string(),
      location: z.string(),
      address: z.string().nullable(),
      phoneToCall: z.string().nullable(),
      contactOptions: z.string(),
      title: z.string(),
      description: z.string(),
      caseworkerName: z.string(),
      compulsory: z.boolean(),
      rebookingPossible: z.boolean(),
      rebookingDeadline: z.string().nullable(),
      rebookingPeriodFrom: z.string().nullable(),
      rebookingPeriodTo: z.string().nullable(),
      cancellationPossible: z.boolean(),
      cancellationDeadline: z.string().nullable(),
      aKasseParticipationStatus: z.string().nullable(),
    })
    .partial(),
  lastChange: z.object({ changeReason: z.string().nullable(), changedItems: z.array(z.string()).nullable(), changedAt: z.string().nullable() }),
});

/**
 * The marking before it was asked for or ended; null when there was none. A whole undo of null was
 * written before markings could end (the request is then removed).
 */
const personMarkingUndo = z
  .object({
    before: z.object({ requestedOn: z.string(), registeredBy: z.string().nullable(), endedOn: z.string().nullable(), endedBy: z.string().nullable() }).nullable(),
  })
  .nullable();

/** A decided holiday goes back to awaiting the decision. */
const absenceDecisionUndo = z.object({ absenceId: z.string() });

/** The contact-group registration to remove again. */
const contactGroupUndo = z.object({ contactGroupId: z.string() });

/** What registering a summons' outcome overwrites: its status. */
const summonsOutcomeUndo = z.object({ status: z.enum(summonsStatuses) });

/** The order's fields before an edit (every field the form and the feed set); null for a new order. */
const jobOrderUndo = z.object({
  before: z
    .object({
      cvr: z.string(),
      pNumber: z.string().nullable(),
      employerName: z.string(),
      title: z.string(),
      occupation: z.string(),
      description: z.string(),
      internalComment: z.string().nullable(),
      jobOrderType: z.string(),
      workingTime: z.string(),
      weeklyHours: z.number().nullable(),
      positions: z.number().int(),
      startDate: z.string().nullable(),
      applicationDeadline: z.string(),
      workplaceAddress: z.string(),
      postcode: z.string(),
      municipalityCode: z.string().nullable(),
      contactName: z.string(),
      contactPhone: z.string().nullable(),
      contactEmail: z.string().nullable(),
      origin: z.string(),
      status: z.string(),
      statusComment: z.string().nullable(),
    })
    .nullable(),
});

const jobOrderStatusUndo = z.object({ before: z.object({ status: z.string(), statusComment: z.string().nullable() }) });

const placementStatusUndo = z.object({ before: z.object({ status: z.string(), comment: z.string().nullable() }) });

type Undos = {
  consent: z.output<typeof consentUndo>;
  registration: z.output<typeof registrationPeriodUndo>;
  deregistration: z.output<typeof registrationPeriodUndo>;
  absence: z.output<typeof absenceUndo>;
  rebooking: z.output<typeof rebookingUndo>;
  selfBooking: z.output<typeof selfBookingUndo>;
  "summons.move": z.output<typeof summonsChangeUndo>;
  "summons.cancel": z.output<typeof summonsChangeUndo>;
  "summons.change": z.output<typeof summonsItemsUndo>;
  contactGroup: z.output<typeof contactGroupUndo>;
  absenceDecision: z.output<typeof absenceDecisionUndo>;
  personMarking: z.output<typeof personMarkingUndo>;
  citizenCancellation: z.output<typeof citizenCancellationUndo>;
  summonsOutcome: z.output<typeof summonsOutcomeUndo>;
  jobOrder: z.output<typeof jobOrderUndo>;
  jobOrderStatus: z.output<typeof jobOrderStatusUndo>;
  placementStatus: z.output<typeof placementStatusUndo>;
};

/** What a change of message type T keeps for its undoing; null for the types that need nothing. */
export type UndoOf<T extends MessageType> = T extends keyof Undos ? Undos[T] : null;

const nothing = z.null();

/** The undo payload's schema of every message type. */
export const undoSchemas: { [T in MessageType]: z.ZodType<UndoOf<T>, unknown> } = {
  registration: registrationPeriodUndo,
  deregistration: registrationPeriodUndo,
  absence: absenceUndo,
  consent: consentUndo,
  personMarking: personMarkingUndo,
  contactGroup: contactGroupUndo,
  absenceDecision: absenceDecisionUndo,
  "summons.create": nothing,
  "summons.move": summonsChangeUndo,
  "summons.cancel": summonsChangeUndo,
  "summons.change": summonsItemsUndo,
  citizenCancellation: citizenCancellationUndo,
  summonsOutcome: summonsOutcomeUndo,
  rebooking: rebookingUndo,
  selfBooking: selfBookingUndo,
  comment: nothing,
  heldConversation: nothing,
  slotOffer: nothing,
  jobOrder: jobOrderUndo,
  jobOrderStatus: jobOrderStatusUndo,
  placement: nothing,
  placementStatus: placementStatusUndo,
};
