import * as z from "zod";

/** The citizen's comment, checked the same way in the browser and on the server ("comments" keys). */
export const commentMax = 2000; // the contract's limit for the comment message

export const commentSchema = z.object({
  intent: z.literal("comment"),
  /** Given with the form; the same form sent twice is one comment. */
  commentId: z.uuid({ error: "errors.required" }),
  text: z
    .string({ error: "errors.required" })
    .trim()
    .min(1, { error: "errors.required" })
    .max(commentMax, { error: "errors.tooLong" }),
});
