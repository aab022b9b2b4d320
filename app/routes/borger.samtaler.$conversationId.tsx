import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SummaryList } from "~/components/dkfds/SummaryList";
import { requireSession } from "~/features/auth/session.server";
import { commentAction } from "~/features/comments/action.server";
import { commentThread } from "~/features/comments/comments.server";
import { CommentSection } from "~/features/comments/CommentSection";
import { ParticipantsTable } from "~/features/meetings/tables";
import { presentConversation } from "~/features/meetings/conversation-presentation.server";
import { conversationOf } from "~/features/meetings/conversations.server";
import { languageOf } from "~/i18n/i18n.server";
import { pageMeta } from "~/i18n/meta";
import { notFoundFor } from "~/utils/not-found.server";
import { BackLink } from "~/components/dkfds/Button";
import { Hint, Lead } from "~/components/dkfds/Text";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageMeta(matches, "meetings:conversations.detail.title", {
    titleText: data ? `${data.conversation.type} ${data.conversation.shortDay}` : undefined,
    section: "meetings:conversations.list.title",
  });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await requireSession(request, "citizen");
  const conversation = conversationOf(session.subjectId, params.conversationId ?? "");
  if (!conversation) throw notFoundFor(request, session, "heldConversation");
  const lng = await languageOf(request);
  return { conversation: presentConversation(conversation, lng), thread: commentThread("heldConversation", conversation.id, lng) };
}

/** The page's one form: a comment on the conversation (seed 002 § 9 nr. 10). */
export async function action({ request, params }: ActionFunctionArgs) {
  const session = await requireSession(request, "citizen");
  return commentAction(request, session, { kind: "heldConversation", id: params.conversationId ?? "" }, await request.formData());
}

export default function Conversation() {
  const { conversation: c, thread } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t } = useTranslation("meetings");
  const none = t("conversations.detail.none");
  return (
    <>
      <BackLink to="/borger/samtaler">{t("conversations.detail.back")}</BackLink>
      <h1>{c.type}</h1>
      <Lead>{t("conversations.detail.lead", { when: c.heldOn, jobCentre: c.jobCentre })}</Lead>
      {c.awaitsReporting ? <Hint>{t("conversations.detail.awaitsReporting")}</Hint> : null}
      <SummaryList
        caption={t("conversations.detail.caption")}
        rows={[
          { label: t("conversations.detail.heldOn"), value: c.heldOn },
          { label: t("conversations.detail.type"), value: c.type },
          { label: t("conversations.detail.form"), value: c.form },
          // Only the items the conversation's type has (§ 28 nr. 5–9).
          ...(c.applies.furtherCourse ? [{ label: t("conversations.detail.furtherCourse"), value: c.furtherCourseAgreement ?? none }] : []),
          ...(c.applies.flexjob ? [{ label: t("conversations.detail.flexjob"), value: c.flexjobAgreement ?? none }] : []),
          ...(c.applies.aKasse ? [{ label: t("conversations.detail.aKasse"), value: c.aKasseParticipation ?? none }] : []),
          ...(c.applies.practical ? [{ label: t("conversations.detail.practical"), value: c.practicalAgreements ?? none }] : []),
          ...(c.applies.visitation ? [{ label: t("conversations.detail.visitationGroup"), value: c.newVisitationGroup }] : []),
          ...(c.cvNotAdequate !== null
            ? [{ label: t("conversations.detail.cv"), value: c.cvNotAdequate ? t("conversations.detail.cvNotAdequate") : t("conversations.detail.cvAdequate") }]
            : []),
        ]}
      />
      <h2 id="participants-heading">{t("conversations.detail.participants")}</h2>
      {c.participants.length ? (
        <ParticipantsTable
          participants={c.participants}
          labelledBy="participants-heading"
          headings={{
            name: t("conversations.detail.participantName"),
            role: t("conversations.detail.participantRole"),
            form: t("conversations.detail.participantForm"),
          }}
        />
      ) : (
        <p>{none}</p>
      )}
      {c.forwardedToFund ? <p>{t("conversations.detail.forwarded", { when: c.forwardedToFund })}</p> : null}
      <CommentSection thread={thread} lastResult={lastResult} added={!!params.get("kommentar")} />
    </>
  );
}
