import * as z from "zod";

/** The confirmation step's form: the one button says yes. */
export const confirmSchema = z.object({ intent: z.literal("confirm", { error: "earlyFollowUp.errors.confirm" }) });
