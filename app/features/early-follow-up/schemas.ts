import * as z from "zod";

/**
 * The confirmation step's form: the citizen says they are on sick leave and expect to be for more
 * than 8 weeks (sygedagpengeloven § 7 a, the request that seed 000 § 20 stk. 4 marks), then yes.
 */
export const confirmSchema = z.object({
  sick: z.literal("on", { error: "earlyFollowUp.errors.sick" }),
  intent: z.literal("confirm", { error: "earlyFollowUp.errors.confirm" }),
});

/** The caseworker's form: its buttons say whether the marking is registered or ended. */
export const staffMarkingSchema = z.object({ intent: z.enum(["register", "end"], { error: "earlyFollowUp.errors.intent" }) });
