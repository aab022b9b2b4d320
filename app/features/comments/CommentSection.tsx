import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Alert } from "~/components/dkfds/Alert";
import { ErrorSummary } from "~/components/dkfds/ErrorSummary";
import { TextArea } from "~/components/dkfds/fields";
import type { CommentThread, CommentView } from "./comments.server";
import { commentMax, commentSchema } from "./schemas";
import { Button } from "~/components/dkfds/Button";
import { Hint, PlainList, TypedText } from "~/components/dkfds/Text";

/** Comments as text (React escapes them; line breaks are kept as <br>), never as HTML. */
export function CommentList({ comments, none }: { comments: CommentView[]; none: string }) {
  const { t } = useTranslation("comments");
  return comments.length ? (
    <PlainList>
      {comments.map((comment) => (
        <li key={comment.id} className="mb-5">
          <Hint>{t("writtenAt", { when: comment.when })}</Hint>
          <TypedText text={comment.text} />
        </li>
      ))}
    </PlainList>
  ) : (
    <p>{none}</p>
  );
}

/**
 * The comments on a meeting or a held conversation and the form to add one. The form sits below the
 * page's main content, so its error summary sits above the form rather than above the h1.
 */
export function CommentSection({ thread, lastResult, added }: { thread: CommentThread; lastResult?: SubmissionResult<string[]>; added: boolean }) {
  const { t } = useTranslation("comments");
  return (
    <section aria-labelledby="comments-heading" id="comments">
      <h2 id="comments-heading">{t("heading")}</h2>
      {added && !lastResult ? <Alert variant="success" heading={t("added")} /> : null}
      <CommentList comments={thread.comments} none={t("none")} />
      {/* A new id after each sent comment gives a fresh, empty form. */}
      <CommentForm key={thread.nextCommentId} commentId={thread.nextCommentId} lastResult={lastResult} />
    </section>
  );
}

function CommentForm({ commentId, lastResult }: { commentId: string; lastResult?: SubmissionResult<string[]> }) {
  const { t } = useTranslation("comments");
  const navigation = useNavigation();
  const sending = navigation.state === "submitting" && navigation.formData?.get("commentId") === commentId;
  const [form, fields] = useForm({
    id: "comment",
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: commentSchema }),
    shouldValidate: "onSubmit",
  });
  const error = fields.text.errors?.[0] ? t(fields.text.errors[0]) : undefined;
  return (
    <>
      <ErrorSummary errors={error ? [{ fieldId: "comment-text", message: error }] : []} />
      <Form method="post" {...getFormProps(form)} noValidate>
        <input type="hidden" name="intent" value="comment" />
        <input type="hidden" name="commentId" value={commentId} />
        <TextArea
          id="comment-text"
          name={fields.text.name}
          label={t("label")}
          hint={t("hint", { max: commentMax })}
          defaultValue={fields.text.initialValue as string | undefined}
          error={error}
        />
        {/* Disabled while it is sent, so a second click does not send it again. */}
        <Button variant="secondary" disabled={sending}>
          {t("submit")}
        </Button>
      </Form>
    </>
  );
}

/** What staff see of the citizen's comments on a meeting or a held conversation. */
export function CommentsForStaff({ comments }: { comments: CommentView[] }) {
  const { t } = useTranslation("comments");
  return (
    <section aria-labelledby="citizen-comments-heading">
      <h2 id="citizen-comments-heading">{t("staff.heading")}</h2>
      <CommentList comments={comments} none={t("staff.none")} />
    </section>
  );
}
