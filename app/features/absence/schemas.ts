import * as z from "zod";
import { isRealDate } from "~/utils/dates";

/**
 * The absence forms, checked the same way in the browser and on the server. Messages are locale
 * keys of the "absence" namespace. What needs the store (the code list, today's rules, the
 * registration) is checked on the server by the rules in rules.ts.
 */

export const commentMax = 1500;

const date = (required: string) =>
  z
    .string({ error: required })
    .trim()
    .min(1, { error: required })
    .refine(isRealDate, { error: "report.errors.impossibleDate" });

const optionalDate = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined))
  .refine((v) => v === undefined || isRealDate(v), { error: "report.errors.impossibleDate" });

export const reportSchema = z
  .object({
    absenceType: z.string({ error: "report.errors.absenceType" }).trim().min(1, { error: "report.errors.absenceType" }).max(60, { error: "report.errors.absenceType" }),
    startDate: date("report.errors.startDate"),
    endDate: optionalDate,
    comment: z
      .string()
      .optional()
      .transform((v) => (v && v.trim() ? v.trim() : undefined))
      .refine((v) => v === undefined || v.length <= commentMax, { error: "report.errors.commentTooLong" }),
  })
  .superRefine((value, ctx) => {
    if (value.endDate && isRealDate(value.startDate) && value.endDate < value.startDate) {
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "report.errors.endBeforeStart" });
    }
  });

export type ReportInput = z.infer<typeof reportSchema>;

/** Changing the end date; empty means "no end date yet" (the rules refuse that for sickness). */
export const changeEndSchema = z.object({
  intent: z.literal("end"),
  endDate: optionalDate,
});

export const withdrawSchema = z.object({ intent: z.literal("withdraw") });

/** The job centre's decision on a holiday awaiting it (staff namespace): a refusal says why. */
export const holidayDecisionSchema = z
  .object({
    absenceId: z.string({ error: "holidayDecision.errors.absence" }).min(1, { error: "holidayDecision.errors.absence" }),
    decision: z.enum(["approved", "refused"], { error: "holidayDecision.errors.decision" }),
    reason: z.string().trim().max(500, { error: "errors.tooLong" }).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.decision === "refused" && !value.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "holidayDecision.errors.reason" });
  })
  .transform((value) => ({ absenceId: value.absenceId, decision: value.decision, reason: value.decision === "refused" ? (value.reason ?? null) : null }));

export type HolidayDecisionValue = z.output<typeof holidayDecisionSchema>;
