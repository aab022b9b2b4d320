import * as z from "zod";
import { isValidCpr } from "~/features/people/cpr";

/**
 * Staff's citizen search: one field, a CPR number (with or without the dash) or a name. A
 * CPR-shaped query must be a real date; messages are locale keys.
 */
export const citizenSearchSchema = z.object({
  query: z
    .string({ error: "citizens.errors.query" })
    .trim()
    .min(2, "citizens.errors.query")
    .max(100, "citizens.errors.tooLong")
    .refine((q) => !/^\d{6}-?\d{4}$/.test(q) || isValidCpr(q), "citizens.errors.cpr")
    .refine((q) => /^\d{6}-?\d{4}$/.test(q) || !/\d/.test(q), "citizens.errors.mixed"),
});

export type CitizenQuery = { kind: "cpr"; cpr: string } | { kind: "name"; name: string };

export function interpretQuery(query: string): CitizenQuery {
  const digits = query.replace("-", "");
  return /^\d{10}$/.test(digits) ? { kind: "cpr", cpr: digits } : { kind: "name", name: query };
}
