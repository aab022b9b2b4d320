import * as z from "zod";
import { danishTimeToIso } from "~/utils/dates";

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
  /** Forms where the citizen calls the job centre */
  phoneForms: string[];
  /** Joint job conversations with the a-kasse (LAB § 31 stk. 2): types 17 and 19 */
  jointTypes: string[];
  /** A form allowed with one type only: "møde direkte på arbejde" with 8 Henvisning */
  formOnlyWithType: Record<string, string>;
};

type Ctx = z.RefinementCtx;

const required = (max: number, error: string) => z.string({ error }).trim().min(1, { error }).max(max, { error: "errors.tooLong" });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "errors.tooLong" })
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

const when = {
  date: z.string().trim().optional(),
  startTime: z.string().trim().optional(),
  endTime: z.string().trim().optional(),
};

/** Start and end from one date and two times; the end must come after the start, the start after now. */
function period(ctx: Ctx, v: { date?: string; startTime?: string; endTime?: string }, now: Date) {
  const start = instant(ctx, v.date, v.startTime, "date", "errors.date");
  const end = v.endTime ? danishTimeToIso(v.date ?? "", v.endTime) : null;
  if (!v.endTime) ctx.addIssue({ code: "custom", path: ["endTime"], message: "errors.endTime" });
  else if (start && !end) ctx.addIssue({ code: "custom", path: ["endTime"], message: "errors.impossibleTime" });
  if (start && end && end <= start) ctx.addIssue({ code: "custom", path: ["endTime"], message: "errors.endBeforeStart" });
  if (start && start <= now.toISOString()) ctx.addIssue({ code: "custom", path: ["date"], message: "errors.inThePast" });
  return start && end && end > start ? { start, end } : null;
}

const oneOf = (codes: string[], error: string) => z.string({ error }).refine((v) => codes.includes(v), { error });

/** Seed 000 § 20: the 13 items of a summons, with the rules that depend on form and type. */
export function summonsSchema(facts: MeetingCodeFacts, now = new Date()) {
  return z
    .object({
      meetingType: oneOf(facts.meetingTypes, "summons.errors.meetingType"),
      meetingForm: oneOf(facts.meetingForms, "summons.errors.meetingForm"),
      ...when,
      title: required(200, "summons.errors.title"),
      description: required(5000, "summons.errors.description"),
      location: required(200, "summons.errors.location"),
      address: optionalText(300),
      phoneToCall: optionalText(30),
      contactOptions: required(500, "summons.errors.contactOptions"),
      caseworkerName: required(200, "summons.errors.caseworkerName"),
      jobCentre: required(200, "summons.errors.jobCentre"),
      compulsory: flag,
      rebookingPossible: flag,
      rebookingDeadlineDate: z.string().trim().optional(),
      rebookingDeadlineTime: z.string().trim().optional(),
      cancellationPossible: flag,
      aKasseParticipationStatus: z.string().optional(),
    })
    .transform((v, ctx) => {
      const times = period(ctx, v, now);
      const needsAddress = facts.addressForms.includes(v.meetingForm);
      const needsPhone = facts.phoneForms.includes(v.meetingForm);
      const joint = facts.jointTypes.includes(v.meetingType);
      if (needsAddress && !v.address) ctx.addIssue({ code: "custom", path: ["address"], message: "summons.errors.address" });
      if (needsPhone && !v.phoneToCall) ctx.addIssue({ code: "custom", path: ["phoneToCall"], message: "summons.errors.phoneToCall" });
      if (v.phoneToCall && !/^\+?[\d ]{8,20}$/.test(v.phoneToCall)) ctx.addIssue({ code: "custom", path: ["phoneToCall"], message: "errors.phone" });
      const onlyWith = facts.formOnlyWithType[v.meetingForm];
      if (onlyWith && v.meetingType !== onlyWith) ctx.addIssue({ code: "custom", path: ["meetingForm"], message: "summons.errors.formOnlyWithType" });
      if (joint && !facts.participationStatuses.includes(v.aKasseParticipationStatus ?? "")) {
        ctx.addIssue({ code: "custom", path: ["aKasseParticipationStatus"], message: "summons.errors.aKasseParticipationStatus" });
      }
      let rebookingDeadline: string | null = null;
      if (v.rebookingPossible) {
        rebookingDeadline = instant(ctx, v.rebookingDeadlineDate, v.rebookingDeadlineTime, "rebookingDeadlineDate", "summons.errors.rebookingDeadline");
        if (rebookingDeadline && times && rebookingDeadline >= times.start) {
          ctx.addIssue({ code: "custom", path: ["rebookingDeadlineDate"], message: "summons.errors.rebookingDeadlineAfterStart" });
        }
      }
      if (!times) return z.NEVER;
      return {
        start: times.start,
        end: times.end,
        meetingType: v.meetingType,
        meetingForm: v.meetingForm,
        title: v.title,
        description: v.description,
        location: v.location,
        // What does not belong to the form is dropped, so the citizen never reads a stale address.
        address: needsAddress ? v.address : null,
        phoneToCall: needsPhone ? v.phoneToCall : null,
        contactOptions: v.contactOptions,
        caseworkerName: v.caseworkerName,
        jobCentre: v.jobCentre,
        compulsory: v.compulsory,
        rebookingPossible: v.rebookingPossible,
        rebookingDeadline,
        aKasseParticipationStatus: joint ? (v.aKasseParticipationStatus ?? null) : null,
        cancellationPossible: v.cancellationPossible,
        cancellationDeadline: null,
        selfBooked: false,
      };
    });
}

export type SummonsFormValue = z.output<ReturnType<typeof summonsSchema>>;

/** Moving a summons: a new time, perhaps a new place, and why. */
export function moveSchema(now = new Date()) {
  return z
    .object({
      intent: z.literal("move"),
      ...when,
      location: optionalText(200),
      reason: required(500, "move.errors.reason"),
    })
    .transform((v, ctx) => {
      const times = period(ctx, v, now);
      if (!times) return z.NEVER;
      return { ...times, location: v.location, reason: v.reason };
    });
}

export type MoveValue = z.output<ReturnType<typeof moveSchema>>;

export const cancelSchema = z.object({ intent: z.literal("cancel"), reason: required(500, "cancel.errors.reason") });
