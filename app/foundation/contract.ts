/**
 * The contract between the portal and the common data foundation: every message the portal
 * sends and the change feed it reads. The portal and the foundation stub both validate with
 * these schemas, so a message that does not fit fails loudly on either side.
 */
import * as z from "zod";

const id = z.uuid();
const cpr = z.string().regex(/^\d{10}$/, "CPR must be 10 digits");
const code = z.string().min(1).max(60);
const date = z.iso.date();
const dateTime = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().max(max);

const consentState = z.object({ given: z.boolean(), on: date });

/** Seed 002 § 8 stk. 1 and § 9 nr. 1. */
const registration = z.object({
  cpr,
  name: text(200).min(1),
  registeredOn: date,
  benefitCategory: code,
  unemploymentDegree: code,
  unemployedFrom: date,
  occupations: z.array(code).min(1).max(200),
  unemploymentFund: code.nullable(),
  phone: text(30).nullable(),
  email: text(254).nullable(),
  consents: z.object({ fetch: consentState, share: consentState }),
});

/** Seed 002 § 8 stk. 2. */
const deregistration = z.object({ cpr, name: text(200).min(1), deregisteredOn: date, reason: code });

/** Seed 002 § 4 stk. 3, § 8 stk. 5. */
const absence = z.object({
  absenceId: id,
  cpr,
  absenceType: code,
  startDate: date,
  endDate: date.nullable(),
  comment: text(1500).nullable(),
  reportedOn: date,
  withdrawn: z.boolean(),
  awaitsJobCentreDecision: z.boolean(),
});

/**
 * The job centre's decision on a holiday reported too late to stand without one (seed 002 § 4
 * stk. 3: "skal staten og kommunen i jobcenteret registrere midlertidige forhold"); a refusal says why.
 */
export const absenceDecisions = ["approved", "refused"] as const;
const absenceDecision = z
  .object({ cpr, absenceId: id, decision: z.enum(absenceDecisions), decidedOn: date, reason: text(500).nullable() })
  .refine((d) => d.decision === "approved" || !!d.reason, { error: "a refusal says why", path: ["reason"] });

const consent = z.object({ cpr, fetch: consentState, share: consentState });

/** Seed 000 § 20 stk. 4: "Tidlig opfølgning - fast track". */
/** Seed 000 § 20 stk. 4, seed 001 § 28 stk. 3: "Der anvendes persongruppemarkeringen: Tidlig opfølgning - fast track." */
export const earlyFollowUpMarking = "Tidlig opfølgning - fast track";
/**
 * The marking as asked for (by the citizen, or registered by a caseworker) and, when the job centre
 * ends it, the same marking with the day it ended.
 */
const personMarking = z.object({ cpr, marking: z.literal(earlyFollowUpMarking), requestedOn: date, endedOn: date.nullish() });

/**
 * The person's contact group (kontaktgruppe), registered by the job centre with effect from the day
 * it is registered. Which groups exist is the `contactGroup` code list's (KG1 is the dagpenge group).
 */
const contactGroup = z.object({ cpr, contactGroup: code, effectiveFrom: date });

/** First and last day, both included; the last is not before the first. */
const rebookingPeriod = z
  .object({ from: date, to: date })
  .refine((period) => period.from <= period.to, { error: "the rebooking period ends before it begins", path: ["to"] });

/** Seed 000 § 20: the 13 items of a summons, and what the portal needs besides. */
const summons = z.object({
  summonsId: id,
  cpr,
  start: dateTime,
  end: dateTime,
  meetingForm: code,
  meetingType: code,
  location: text(200),
  contactOptions: text(500),
  address: text(300).nullable(),
  phoneToCall: text(30).nullable(),
  title: text(200).min(1),
  description: text(5000),
  caseworkerName: text(200),
  rebookingPossible: z.boolean(),
  rebookingDeadline: dateTime.nullable(),
  /** § 20 nr. 12 "Eventuel periode for ombooking": the days a new time may fall on (Danish dates) */
  rebookingPeriod: rebookingPeriod.nullish(),
  aKasseParticipationStatus: code.nullable(),
  jobCentre: text(200),
  selfBooked: z.boolean(),
  compulsory: z.boolean(),
  cancellationPossible: z.boolean(),
  cancellationDeadline: dateTime.nullable(),
  /** Who registered it, when a caseworker registers it for a colleague as much as for themself */
  registeredBy: text(200).nullable().optional(),
});

const summonsMove = z.object({ summonsId: id, start: dateTime, end: dateTime, location: text(200).optional(), reason: text(500).nullable() });
const summonsCancel = z.object({ summonsId: id, reason: text(500).nullable() });
/**
 * § 20 stk. 3 "… eller på anden måde ændres": the items staff changed (only those), and why. The
 * type stays, and a new time is a move. At least one item.
 */
export const changeableSummonsItems = [
  "meetingForm",
  "location",
  "address",
  "phoneToCall",
  "contactOptions",
  "title",
  "description",
  "caseworkerName",
  "compulsory",
  "rebookingPossible",
  "rebookingDeadline",
  "rebookingPeriod",
  "cancellationPossible",
  "cancellationDeadline",
  "aKasseParticipationStatus",
] as const;
export type ChangeableSummonsItem = (typeof changeableSummonsItems)[number];
const summonsChanges = summons
  .pick(Object.fromEntries(changeableSummonsItems.map((item) => [item, true])) as { [K in ChangeableSummonsItem]: true })
  .partial()
  .refine((changes) => Object.values(changes).some((value) => value !== undefined), { error: "a change changes at least one item" });
const summonsChange = z.object({ summonsId: id, changes: summonsChanges, reason: text(500).min(1) });
/** The last change of a summons' items, as its state carries it: which items, why, and when. */
const lastChange = z.object({ items: z.array(z.enum(changeableSummonsItems)), reason: text(500), at: dateTime });

/** Afbud: the citizen cancels a meeting the summons lets them cancel, before its deadline, with a reason from the code list. */
const citizenCancellation = z.object({ summonsId: id, cpr, reason: code, comment: text(500).nullable() });
/**
 * What a meeting takes from the slot offer it is booked on (§ 20 nr. 3, 5, 6, 7, 8, 10): the new
 * time may be at another place, in another form or with another caseworker. Optional, as messages
 * from before carried only the time.
 */
const bookedDetails = {
  meetingForm: code.optional(),
  location: text(200).optional(),
  address: text(300).nullish(),
  phoneToCall: text(30).nullish(),
  contactOptions: text(500).nullish(),
  caseworkerName: text(200).optional(),
};
const rebooking = z.object({ summonsId: id, slotOfferId: id, start: dateTime, end: dateTime, ...bookedDetails });
/** What became of a summons once its time came: held (with the conversation registered on it) or the citizen did not come. */
export const summonsOutcomes = ["held", "no-show"] as const;
const summonsOutcome = z.object({ summonsId: id, outcome: z.enum(summonsOutcomes), heldConversationId: id.nullable() });
const selfBooking = z.object({
  summonsId: id,
  slotOfferId: id,
  cpr,
  start: dateTime,
  end: dateTime,
  meetingType: code,
  ...bookedDetails,
  // § 20 nr. 9, 11 and 12 of the booked meeting.
  title: text(200).min(1).optional(),
  description: text(5000).optional(),
  rebookingPossible: z.boolean().optional(),
  rebookingPeriod: rebookingPeriod.nullish(),
});

/** Seed 002 § 9 nr. 10: the citizen's comment on a summons or a held conversation. */
const comment = z.object({
  commentId: id,
  target: z.object({ kind: z.enum(["summons", "heldConversation"]), id }),
  cpr,
  text: text(2000).min(1),
  writtenAt: dateTime,
});

/** Seed 001 § 28: the 10 items of a held conversation. */
const heldConversation = z.object({
  conversationId: id,
  cpr,
  heldOn: dateTime,
  meetingType: code,
  meetingForm: code,
  furtherCourseAgreement: text(5000).nullable(),
  flexjobAgreement: text(5000).nullable(),
  aKasseParticipationStatus: code.nullable(),
  practicalAgreements: text(5000).nullable(),
  newVisitationGroup: code.nullable(),
  participants: z.array(z.object({ name: text(200).min(1), role: code, form: code })).max(20),
  cvNotAdequate: z.boolean().nullable(),
  jobCentre: text(200),
  /** Who registered it, when a caseworker registers it for a colleague as much as for themself */
  registeredBy: text(200).nullable().optional(),
});

/**
 * The § 20 items a meeting booked on a slot offer takes from it, besides its time, type, form,
 * place and caseworker (nr. 6, 7, 8, 9, 11). Optional: offers published before they were asked
 * lack them, and the type then names the meeting.
 */
const slotMeetingDetails = {
  title: text(200).min(1).nullish(),
  description: text(5000).nullish(),
  address: text(300).nullish(),
  phoneToCall: text(30).nullish(),
  contactOptions: text(500).nullish(),
  rebookingPossible: z.boolean().nullish(),
};

const slotOffer = z.object({
  slotOfferId: id,
  jobCentre: text(200),
  caseworkerName: text(200),
  meetingType: code,
  meetingForm: code,
  location: text(200),
  start: dateTime,
  end: dateTime,
  capacity: z.number().int().min(1).max(500),
  ...slotMeetingDetails,
  /** Who registered it, when a caseworker registers it for a colleague as much as for themself */
  registeredBy: text(200).nullable().optional(),
});

/** Seed 004 § 137 and the JobAG fields. */
const jobOrder = z.object({
  jobOrderId: id,
  cvr: z.string().regex(/^\d{8}$/),
  pNumber: z.string().regex(/^\d{10}$/).nullable(),
  employerName: text(200).min(1),
  title: text(100).min(1),
  occupation: code,
  description: text(5000).min(1),
  internalComment: text(2000).nullable(),
  jobOrderType: code,
  workingTime: code,
  weeklyHours: z.number().min(1).max(80).nullable(),
  positions: z.number().int().min(1).max(999),
  startDate: date.nullable(),
  applicationDeadline: date,
  workplaceAddress: text(300),
  postcode: z.string().regex(/^\d{4}$/),
  municipalityCode: z.string().regex(/^\d{3}$/).nullable(),
  contactPerson: z.object({ name: text(200).min(1), phone: text(30).nullable(), email: text(254).nullable() }),
  origin: code,
  status: code,
});

const jobOrderStatus = z.object({ jobOrderId: id, status: code, comment: text(1500).nullable() });

const placement = z.object({
  placementId: id,
  jobOrderId: id,
  cpr,
  status: code,
  comment: text(1500).nullable(),
  registeredBy: text(200),
});
const placementStatus = z.object({ placementId: id, status: code, comment: text(1500).nullable() });

/** The kinds of thing the foundation keeps, each with its own version and its own order of changes. */
export const aggregateTypes = ["citizen", "summons", "heldConversation", "slotOffer", "jobOrder", "placement"] as const;
export type AggregateType = (typeof aggregateTypes)[number];
export const aggregateTypeSchema = z.enum(aggregateTypes);

/** Every message type, its data schema, and the aggregate whose order it follows. */
export const messageSchemas = {
  registration: { aggregate: "citizen", data: registration },
  deregistration: { aggregate: "citizen", data: deregistration },
  absence: { aggregate: "citizen", data: absence },
  absenceDecision: { aggregate: "citizen", data: absenceDecision },
  consent: { aggregate: "citizen", data: consent },
  personMarking: { aggregate: "citizen", data: personMarking },
  contactGroup: { aggregate: "citizen", data: contactGroup },
  "summons.create": { aggregate: "summons", data: summons },
  "summons.move": { aggregate: "summons", data: summonsMove },
  "summons.cancel": { aggregate: "summons", data: summonsCancel },
  "summons.change": { aggregate: "summons", data: summonsChange },
  citizenCancellation: { aggregate: "summons", data: citizenCancellation },
  summonsOutcome: { aggregate: "summons", data: summonsOutcome },
  rebooking: { aggregate: "summons", data: rebooking },
  selfBooking: { aggregate: "summons", data: selfBooking },
  comment: { aggregate: ["summons", "heldConversation"], data: comment },
  heldConversation: { aggregate: "heldConversation", data: heldConversation },
  slotOffer: { aggregate: "slotOffer", data: slotOffer },
  jobOrder: { aggregate: "jobOrder", data: jobOrder },
  jobOrderStatus: { aggregate: "jobOrder", data: jobOrderStatus },
  placement: { aggregate: "placement", data: placement },
  placementStatus: { aggregate: "placement", data: placementStatus },
} as const satisfies Record<string, { aggregate: AggregateType | readonly AggregateType[]; data: z.ZodType }>;

export type MessageType = keyof typeof messageSchemas;
export const messageTypes = Object.keys(messageSchemas) as MessageType[];

/** The kind of the notice a refused change of this type leaves for the person who made it. */
export const refusalNoticeKind = (type: string) => `refused.${type}`;
export type MessageData<T extends MessageType> = z.infer<(typeof messageSchemas)[T]["data"]>;

const envelopeBase = {
  /** The aggregate's id; a comment's aggregate is its target (a summons or a held conversation). */
  aggregateId: id,
  /** The aggregate version the sender's change was based on; 0 creates the aggregate. */
  expectedVersion: z.number().int().min(0),
  occurredAt: dateTime,
};

/** A message as sent: `POST /v1/messages` with an `Idempotency-Key` header. */
export const messageSchema = z.discriminatedUnion(
  "type",
  messageTypes.map((type) =>
    z.object({
      type: z.literal(type),
      aggregateType: z.enum(aggregateTypes),
      ...envelopeBase,
      data: messageSchemas[type].data,
    }),
  ) as unknown as [z.ZodObject, ...z.ZodObject[]],
);

/** A message of one type. */
export type MessageOf<T extends MessageType> = {
  type: T;
  aggregateType: AggregateType;
  aggregateId: string;
  expectedVersion: number;
  occurredAt: string;
  data: MessageData<T>;
};

export type Message = { [T in MessageType]: MessageOf<T> }[MessageType];

/** The foundation's answers. */
export const acceptedSchema = z.object({
  applied: z.literal(true),
  aggregateType: z.enum(aggregateTypes),
  aggregateId: id,
  version: z.number().int().min(1),
  seq: z.number().int().min(1),
});
export const conflictSchema = z.object({
  error: z.literal("version-conflict"),
  currentVersion: z.number().int().min(0),
  current: z.record(z.string(), z.unknown()).nullable(),
});
export const refusalSchema = z.object({ error: z.string(), reason: z.string().optional(), issues: z.array(z.unknown()).optional() });

/** One change in the feed: the aggregate's whole state after the change. */
export const feedItemSchema = z.object({
  seq: z.number().int().min(1),
  type: z.enum(aggregateTypes),
  id,
  version: z.number().int().min(1),
  deleted: z.boolean(),
  /** Checked against its aggregate's state schema (`feedStateSchemas`) item by item, so one odd item does not stop the page */
  data: z.record(z.string(), z.unknown()),
});
export type FeedItem = z.infer<typeof feedItemSchema>;

/*
 * What the feed carries of each kind of aggregate: its whole state after the change, as the
 * foundation's reducers build it from the messages above, plus what the foundation adds. Only the
 * fields the portal reads are declared; the rest (comments, histories) pass unread. The state's own
 * id field is not read either: the feed item's id is the aggregate's.
 */

const citizenState = z.object({
  consents: z.object({ fetch: consentState, share: consentState }).optional(),
  /** The CPR register's bopælskommune, when the foundation has told of a move (ADR 0015) */
  municipalityCode: z.string().regex(/^\d{3}$/).nullish(),
  /** The contact group registered last, here or elsewhere */
  contactGroup: z.object({ group: code, effectiveFrom: date }).nullish(),
});

/** A summons is "held" once the meeting took place, "no-show" when the citizen did not come (staff register both). */
export const summonsStatuses = ["planned", "moved", "cancelled", "held", "no-show"] as const;
const summonsStatus = z.enum(summonsStatuses);

const summonsState = summons.omit({ summonsId: true }).extend({
  status: summonsStatus,
  // A self-booked summons is built from the booking and its slot offer only: the § 20 texts and
  // the rebooking and cancellation terms are not in its state, and read as empty (compulsory, as
  // every summons is unless it says otherwise).
  contactOptions: summons.shape.contactOptions.default(""),
  address: summons.shape.address.default(null),
  phoneToCall: summons.shape.phoneToCall.default(null),
  title: text(200).default(""),
  description: summons.shape.description.default(""),
  rebookingPossible: z.boolean().default(false),
  rebookingDeadline: summons.shape.rebookingDeadline.default(null),
  rebookingPeriod: rebookingPeriod.nullish(),
  aKasseParticipationStatus: summons.shape.aKasseParticipationStatus.default(null),
  compulsory: z.boolean().default(true),
  cancellationPossible: z.boolean().default(false),
  cancellationDeadline: summons.shape.cancellationDeadline.default(null),
  /** The slot offer a rebooking or self-booking holds */
  slotOfferId: id.nullish(),
  /** The time before a move or a rebooking, for the citizen to see what changed */
  previous: z.object({ start: dateTime, end: dateTime }).optional(),
  moveReason: text(500).nullish(),
  /** The last change of its items by the job centre (§ 20 stk. 3), for the citizen to see what changed */
  lastChange: lastChange.nullish(),
  cancellationReason: text(500).nullish(),
  /** Who cancelled: the job centre, or the citizen (afbud, with a reason code and perhaps a comment) */
  cancelledBy: z.enum(["job-centre", "citizen"]).nullish(),
  citizenCancellation: z.object({ reason: code, comment: text(500).nullable() }).nullish(),
  /** The conversation registered on the meeting, once it was held */
  heldConversationId: id.nullish(),
  /** Set by the foundation when it forwarded the change to the a-kasse (contact group 1) */
  forwardedToUnemploymentFundAt: dateTime.optional(),
});

const heldConversationState = heldConversation.omit({ conversationId: true }).extend({
  // A participant without a name is dropped by the portal rather than the whole conversation.
  participants: z.array(z.object({ name: z.string().optional(), role: z.string().default(""), form: z.string().default("") })),
  forwardedToUnemploymentFundAt: dateTime.optional(),
});

/** `booked` is the foundation's count over every portal's bookings. */
const slotOfferState = slotOffer.omit({ slotOfferId: true }).extend({ booked: z.number().int().min(0) });

const jobOrderState = jobOrder.omit({ jobOrderId: true }).extend({ statusComment: text(1500).nullish() });

const placementState = placement.omit({ placementId: true });

type FeedStates = {
  citizen: z.output<typeof citizenState>;
  summons: z.output<typeof summonsState>;
  heldConversation: z.output<typeof heldConversationState>;
  slotOffer: z.output<typeof slotOfferState>;
  jobOrder: z.output<typeof jobOrderState>;
  placement: z.output<typeof placementState>;
};
export type FeedState<A extends AggregateType> = FeedStates[A];

/** The state schema of each aggregate type, as the feed (and a version conflict's `current`) carries it. */
export const feedStateSchemas: { [A in AggregateType]: z.ZodType<FeedStates[A], unknown> } = {
  citizen: citizenState,
  summons: summonsState,
  heldConversation: heldConversationState,
  slotOffer: slotOfferState,
  jobOrder: jobOrderState,
  placement: placementState,
};

/** A feed item whose state fits its aggregate type's schema. */
export type AggregateFeedItem<A extends AggregateType> = Omit<FeedItem, "type" | "data"> & { type: A; data: FeedState<A> };

export type FeedStateProblem = { ok: false; issues: string[] };

/**
 * Checks a feed item's state against its aggregate type's schema. The problems name fields and
 * zod's issue codes only, never the values, so they can be logged.
 */
export function parseFeedItem<A extends AggregateType>(item: FeedItem & { type: A }): { ok: true; item: AggregateFeedItem<A> } | FeedStateProblem {
  const parsed = feedStateSchemas[item.type].safeParse(item.data);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map((issue) => `${issue.path.join(".") || "data"}: ${issue.code}`) };
  return { ok: true, item: { ...item, data: parsed.data } };
}

/** `GET /v1/feed?after=<seq>&limit=<n>` */
export const feedPageSchema = z.object({
  items: z.array(feedItemSchema),
  /** The highest seq the foundation has; the reader is caught up when its cursor reaches it. */
  lastSeq: z.number().int().min(0),
});
export type FeedPage = z.infer<typeof feedPageSchema>;

/** Parses a message or throws with every problem listed. */
export function parseMessage(value: unknown): Message {
  const parsed = messageSchema.safeParse(value);
  if (!parsed.success) throw new Error(`Message does not fit the contract: ${z.prettifyError(parsed.error)}`);
  const message = parsed.data as Message;
  const allowed: readonly string[] = [messageSchemas[message.type].aggregate].flat();
  if (!allowed.includes(message.aggregateType)) {
    throw new Error(`Message ${message.type} belongs to ${allowed.join(" or ")}, not ${message.aggregateType}`);
  }
  if (message.type === "comment" && (message.data.target.kind !== message.aggregateType || message.data.target.id !== message.aggregateId)) {
    throw new Error("A comment's aggregate is its target");
  }
  return message;
}
