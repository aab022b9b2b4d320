import * as z from "zod";

/**
 * The booking forms (rebooking and self-booking), the same in the browser and on the server.
 * Messages are keys of the "meetings" namespace; whether the slot still fits and is free is the
 * store's to say.
 */
export const chooseSlotSchema = z.object({
  slotOfferId: z.string({ error: "booking.errors.chooseSlot" }).trim().min(1, { error: "booking.errors.chooseSlot" }).max(60, { error: "booking.errors.chooseSlot" }),
});

/**
 * Afbud: a reason from the list and, for "Anden grund", a few words (the server checks the code
 * and whether the reason needs words; the list is data).
 */
export const cancellationSchema = z.object({
  reason: z.string({ error: "cancellation.errors.reason" }).trim().min(1, { error: "cancellation.errors.reason" }).max(60, { error: "cancellation.errors.reason" }),
  comment: z
    .string()
    .trim()
    .max(500, { error: "cancellation.errors.commentTooLong" })
    .optional()
    .transform((v) => (v ? v : null)),
});
export type CancellationValue = z.output<typeof cancellationSchema>;
