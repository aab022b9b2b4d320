import * as z from "zod";
import { isOneLine } from "~/utils/text";
import { addDays, danishDate, danishTimeToIso, isRealDate } from "~/utils/dates";

/**
 * Staff's meeting forms, checked the same way in the browser and on the server. Messages are locale
 * keys of the "staff" namespace. Which form needs an address, which type is a joint job
 * conversation and so on are facts of the code lists, read on the server and handed to the page,
 * so both sides build the same schema from the same data.
 */
export type MeetingCodeFacts = {
  meetingTypes: string[];
  meetingForms: string[];
  participationStatuses: string[];
  /** Forms held at an address: in person, at the workplace */
  addressForms: string[];
  /** Phone meetings: who calls whom is asked, and the number when the citizen calls (§ 20 nr. 8) */
  phoneForms: string[];
  /** Joint job conversations with the a-kasse (LAB § 31 stk. 2): types 17 and 19 */
  jointTypes: string[];
  /** A form allowed with one type only: "møde direkte på arbejde" with 8 Henvisning */
  formOnlyWithType: Record<string, string>;
  /** Types whose held conversation records the agreement on the further course (jobsamtaler, integration) */
  furtherCourseTypes: string[];
  /** Types whose held conversation records the flexjob follow-up agreement */
  flexjobTypes: string[];
  participantRoles: string[];
  visitationGroups: string[];
  /** The default rebooking period per type: from the day of the summons to this many days after the meeting */
  rebookingPeriodDays: Record<string, number>;
};

/** The default rebooking period's length after the meeting, for a type the code list says nothing of. */
export const defaultRebookingPeriodDays = 14;

/**
 * The code lists' facts and the staff register's: who in the staff member's job centre a meeting
 * can be with (ids). The issuer and the job centre are never fields: they come from the session.
 */
export type StaffFormFacts = MeetingCodeFacts & { caseworkers: string[] };

/** Who calls whom at a phone meeting: § 20 nr. 8 gives a number only when the citizen calls. */
export const phoneCallers = ["citizen", "jobCentre"] as const;

type Ctx = z.RefinementCtx;

const required = (max: number, error: string) => z.string({ error }).trim().min(1, { error }).max(max, { error: "errors.tooLong" });
/** A required text of one line: a title, a place, a name. */
const line = (max: number, error: string) => required(max, error).refine(isOneLine, { error: "errors.oneLine" });
const optionalText = (max: number, lines: "one" | "many" = "many") =>
  z
    .string()
    .trim()
    .max(max, { error: "errors.tooLong" })
    .refine((v) => lines === "many" || isOneLine(v), { error: "errors.oneLine" })
    .optional()
    .transform((v) => v || null);
const flag = z
  .boolean()
  .optional()
  .transform((v) => v === true);

/** A Danish date and time typed in two fields, as a UTC instant; reports the problem at the date field. */
function instant(ctx: Ctx, date: string | undefined, time: string | undefined, path: string, missing: string): string | null {
  if (!date || !time) {
    ctx.addIssue({ code: "custom", path: [path], message: missing });
    return null;
  }
  const iso = danishTimeToIso(date, time);
  if (!iso) ctx.addIssue({ code: "custom", path: [path], message: "errors.impossibleTime" });
  return iso;
}

const periodFields = {
  date: z.string().trim().optional(),
  startTime: z.string().trim().optional(),
  endTime: z.string().trim().optional(),
};

/** One date and two times: both real, the end after the start, the start after now. */
function checkPeriod(ctx: Ctx, v: { date?: string; startTime?: string; endTime?: string }, now: Date): void {
  const start = instant(ctx, v.date, v.startTime, "date", "errors.date");
  const end = v.endTime ? danishTimeToIso(v.date ?? "", v.endTime) : null;
  if (!v.endTime) ctx.addIssue({ code: "custom", path: ["endTime"], message: "errors.endTime" });
  else if (start && !end) ctx.addIssue({ code: "custom", path: ["endTime"], message: "errors.impossibleTime" });
  if (start && end && end <= start) ctx.addIssue({ code: "custom", path: ["endTime"], message: "errors.endBeforeStart" });
  if (start && start <= now.toISOString()) ctx.addIssue({ code: "custom", path: ["date"], message: "errors.inThePast" });
}

/**
 * Cross-field rules run even when a field failed on its own, so one submit shows every problem
 * (zod skips refinements after a failed field unless told otherwise).
 */
const always = { when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null };

/** A time already checked by the rules above, as a UTC instant. */
const checked = (date: string | undefined, time: string | undefined) => danishTimeToIso(date ?? "", time ?? "") as string;

const oneOf = (codes: string[], error: string) => z.string({ error }).refine((v) => codes.includes(v), { error });

type PeriodInput = { date?: string; meetingType: string; rebookingPeriodFrom?: string; rebookingPeriodTo?: string };

/** § 20 nr. 12: a period typed is two real days in order, not over; half a period is no period. */
function checkRebookingPeriod(ctx: Ctx, v: PeriodInput, now: Date): void {
  const { rebookingPeriodFrom: from, rebookingPeriodTo: to } = v;
  if (!from && !to) return;
  if (!from || !to) {
    ctx.addIssue({ code: "custom", path: [from ? "rebookingPeriodTo" : "rebookingPeriodFrom"], message: "summons.errors.rebookingPeriodBoth" });
    return;
  }
  if (!isRealDate(from)) ctx.addIssue({ code: "custom", path: ["rebookingPeriodFrom"], message: "errors.impossibleDate" });
  if (!isRealDate(to)) ctx.addIssue({ code: "custom", path: ["rebookingPeriodTo"], message: "errors.impossibleDate" });
  if (!isRealDate(from) || !isRealDate(to)) return;
  if (to < from) ctx.addIssue({ code: "custom", path: ["rebookingPeriodTo"], message: "summons.errors.rebookingPeriodOrder" });
  else if (to < danishDate(now)) ctx.addIssue({ code: "custom", path: ["rebookingPeriodTo"], message: "summons.errors.rebookingPeriodOver" });
}

/**
 * The period typed, or the type's default: from today (in Denmark) to the type's number of days
 * after the meeting, so a citizen can always move the meeting a little later as well as earlier.
 */
export function rebookingPeriodOf(v: PeriodInput, facts: Pick<MeetingCodeFacts, "rebookingPeriodDays">, now: Date): { from: string; to: string } {
  if (v.rebookingPeriodFrom && v.rebookingPeriodTo) return { from: v.rebookingPeriodFrom, to: v.rebookingPeriodTo };
  const today = danishDate(now);
  const meetingDay = v.date && isRealDate(v.date) ? v.date : today;
  return { from: today, to: addDays(meetingDay, facts.rebookingPeriodDays[v.meetingType] ?? defaultRebookingPeriodDays) };
}

/**
 * The § 20 items a meeting has whether staff summon to it or publish it as a slot offer to book:
 * nr. 9 title and description, nr. 5 the place, nr. 7 the address, nr. 8 the number (when the
 * citizen calls), nr. 6 the contact options. One set of fields and rules serves both forms.
 */
const meetingDetailFields = {
  title: line(200, "summons.errors.title"),
  description: required(5000, "summons.errors.description"),
  location: line(200, "summons.errors.location"),
  address: optionalText(300, "one"),
  phoneCaller: z.enum(phoneCallers, { error: "summons.errors.phoneCaller" }).optional(),
  phoneToCall: optionalText(30, "one"),
  contactOptions: required(500, "summons.errors.contactOptions"),
};

type MeetingDetailInput = { meetingType: string; meetingForm: string; title: string; description: string; location: string; address: string | null; phoneCaller?: string; phoneToCall: string | null; contactOptions: string };

function checkMeetingDetails(ctx: Ctx, v: MeetingDetailInput, facts: MeetingCodeFacts): void {
  if (facts.addressForms.includes(v.meetingForm) && !v.address) ctx.addIssue({ code: "custom", path: ["address"], message: "summons.errors.address" });
  if (facts.phoneForms.includes(v.meetingForm)) {
    if (!v.phoneCaller) ctx.addIssue({ code: "custom", path: ["phoneCaller"], message: "summons.errors.phoneCaller" });
    // § 20 nr. 8: "Ved telefonmøde, hvor borgeren skal ringe til jobcentret, oplyses det telefonnummer …"
    if (v.phoneCaller === "citizen" && !v.phoneToCall) ctx.addIssue({ code: "custom", path: ["phoneToCall"], message: "summons.errors.phoneToCall" });
  }
  if (v.phoneToCall && !/^\+?[\d ]{8,20}$/.test(v.phoneToCall)) ctx.addIssue({ code: "custom", path: ["phoneToCall"], message: "errors.phone" });
  const onlyWith = facts.formOnlyWithType[v.meetingForm];
  if (onlyWith && v.meetingType !== onlyWith) ctx.addIssue({ code: "custom", path: ["meetingForm"], message: "summons.errors.formOnlyWithType" });
}

/** The items as stored: what does not belong to the form is dropped, so the citizen never reads a stale address. */
function meetingDetailsOf(v: MeetingDetailInput, facts: MeetingCodeFacts) {
  const citizenCalls = facts.phoneForms.includes(v.meetingForm) && v.phoneCaller === "citizen";
  return {
    title: v.title,
    description: v.description,
    location: v.location,
    address: facts.addressForms.includes(v.meetingForm) ? v.address : null,
    // Only when the citizen calls; when the job centre calls, it uses the citizen's own number.
    phoneToCall: citizenCalls ? v.phoneToCall : null,
    contactOptions: v.contactOptions,
  };
}

/**
 * The § 20 items of a summons besides its type and time: form, the meeting details, caseworker,
 * compulsory attendance, the cancellation and rebooking terms and the a-kasse's part. The same
 * fields serve the new summons and its change (§ 20 stk. 3 "… eller på anden måde ændres").
 */
const itemFields = (facts: StaffFormFacts) => ({
  meetingForm: oneOf(facts.meetingForms, "summons.errors.meetingForm"),
  ...meetingDetailFields,
  caseworker: oneOf(facts.caseworkers, "summons.errors.caseworker"),
  compulsory: flag,
  rebookingPossible: flag,
  rebookingDeadlineDate: z.string().trim().optional(),
  rebookingDeadlineTime: z.string().trim().optional(),
  rebookingPeriodFrom: z.string().trim().optional(),
  rebookingPeriodTo: z.string().trim().optional(),
  cancellationPossible: flag,
  cancellationDeadlineDate: z.string().trim().optional(),
  cancellationDeadlineTime: z.string().trim().optional(),
  aKasseParticipationStatus: z.string().optional(),
});

type ItemInput = z.output<z.ZodObject<ReturnType<typeof itemFields>>> & { meetingType: string; date?: string };

/** The rules between the items; `start` is the meeting's start (UTC), null while it is not whole. */
function checkSummonsItems(ctx: Ctx, v: ItemInput, facts: MeetingCodeFacts, start: string | null, now: Date): void {
  checkMeetingDetails(ctx, v, facts);
  if (facts.jointTypes.includes(v.meetingType) && !facts.participationStatuses.includes(v.aKasseParticipationStatus ?? "")) {
    ctx.addIssue({ code: "custom", path: ["aKasseParticipationStatus"], message: "summons.errors.aKasseParticipationStatus" });
  }
  if (v.rebookingPossible) {
    const deadline = instant(ctx, v.rebookingDeadlineDate, v.rebookingDeadlineTime, "rebookingDeadlineDate", "summons.errors.rebookingDeadline");
    if (deadline && start && deadline >= start) {
      ctx.addIssue({ code: "custom", path: ["rebookingDeadlineDate"], message: "summons.errors.rebookingDeadlineAfterStart" });
    }
    checkRebookingPeriod(ctx, v, now);
  }
  if (v.cancellationPossible && (v.cancellationDeadlineDate || v.cancellationDeadlineTime)) {
    const deadline = instant(ctx, v.cancellationDeadlineDate, v.cancellationDeadlineTime, "cancellationDeadlineDate", "summons.errors.cancellationDeadline");
    if (deadline && start && deadline >= start) {
      ctx.addIssue({ code: "custom", path: ["cancellationDeadlineDate"], message: "summons.errors.cancellationDeadlineAfterStart" });
    }
  }
}

/** The items as stored and reported: what a choice switched off is dropped with it. */
function summonsItemsOf(v: ItemInput, facts: MeetingCodeFacts, now: Date) {
  const joint = facts.jointTypes.includes(v.meetingType);
  return {
    meetingForm: v.meetingForm,
    ...meetingDetailsOf(v, facts),
    caseworkerId: v.caseworker,
    compulsory: v.compulsory,
    rebookingPossible: v.rebookingPossible,
    rebookingDeadline: v.rebookingPossible ? checked(v.rebookingDeadlineDate, v.rebookingDeadlineTime) : null,
    rebookingPeriod: v.rebookingPossible ? rebookingPeriodOf(v, facts, now) : null,
    aKasseParticipationStatus: joint ? (v.aKasseParticipationStatus ?? null) : null,
    cancellationPossible: v.cancellationPossible,
    // Without a deadline the citizen may cancel until the meeting begins.
    cancellationDeadline: v.cancellationPossible && v.cancellationDeadlineDate ? checked(v.cancellationDeadlineDate, v.cancellationDeadlineTime) : null,
  };
}

/** Seed 000 § 20: the 13 items of a summons, with the rules that depend on form and type. */
export function summonsSchema(facts: StaffFormFacts, now = new Date()) {
  return z
    .object({
      meetingType: oneOf(facts.meetingTypes, "summons.errors.meetingType"),
      ...periodFields,
      ...itemFields(facts),
    })
    .superRefine((v, ctx) => {
      checkPeriod(ctx, v, now);
      checkSummonsItems(ctx, v, facts, v.date && v.startTime ? danishTimeToIso(v.date, v.startTime) : null, now);
    }, always)
    .transform((v) => ({
      start: checked(v.date, v.startTime),
      end: checked(v.date, v.endTime),
      meetingType: v.meetingType,
      ...summonsItemsOf(v, facts, now),
      selfBooked: false,
    }));
}

/** The summons a change is made to: its type and time stay (a new time is a move). */
export type SummonsToChange = { meetingType: string; start: string };

/**
 * § 20 stk. 3: changing a summons' items other than its type and time, with the reason the citizen
 * reads. The rebooking period's default is counted from the meeting's own day.
 */
export function summonsChangeSchema(facts: StaffFormFacts, summons: SummonsToChange, now = new Date()) {
  const date = danishDate(new Date(summons.start));
  return z
    .object({
      ...itemFields(facts),
      changeReason: required(500, "change.errors.reason"),
    })
    .superRefine((v, ctx) => checkSummonsItems(ctx, { ...v, meetingType: summons.meetingType, date }, facts, summons.start, now), always)
    .transform((v) => ({ ...summonsItemsOf({ ...v, meetingType: summons.meetingType, date }, facts, now), reason: v.changeReason }));
}

export type SummonsChangeValue = z.output<ReturnType<typeof summonsChangeSchema>>;

export type SummonsFormValue = z.output<ReturnType<typeof summonsSchema>>;
export type SlotOfferFormValue = z.output<ReturnType<typeof slotOfferSchema>>;

/** Moving a summons: a new time, perhaps a new place, and why. */
export function moveSchema(now = new Date()) {
  return z
    .object({
      intent: z.literal("move"),
      ...periodFields,
      location: optionalText(200, "one"),
      reason: required(500, "move.errors.reason"),
    })
    .superRefine((v, ctx) => checkPeriod(ctx, v, now), always)
    .transform((v) => ({ start: checked(v.date, v.startTime), end: checked(v.date, v.endTime), location: v.location, reason: v.reason }));
}

export type MoveValue = z.output<ReturnType<typeof moveSchema>>;

// Its own field name, so its control's id differs from the move form's reason on the same page.
export const cancelSchema = z.object({ intent: z.literal("cancel"), cancelReason: required(500, "cancel.errors.reason") });

/** "Borgeren mødte ikke op": the form is its button. */
export const noShowSchema = z.object({ intent: z.literal("noShow") });

/** Participant rows shown at first: without JavaScript "add another" posts back with one more. */
export const participantRows = 3;
export const participantMax = 20;

type ParticipantRow = { name?: string; role?: string; form?: string } | undefined;
const isBlank = (row: ParticipantRow) => !row || (!row.name && !row.role && !row.form);

const participant = z.object({ name: z.string().trim().max(200, { error: "errors.tooLong" }).refine(isOneLine, { error: "errors.oneLine" }).optional(), role: z.string().optional(), form: z.string().optional() });

/** What the held-conversation form knows of the person (read on the server, handed to the page). */
export type ConversationPersonFacts = {
  /** Contact group 1: stk. 4's CV flag is asked */
  contactGroup1: boolean;
  /** Nr. 9: whether a visitation group is registered for the person, and the one registered last */
  visitation: { applies: boolean; current: string | null };
};

/**
 * Seed 001 § 28: the 10 items of a held conversation, and stk. 4's CV flag for contact group 1.
 * Blank participant rows are skipped; a row begun must be whole.
 */
export function heldConversationSchema(facts: MeetingCodeFacts, options: ConversationPersonFacts & { now?: Date }) {
  const now = options.now ?? new Date();
  return z
    .object({
      meetingType: oneOf(facts.meetingTypes, "conversation.errors.meetingType"),
      meetingForm: oneOf(facts.meetingForms, "conversation.errors.meetingForm"),
      heldOnDate: z.string().trim().optional(),
      heldOnTime: z.string().trim().optional(),
      furtherCourseAgreement: optionalText(5000),
      flexjobAgreement: optionalText(5000),
      aKasseParticipationStatus: z.string().optional(),
      practicalAgreements: optionalText(5000),
      newVisitationGroup: z.string().optional(),
      participants: z.array(participant.optional()).max(participantMax, { error: "conversation.errors.tooManyParticipants" }).optional(),
      cvNotAdequate: flag,
    })
    .superRefine((v, ctx) => {
      const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
      const heldOn = instant(ctx, v.heldOnDate, v.heldOnTime, "heldOnDate", "conversation.errors.heldOn");
      if (heldOn && heldOn > now.toISOString()) issue(["heldOnDate"], "conversation.errors.heldOnFuture");
      const furtherCourse = facts.furtherCourseTypes.includes(v.meetingType);
      if (furtherCourse && !v.furtherCourseAgreement) issue(["furtherCourseAgreement"], "conversation.errors.furtherCourseAgreement");
      if (!furtherCourse && v.furtherCourseAgreement) issue(["furtherCourseAgreement"], "conversation.errors.noBindingAgreement");
      // Nr. 8 "Eventuelle praktiske aftaler": optional; there may be none to record.
      const flexjob = facts.flexjobTypes.includes(v.meetingType);
      if (flexjob && !v.flexjobAgreement) issue(["flexjobAgreement"], "conversation.errors.flexjobAgreement");
      if (!flexjob && v.flexjobAgreement) issue(["flexjobAgreement"], "conversation.errors.flexjobOnly");
      if (facts.jointTypes.includes(v.meetingType) && !facts.participationStatuses.includes(v.aKasseParticipationStatus ?? "")) {
        issue(["aKasseParticipationStatus"], "conversation.errors.aKasseParticipationStatus");
      }
      // Nr. 9: "For personer i kontaktgruppe 2, 3 og 12 … hvis visitationsvurderingen resulterer i en
      // anden visitationsgruppe end den senest registrerede."
      if (v.newVisitationGroup) {
        if (!options.visitation.applies) issue(["newVisitationGroup"], "conversation.errors.visitationNotApplicable");
        else if (!facts.visitationGroups.includes(v.newVisitationGroup)) issue(["newVisitationGroup"], "conversation.errors.visitationGroup");
        else if (v.newVisitationGroup === options.visitation.current) issue(["newVisitationGroup"], "conversation.errors.visitationUnchanged");
      }
      const rows = Array.isArray(v.participants) ? v.participants : [];
      rows.forEach((row, index) => {
        if (isBlank(row)) return;
        if (!row?.name) issue(["participants", index, "name"], "conversation.errors.participantName");
        if (!facts.participantRoles.includes(row?.role ?? "")) issue(["participants", index, "role"], "conversation.errors.participantRole");
        if (!facts.meetingForms.includes(row?.form ?? "")) issue(["participants", index, "form"], "conversation.errors.participantForm");
      });
      if (rows.every(isBlank)) issue(["participants", 0, "name"], "conversation.errors.noParticipants");
    }, always)
    .transform((v) => ({
      heldOn: checked(v.heldOnDate, v.heldOnTime),
      meetingType: v.meetingType,
      meetingForm: v.meetingForm,
      furtherCourseAgreement: v.furtherCourseAgreement,
      flexjobAgreement: v.flexjobAgreement,
      aKasseParticipationStatus: facts.jointTypes.includes(v.meetingType) ? (v.aKasseParticipationStatus ?? null) : null,
      practicalAgreements: v.practicalAgreements,
      newVisitationGroup: v.newVisitationGroup || null,
      participants: (v.participants ?? []).flatMap((row) => (row && !isBlank(row) ? [{ name: row.name ?? "", role: row.role ?? "", form: row.form ?? "" }] : [])),
      // Stk. 4 concerns contact group 1 only; for anyone else the flag is not asked, so not stored.
      cvNotAdequate: options.contactGroup1 ? v.cvNotAdequate : null,
    }));
}

export type HeldConversationFormValue = z.output<ReturnType<typeof heldConversationSchema>>;

/** The most times one slot form publishes at once. */
export const slotSeriesMax = 16;

/**
 * The times of a series on one Danish day: `count` times back to back from the first, each as
 * long as it. Null when the first time is not whole yet; empty when the series runs past the day.
 */
export function seriesOf(date: string | undefined, startTime: string | undefined, endTime: string | undefined, count: number): { start: string; end: string }[] | null {
  const start = checked(date, startTime);
  const end = checked(date, endTime);
  if (!date || !start || !end || end <= start) return null;
  const length = Date.parse(end) - Date.parse(start);
  const dayEnds = isRealDate(date) ? danishTimeToIso(addDays(date, 1), "00:00") : null;
  const times = Array.from({ length: count }, (_, i) => ({
    start: new Date(Date.parse(start) + i * length).toISOString(),
    end: new Date(Date.parse(start) + (i + 1) * length).toISOString(),
  }));
  return dayEnds && times.at(-1)!.end > dayEnds ? [] : times;
}

/** A free time a job centre publishes (mødetilbud). */
export function slotOfferSchema(facts: StaffFormFacts, now = new Date()) {
  return z
    .object({
      meetingType: oneOf(facts.meetingTypes, "slots.errors.meetingType"),
      meetingForm: oneOf(facts.meetingForms, "slots.errors.meetingForm"),
      ...periodFields,
      ...meetingDetailFields,
      caseworker: oneOf(facts.caseworkers, "slots.errors.caseworker"),
      rebookingPossible: flag,
      capacity: z.number({ error: "slots.errors.capacity" }).int({ error: "slots.errors.capacity" }).min(1, { error: "slots.errors.capacity" }).max(500, { error: "slots.errors.capacity" }),
      /** A series: this many times one after another, each as long as the first (a morning of slots in one go) */
      series: z
        .number({ error: "slots.errors.series" })
        .int({ error: "slots.errors.series" })
        .min(1, { error: "slots.errors.series" })
        .max(slotSeriesMax, { error: "slots.errors.series" })
        .optional(),
    })
    .superRefine((v, ctx) => {
      checkPeriod(ctx, v, now);
      checkMeetingDetails(ctx, v, facts);
      const times = seriesOf(v.date, v.startTime, v.endTime, v.series ?? 1);
      if (times && !times.length) ctx.addIssue({ code: "custom", path: ["series"], message: "slots.errors.seriesPastDay" });
    }, always)
    .transform((v) => ({
      times: seriesOf(v.date, v.startTime, v.endTime, v.series ?? 1)!,
      meetingType: v.meetingType,
      meetingForm: v.meetingForm,
      ...meetingDetailsOf(v, facts),
      caseworkerId: v.caseworker,
      capacity: v.capacity,
      // § 20 nr. 11 for the meeting booked on it: whether the citizen can move it to another free time.
      rebookingPossible: v.rebookingPossible,
    }));
}
