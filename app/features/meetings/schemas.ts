import * as z from "zod";

/**
 * The booking forms (rebooking and self-booking), the same in the browser and on the server.
 * Messages are keys of the "meetings" namespace; whether the slot still fits and is free is the
 * store's to say.
 */
export const chooseSlotSchema = z.object({
  slotOfferId: z.string({ error: "booking.errors.chooseSlot" }).trim().min(1, { error: "booking.errors.chooseSlot" }).max(60, { error: "booking.errors.chooseSlot" }),
});
