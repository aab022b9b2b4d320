import * as z from "zod";
import { isOneLine } from "~/utils/text";
import { citizenSearchSchema } from "~/features/citizens/schemas";
import { danishDate, isRealDate } from "~/utils/dates";

/**
 * The job-order forms, checked the same way in the browser and on the server. Messages are locale
 * keys of the "jobs" namespace. What needs the store (code lists, today) is checked on the server
 * in job-orders.server.ts.
 */

export const descriptionMax = 5000;
export const internalCommentMax = 2000;
export const commentMax = 1500;

/** `lines`: "one" for an `<input>` (a title, a name, an address), "many" for a `<textarea>`. */
const required = (max: number, key: string, lines: "one" | "many" = "one") =>
  z
    .string({ error: `form.errors.${key}` })
    .trim()
    .min(1, { error: `form.errors.${key}` })
    .max(max, { error: `form.errors.${key}TooLong` })
    .refine((v) => lines === "many" || isOneLine(v), { error: "form.errors.oneLine" });

const optional = (max: number, key: string, lines: "one" | "many" = "one") =>
  z
    .string()
    .trim()
    .max(max, { error: `form.errors.${key}TooLong` })
    .refine((v) => lines === "many" || isOneLine(v), { error: "form.errors.oneLine" })
    .optional()
    .transform((v) => (v ? v : null));

const code = (key: string) => z.string({ error: `form.errors.${key}` }).trim().min(1, { error: `form.errors.${key}` }).max(60, { error: `form.errors.${key}` });

const date = (key: string) =>
  z
    .string({ error: `form.errors.${key}` })
    .trim()
    .min(1, { error: `form.errors.${key}` })
    .refine(isRealDate, { error: "form.errors.impossibleDate" });

/** A job order as the form sends it; `now` dates "today", so a deadline that has passed is refused (issue 19 item 9). */
export const jobOrderSchema = (now = new Date()) =>
  z
    .object({
      title: required(100, "title"),
      occupation: code("occupation"),
      description: required(descriptionMax, "description", "many"),
      jobOrderType: code("jobOrderType"),
      workingTime: code("workingTime"),
      // Danes write 37,5: the comma is read as the decimal point, as the form's hint says.
      weeklyHours: z
        .preprocess(
          (v) => (typeof v === "string" ? (v.trim() ? Number(v.trim().replace(",", ".")) : undefined) : v),
          z.number({ error: "form.errors.weeklyHours" }).min(1, { error: "form.errors.weeklyHours" }).max(80, { error: "form.errors.weeklyHours" }).optional(),
        )
        .transform((v) => v ?? null),
      positions: z.number({ error: "form.errors.positions" }).int({ error: "form.errors.positions" }).min(1, { error: "form.errors.positions" }).max(999, { error: "form.errors.positions" }),
      startDate: z
        .string()
        .trim()
        .optional()
        .transform((v) => (v ? v : null))
        .refine((v) => v === null || isRealDate(v), { error: "form.errors.impossibleDate" }),
      applicationDeadline: date("applicationDeadline"),
      workplaceAddress: required(300, "workplaceAddress"),
      postcode: z.string({ error: "form.errors.postcode" }).trim().regex(/^\d{4}$/, { error: "form.errors.postcode" }),
      contactName: required(200, "contactName"),
      contactPhone: optional(30, "contactPhone"),
      contactEmail: z
        .string()
        .trim()
        .optional()
        .transform((v) => (v ? v : null))
        .refine((v) => v === null || (v.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)), { error: "form.errors.contactEmail" }),
      internalComment: optional(internalCommentMax, "internalComment", "many"),
    })
    .superRefine((value, ctx) => {
      if (value.startDate && isRealDate(value.applicationDeadline) && value.startDate < value.applicationDeadline) {
        ctx.addIssue({ code: "custom", path: ["startDate"], message: "form.errors.startBeforeDeadline" });
      }
      // The last day to apply may be today, never a day gone: creating or editing alike.
      if (isRealDate(value.applicationDeadline) && value.applicationDeadline < danishDate(now)) {
        ctx.addIssue({ code: "custom", path: ["applicationDeadline"], message: "form.errors.deadlinePassed" });
      }
    });

export type JobOrderInput = z.infer<ReturnType<typeof jobOrderSchema>>;

/** The fields of the job order form, in the order the form shows them: also the order's columns a save writes. */
export const jobOrderFields = [
  "title",
  "occupation",
  "description",
  "jobOrderType",
  "workingTime",
  "weeklyHours",
  "positions",
  "startDate",
  "applicationDeadline",
  "workplaceAddress",
  "postcode",
  "contactName",
  "contactPhone",
  "contactEmail",
  "internalComment",
] as const satisfies readonly (keyof JobOrderInput)[];
export type JobOrderField = (typeof jobOrderFields)[number];

/** The occupation search button's value (name "intent"): it submits the form to look up occupations, not to save. */
export const findOccupationIntent = "findOccupation";

/** The open status: the only one the public search shows (the first of the jobOrderStatus list). */
export const openStatus = "under-behandling";

/** What an employer may do to an order's status; staff may set any status of the list. */
export const employerStatusActions = {
  deactivate: "inaktiv-nok-henvisninger",
  reactivate: "under-behandling",
  fill: "afsluttet-behov-daekket",
} as const;

export const employerStatusSchema = z.object({ intent: z.enum(Object.keys(employerStatusActions) as [keyof typeof employerStatusActions]) });

export const staffStatusSchema = z.object({
  intent: z.literal("status"),
  status: code("status"),
  comment: optional(commentMax, "comment", "many"),
});

export const placementStatusSchema = z.object({
  intent: z.literal("placementStatus"),
  placementId: z.uuid({ error: "form.errors.placement" }),
  status: code("placementStatus"),
  comment: optional(commentMax, "comment", "many"),
});

/** The staff's search for the citizen to put forward, as on /medarbejder/borgere: a POST, so a CPR never reaches a URL. */
export const placementSearchSchema = citizenSearchSchema.extend({ intent: z.literal("findCitizen") });

export const placementCreateSchema = z.object({
  intent: z.literal("place"),
  citizenId: z.uuid({ error: "placement.errors.citizen" }),
  comment: optional(commentMax, "comment", "many"),
});

export const sorts = ["nyeste", "frist"] as const;
export type Sort = (typeof sorts)[number];
export const pageSize = 20;
/** Deep pages of a broad search cost more than anyone reads: narrow the search instead. */
export const maxPage = 50;

export const placeMax = 60;

/**
 * The place as typed: a town, a postal code or a municipality, by name or code. Its shape is
 * checked here, in the browser and on the server; whether the place exists, the server finds in
 * the code lists (search.server.ts), and an unknown place is answered at the field, never
 * dropped.
 */
const place = z
  .string({ error: "search.errors.placeFormat" })
  .trim()
  .max(placeMax, { error: "search.errors.placeFormat" })
  .regex(/^[\p{L}\p{N} .,'’()-]*$/u, { error: "search.errors.placeFormat" })
  .optional();

/**
 * The public search's GET parameters (Danish, they are in the URL), read with conform's
 * parseWithZod in the browser and on the server. The place is answered when it is wrong; the
 * others come from selects and links, so an unknown or bad value is dropped.
 */
export const searchParamsSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  stilling: z.string().trim().max(60).optional().catch(undefined),
  sted: place,
  arbejdstid: z.string().trim().max(60).optional().catch(undefined),
  sorter: z.enum(sorts).optional().catch(undefined),
  side: z.coerce.number().int().min(1).max(maxPage).optional().catch(undefined),
});

export type SearchParams = z.infer<typeof searchParamsSchema>;

/** Staff search by status too ("alle" for any) and by employer (CVR or name). */
export const staffSearchParamsSchema = searchParamsSchema.extend({
  status: z.string().trim().max(60).optional().catch(undefined),
  arbejdsgiver: z.string().trim().max(100).optional().catch(undefined),
});

export type StaffSearchParams = z.infer<typeof staffSearchParamsSchema>;

/** The names of the search's parameters: what the form fills in again and a job page carries back. */
export const searchFields = ["q", "stilling", "sted", "arbejdstid", "status", "arbejdsgiver", "sorter", "side"] as const;

/**
 * The search a job page was opened from, as the query string of its back link ("?q=lager&sted=Aarhus",
 * or "" for none): the search's own parameters only, each as the search reads it, a wrong place dropped.
 */
export function searchQueryOf(url: URL): string {
  const read = staffSearchParamsSchema.extend({ sted: place.catch(undefined) }).parse(
    Object.fromEntries([...url.searchParams].filter(([name, v]) => (searchFields as readonly string[]).includes(name) && v.trim() !== "")),
  );
  const query = new URLSearchParams(searchFields.flatMap((name) => (read[name] === undefined ? [] : [[name, String(read[name])]])));
  return query.size ? `?${query}` : "";
}
