import * as z from "zod";
import { isRealDate } from "~/utils/dates";

/**
 * The deregistration form, checked the same way in the browser and on the server. Messages are
 * locale keys of the "absence" namespace. Whether the reason may be picked by a citizen and the
 * date is today or later are checked on the server (rules.ts), where the code list and today live.
 */
export const deregistrationSchema = z.object({
  intent: z.enum(["review", "edit", "confirm"]).default("review"),
  reason: z.string({ error: "deregistration.errors.reason" }).trim().min(1, { error: "deregistration.errors.reason" }).max(60, { error: "deregistration.errors.reason" }),
  deregisteredOn: z
    .string({ error: "deregistration.errors.date" })
    .trim()
    .min(1, { error: "deregistration.errors.date" })
    .refine(isRealDate, { error: "deregistration.errors.impossibleDate" }),
});

export type DeregistrationInput = z.infer<typeof deregistrationSchema>;
