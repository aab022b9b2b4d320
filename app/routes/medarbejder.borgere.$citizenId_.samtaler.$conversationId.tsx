import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SummaryList } from "~/components/dkfds/SummaryList";
import { requireSession } from "~/features/auth/session.server";
import { presentComments } from "~/features/comments/comments.server";
import { CommentsForStaff } from "~/features/comments/CommentSection";
import { ParticipantsTable } from "~/features/meetings/tables";
import { presentConversation } from "~/features/meetings/conversation-presentation.server";
import { conversationForStaff } from "~/features/meetings/staff-views.server";
import { languageOf } from "~/i18n/i18n.server";
import { pageMeta } from "~/i18n/meta";
import { notFoundFor } from "~/utils/not-found.server";
import { Hint, Lead } from "~/components/dkfds/Text";
import { BackLink } from "~/components/dkfds/Button";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageMeta(matches, "staff:conversationDetail.title", { about: data ? `${data.conversation.type} ${data.conversation.shortDay}` : undefined });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await requireSession(request, "staff");
  const conversation = conversationForStaff(session, params.citizenId ?? "", params.conversationId ?? "");
  if (!conversation) throw notFoundFor(request, session, "heldConversation");
  const lng = await languageOf(request);
  return {
    citizenId: params.citizenId ?? "",
    conversation: presentConversation(conversation, lng),
    comments: presentComments("heldConversation", conversation.id, lng),
  };
}

export default function StaffConversation() {
  const { citizenId, conversation: c, comments } = useLoaderData<typeof loader>();
  const { t } = useTranslation("staff");
  const none = t("conversationDetail.none");
  return (
    <>
      <BackLink to={`/medarbejder/borgere/${citizenId}`}>{t("summonsDetail.back")}</BackLink>
      <h1>{c.type}</h1>
      <Lead>
        {c.heldOn}, {c.jobCentre}
      </Lead>
      <Hint>{c.awaitsReporting ? t("summonsDetail.awaitsReporting") : t("summonsDetail.reported")}</Hint>
      <SummaryList
        caption={c.type}
        rows={[
          { label: t("summons.fields.meetingForm.label"), value: c.form },
          // Only the items the conversation's type has (§ 28 nr. 5–9).
          ...(c.applies.furtherCourse ? [{ label: t("conversation.fields.furtherCourseAgreement.label"), value: c.furtherCourseAgreement ?? none }] : []),
          ...(c.applies.practical ? [{ label: t("conversation.fields.practicalAgreements.label"), value: c.practicalAgreements ?? none }] : []),
          ...(c.applies.flexjob ? [{ label: t("conversation.fields.flexjobAgreement.label"), value: c.flexjobAgreement ?? none }] : []),
          ...(c.applies.aKasse ? [{ label: t("summons.fields.aKasseParticipationStatus.label"), value: c.aKasseParticipation ?? none }] : []),
          ...(c.applies.visitation ? [{ label: t("conversation.fields.newVisitationGroup.label"), value: c.newVisitationGroup }] : []),
          ...(c.cvNotAdequate !== null ? [{ label: t("conversation.fields.cvNotAdequate.label"), value: c.cvNotAdequate ? t("yes") : t("no") }] : []),
          { label: t("summonsDetail.registeredBy"), value: c.registeredBy ?? none },
        ]}
      />
      <h2 id="participants-heading">{t("conversation.participants.heading")}</h2>
      <ParticipantsTable
        participants={c.participants}
        labelledBy="participants-heading"
        headings={{ name: t("conversation.participants.name"), role: t("conversation.participants.role"), form: t("conversation.participants.form") }}
      />
      {c.forwardedToFund ? <p>{t("summonsDetail.forwarded", { when: c.forwardedToFund })}</p> : null}
      <CommentsForStaff comments={comments} />
    </>
  );
}
