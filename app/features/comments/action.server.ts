import { data, redirect } from "@remix-run/node";
import { orNotFound } from "~/utils/not-found.server";
import { postComment, type Target } from "./comments.server";
import { commentSchema } from "./schemas";
import { parseSubmission } from "~/utils/forms.server";

/**
 * The comment form's action, shared by every page that shows a CommentSection (a meeting, a held
 * conversation): the page's action guards the session and hands over its target. A bad comment
 * answers 400 with what was typed; a good one redirects back to the page's comments.
 */
export function commentAction(request: Request, session: { subjectId: string; idHash: string }, target: Target, formData: FormData) {
  const submission = parseSubmission(formData, { schema: commentSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  orNotFound(request, session, () => postComment(session.subjectId, target, submission.value.text, { id: submission.value.commentId }));
  return redirect(`${new URL(request.url).pathname}?kommentar=1#comments`);
}
