import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PhoneLink, TextWithPhone, TextWithPhones } from "~/components/dkfds/PhoneLink";
import { Alert } from "~/components/dkfds/Alert";
import { SummaryList } from "~/components/dkfds/SummaryList";
import { requireSession } from "~/features/auth/session.server";
import { commentAction } from "~/features/comments/action.server";
import { commentThread } from "~/features/comments/comments.server";
import { CommentSection } from "~/features/comments/CommentSection";
import { presentMeeting } from "~/features/meetings/presentation.server";
import { meetingOf } from "~/features/meetings/summons.server";
import { useChangedItems } from "~/features/meetings/changed-items";
import { languageOf } from "~/i18n/i18n.server";
import { pageMeta } from "~/i18n/meta";
import { notFoundFor } from "~/utils/not-found.server";
import { BackLink, LinkButton } from "~/components/dkfds/Button";
import { Hint, Lead, ListItem, PlainList } from "~/components/dkfds/Text";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageMeta(matches, "meetings:detail.title", { titleText: data ? `${data.meeting.title} ${data.meeting.shortDay}` : undefined, section: "meetings:list.title" });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await requireSession(request, "citizen");
  const meeting = meetingOf(session.subjectId, params.summonsId ?? "");
  if (!meeting) throw notFoundFor(request, session, "summons");
  const lng = await languageOf(request);
  return { meeting: presentMeeting(meeting, lng), thread: commentThread("summons", meeting.id, lng) };
}

/** The page's one form: a comment on the meeting. */
export async function action({ request, params }: ActionFunctionArgs) {
  const session = await requireSession(request, "citizen");
  return commentAction(request, session, { kind: "summons", id: params.summonsId ?? "" }, await request.formData());
}

export default function Meeting() {
  const { meeting: m, thread } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t } = useTranslation("meetings");
  const changed = useChangedItems(m.lastChange?.items, "meetings", "detail.changedItems");
  const justMoved = !!params.get("flyttet") && !lastResult;
  return (
    <>
      <BackLink to="/borger/moeder">{t("detail.back")}</BackLink>
      <h1>{m.title}</h1>
      <Lead>
        {m.day}, {m.time}
      </Lead>
      {/* Just moved: one notice says so and from when, rather than a success and an info stacked. */}
      {justMoved ? (
        <Alert variant="success" heading={t("detail.rebooked")}>
          {m.previous ? <p>{t("detail.movedFrom", { when: m.previous })}</p> : null}
        </Alert>
      ) : null}
      {params.get("booket") && !lastResult ? <Alert variant="success" heading={t("selfBooking.booked")} /> : null}
      {params.get("afbud") && !lastResult ? (
        <Alert variant="success" heading={t("cancellation.done")}>
          <p>{t("cancellation.doneText")}</p>
        </Alert>
      ) : null}
      {m.status === "cancelled" && m.cancelledBy === "citizen" ? (
        <Alert variant="info" heading={t("detail.cancelledByYou")}>
          {m.citizenCancellationReason ? <p>{t("detail.yourReason", { reason: m.citizenCancellationReason })}</p> : null}
          {m.cancellationReason ? <p>{t("detail.yourWords", { words: m.cancellationReason })}</p> : null}
        </Alert>
      ) : m.status === "cancelled" ? (
        <Alert variant="warning" heading={t("detail.cancelled")}>
          {m.cancellationReason ? <p>{t("detail.reason", { reason: m.cancellationReason })}</p> : null}
        </Alert>
      ) : null}
      {m.status === "no-show" ? (
        <Alert variant="warning" heading={t("detail.noShow")}>
          <p>{t("detail.noShowText")}</p>
        </Alert>
      ) : null}
      {m.status === "held" ? (
        <Alert variant="info" heading={t("detail.held")}>
          {m.heldConversationId ? (
            <p>
              <Link to={`/borger/samtaler/${m.heldConversationId}`}>{t("detail.seeConversation")}</Link>
            </p>
          ) : null}
        </Alert>
      ) : null}
      {m.previous && m.status !== "cancelled" && !justMoved ? (
        <Alert variant="info" heading={t("detail.moved")}>
          <p>{t("detail.movedFrom", { when: m.previous })}</p>
          {m.moveReason ? <p>{t("detail.reason", { reason: m.moveReason })}</p> : null}
        </Alert>
      ) : null}
      {m.lastChange && m.status !== "cancelled" ? (
        <Alert variant="info" heading={t("detail.changed", { when: m.lastChange.when })}>
          <p>{t("detail.changedText", { items: changed })}</p>
          {m.lastChange.reason ? <p>{t("detail.reason", { reason: m.lastChange.reason })}</p> : null}
        </Alert>
      ) : null}
      {m.awaitsConfirmation ? (
        <Hint>
          <strong>{t("detail.awaitsConfirmation")}</strong>
        </Hint>
      ) : m.awaitsReporting ? (
        <Hint>{t("detail.awaitsReporting")}</Hint>
      ) : null}
      <SummaryList
        caption={m.title}
        rows={[
          { label: t("detail.type"), value: m.type },
          { label: t("detail.form"), value: m.form },
          { label: t("detail.join.label"), value: t(`detail.join.${m.join}`) },
          { label: t("detail.where"), value: m.location },
          ...(m.address ? [{ label: t("detail.address"), value: m.address }] : []),
          ...(m.phoneToCall ? [{ label: t("detail.phoneToCall"), value: <TextWithPhone text={t("detail.callUs", { phone: PhoneLink.mark })} phone={m.phoneToCall} /> }] : []),
          ...(m.description ? [{ label: t("detail.about"), value: m.description }] : []),
          { label: t("detail.caseworker"), value: `${m.caseworkerName}, ${m.jobCentre}` },
          ...(m.contactOptions ? [{ label: t("detail.contact"), value: <TextWithPhones text={m.contactOptions} /> }] : []),
          { label: t("detail.compulsory"), value: m.compulsory ? t("detail.compulsoryYes") : t("detail.compulsoryNo") },
          {
            label: t("detail.rebooking"),
            value: m.rebookingPossible
              ? m.rebookingDeadline
                ? t("detail.rebookingUntil", { when: m.rebookingDeadline })
                : t("detail.rebookingYes")
              : t("detail.rebookingNo"),
          },
          ...(m.rebookingPossible && m.rebookingPeriod ? [{ label: t("detail.rebookingPeriod"), value: t("detail.rebookingPeriodText", m.rebookingPeriod) }] : []),
          {
            label: t("detail.cancellation"),
            value: m.cancellationPossible ? t("detail.cancellationUntil", { when: m.cancellationCloses }) : t("detail.cancellationNo"),
          },
          ...(m.aKasseParticipation ? [{ label: t("detail.aKasse"), value: m.aKasseParticipation }] : []),
          { label: t("detail.booking"), value: m.selfBooked ? t("detail.selfBooked") : t("detail.summoned") },
        ]}
      />
      {m.forwardedToFund ? <p>{t("detail.forwarded", { when: m.forwardedToFund })}</p> : null}
      <PlainList>
        {m.mayRebook ? (
          <li>
            <LinkButton to={`/borger/moeder/${m.id}/flyt`}>
              {t("detail.rebookLink")}
            </LinkButton>
          </li>
        ) : null}
        {m.mayCancel ? (
          <ListItem above={m.mayRebook ? 3 : undefined}>
            <LinkButton variant="secondary" to={`/borger/moeder/${m.id}/afbud`}>
              {t("detail.cancelLink")}
            </LinkButton>
          </ListItem>
        ) : null}
        <ListItem above={5}>
          <a href={`/borger/moeder/${m.id}/kalender.ics`} download>
            {t("detail.calendar")}
          </a>
        </ListItem>
      </PlainList>
      <CommentSection thread={thread} lastResult={lastResult} added={!!params.get("kommentar")} />
    </>
  );
}
