import * as z from "zod";
import { addDays, danishDate, isRealDate } from "~/utils/dates";
import type { Draft, StepId } from "./steps";

/**
 * The registration's forms, checked the same way in the browser and on the server. Messages are
 * keys of the "registration" namespace. Codes are only checked for shape here; the server checks
 * them against the code lists.
 *
 * Limits:
 * - unemployed from: at most one year back (a registration is about now; older periods are the
 *   a-kasse's and the job centre's business) and at most 14 days ahead (someone given notice may
 *   register before the last working day);
 * - occupations: 1–200 (seed 002 § 8 stk. 1: at least one);
 * - phone: Danish number of 8 digits, optionally with +45 or 0045 and spaces (DKFDS pattern
 *   "telefonnummer"), stored as +45 and the 8 digits;
 * - e-mail: at most 254 characters;
 * - contact: at least one of phone and e-mail, so the job centre can reach the citizen.
 */

export const maxOccupations = 200;
export const daysAhead = 14;

const yesNo = (error: string) => z.enum(["ja", "nej"], { error });
const code = (error: string) => z.string({ error }).trim().min(1, error).max(100, error);

/** Today in Denmark, as YYYY-MM-DD. */
export const todayIso = (now = new Date()) => danishDate(now);

function oneYearBefore(iso: string): string {
  const [y = 0, m = 1, d = 1] = iso.split("-").map(Number);
  const date = new Date(Date.UTC(y - 1, m - 1, d));
  // 29 February a year back is 1 March.
  return date.toISOString().slice(0, 10);
}

/** A real calendar date written YYYY-MM-DD. */
export const isIsoDate = isRealDate;

/** The window for "unemployed from", given today. */
export function unemployedFromLimits(today: string): { earliest: string; latest: string } {
  return { earliest: oneYearBefore(today), latest: addDays(today, daysAhead) };
}

/** A Danish phone number in the DKFDS pattern, as +45 and 8 digits; null when it is not one. */
export function normalisePhone(raw: string): string | null {
  const compact = raw.replace(/[\s-]/g, "");
  const match = /^(?:\+45|0045)?(\d{8})$/.exec(compact);
  return match ? `+45${match[1]}` : null;
}

/** +4512345678 shown as +45 12 34 56 78. */
export function formatPhone(phone: string): string {
  const digits = phone.replace(/^\+45/, "");
  return /^\d{8}$/.test(digits) ? `+45 ${digits.replace(/(\d{2})(?=\d)/g, "$1 ")}` : phone;
}

export const benefitSchema = z
  .object({
    benefitCategory: code("errors.benefitCategory"),
    fundMember: yesNo("errors.fundMember"),
    unemploymentFund: z.string().trim().max(100, "errors.unemploymentFund").optional(),
  })
  .superRefine((value, ctx) => {
    if (value.fundMember === "ja" && !value.unemploymentFund) {
      ctx.addIssue({ code: "custom", path: ["unemploymentFund"], message: "errors.unemploymentFund" });
    }
    if (value.benefitCategory === "dagpenge" && value.fundMember === "nej") {
      ctx.addIssue({ code: "custom", path: ["fundMember"], message: "errors.dagpengeNeedsFund" });
    }
  })
  // Not a member: whatever a-kasse was chosen before is dropped.
  .transform((value) => ({ ...value, unemploymentFund: value.fundMember === "ja" ? value.unemploymentFund : undefined }));

export function situationSchema(today = todayIso()) {
  const { earliest, latest } = unemployedFromLimits(today);
  return z.object({
    unemploymentDegree: code("errors.unemploymentDegree"),
    unemployedFrom: z
      .string({ error: "errors.unemployedFrom.required" })
      .trim()
      .min(1, { error: "errors.unemployedFrom.required", abort: true })
      .refine(isIsoDate, { error: "errors.unemployedFrom.invalid", abort: true })
      .refine((v) => v >= earliest, "errors.unemployedFrom.tooEarly")
      .refine((v) => v <= latest, "errors.unemployedFrom.tooLate"),
  });
}

export const occupationsSchema = z.object({
  occupations: z
    .array(code("errors.occupations.required"), { error: "errors.occupations.required" })
    .min(1, "errors.occupations.required")
    .max(maxOccupations, "errors.occupations.tooMany")
    .refine((list) => new Set(list).size === list.length, "errors.occupations.duplicate"),
});

/** One occupation added from the search. */
export const addOccupationSchema = z.object({ add: code("errors.occupations.unknown") });

export const contactSchema = z
  .object({
    phone: z
      .string()
      .trim()
      .max(30, { error: "errors.phone.invalid", abort: true })
      .optional()
      .refine((v) => !v || normalisePhone(v) !== null, "errors.phone.invalid"),
    email: z
      .string()
      .trim()
      .max(254, { error: "errors.email.tooLong", abort: true })
      .optional()
      .refine((v) => !v || z.email().safeParse(v).success, "errors.email.invalid"),
  })
  .superRefine((value, ctx) => {
    if (!value.phone && !value.email) ctx.addIssue({ code: "custom", path: ["phone"], message: "errors.contact.required" });
  })
  .transform((value) => ({
    phone: value.phone ? (normalisePhone(value.phone) ?? undefined) : undefined,
    email: value.email || undefined,
  }));

export const consentStepSchema = z.object({
  fetch: yesNo("errors.fetch"),
  share: yesNo("errors.share"),
});

/** The schema of each step with a plain form (the occupations step adds and removes one at a time). */
export function stepSchema(step: Exclude<StepId, "stillinger">, today = todayIso()) {
  switch (step) {
    case "ydelse":
      return benefitSchema;
    case "ledighed":
      return situationSchema(today);
    case "kontakt":
      return contactSchema;
    case "samtykke":
      return consentStepSchema;
  }
}

/** The whole draft, checked again when the citizen submits on "Tjek dine svar". */
export function completeDraftSchema(today = todayIso()) {
  return z
    .object({
      benefitCategory: z.string().min(1),
      fundMember: z.enum(["ja", "nej"]),
      unemploymentFund: z.string().optional(),
      occupations: occupationsSchema.shape.occupations,
      fetch: z.enum(["ja", "nej"]),
      share: z.enum(["ja", "nej"]),
    })
    .and(situationSchema(today))
    .and(z.object({ phone: z.string().optional(), email: z.string().optional() }))
    .refine((d: Draft) => (d.fundMember === "ja" ? !!d.unemploymentFund : true))
    .refine((d: Draft) => !!d.phone || !!d.email);
}
