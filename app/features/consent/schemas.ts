import * as z from "zod";

/** The consent form, checked the same way in the browser and on the server. Messages are locale keys. */
export const consentSchema = z.object({
  fetch: z.enum(["ja", "nej"], { error: "consent.errors.fetch" }),
  share: z.enum(["ja", "nej"], { error: "consent.errors.share" }),
});
