import { useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PhoneLink, TextWithPhone, TextWithPhones } from "~/components/dkfds/PhoneLink";
import { Alert } from "~/components/dkfds/Alert";
import { BackLink, Button } from "~/components/dkfds/Button";
import { FormErrorSummary, FormLevelError, ValidatedForm } from "~/components/dkfds/form";
import { Hint, Lead } from "~/components/dkfds/Text";
import { TextArea, TextField } from "~/components/dkfds/fields";
import { SummaryList } from "~/components/dkfds/SummaryList";
import { requireSession } from "~/features/auth/session.server";
import { presentComments } from "~/features/comments/comments.server";
import { CommentsForStaff } from "~/features/comments/CommentSection";
import { presentMeeting } from "~/features/meetings/presentation.server";
import { cancelSchema, moveSchema, noShowSchema } from "~/features/meetings/staff-schemas";
import { cancelSummons, moveSummons, registerNoShow, type OutcomeResult, type StaffChangeResult } from "~/features/meetings/staff.server";
import { summonsForStaff } from "~/features/meetings/staff-views.server";
import { TimeFields } from "~/features/meetings/StaffFormParts";
import { useChangedItems } from "~/features/meetings/changed-items";
import { languageOf } from "~/i18n/i18n.server";
import { pageMeta } from "~/i18n/meta";
import { parseSubmission } from "~/utils/forms.server";
import { notFoundFor } from "~/utils/not-found.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageMeta(matches, "staff:summonsDetail.title", { about: data ? `${data.meeting.title} ${data.meeting.shortDay}` : undefined });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await requireSession(request, "staff");
  const meeting = summonsForStaff(session, params.citizenId ?? "", params.summonsId ?? "");
  if (!meeting) throw notFoundFor(request, session, "summons");
  const lng = await languageOf(request);
  return {
    citizenId: params.citizenId ?? "",
    meeting: presentMeeting(meeting, lng),
    changeable: meeting.staffMayChange,
    awaitsOutcome: meeting.awaitsOutcome,
    comments: presentComments("summons", meeting.id, lng),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const session = await requireSession(request, "staff");
  const formData = await request.formData();
  const citizenId = params.citizenId ?? "";
  const summonsId = params.summonsId ?? "";
  const respond = (intent: "move" | "cancel" | "noShow", submission: { reply: (options: { formErrors: string[] }) => SubmissionResult<string[]> }, result: StaffChangeResult | OutcomeResult, done: string) => {
    if (result.ok) return redirect(`/medarbejder/borgere/${citizenId}/indkaldelser/${summonsId}?${done}=1`);
    if (result.reason === "not-found") throw notFoundFor(request, session, "summons");
    return data({ intent, result: submission.reply({ formErrors: [`change.errors.${result.reason}`] }) }, { status: 400 });
  };
  if (formData.get("intent") === "noShow") {
    const submission = parseSubmission(formData, { schema: noShowSchema });
    if (submission.status !== "success") return data({ intent: "noShow" as const, result: submission.reply() }, { status: 400 });
    return respond("noShow", submission, registerNoShow(session, citizenId, summonsId), "udeblevet");
  }
  if (formData.get("intent") === "cancel") {
    const submission = parseSubmission(formData, { schema: cancelSchema });
    if (submission.status !== "success") return data({ intent: "cancel" as const, result: submission.reply() }, { status: 400 });
    return respond("cancel", submission, cancelSummons(session, citizenId, summonsId, submission.value.cancelReason), "aflyst");
  }
  const submission = parseSubmission(formData, { schema: moveSchema() });
  if (submission.status !== "success") return data({ intent: "move" as const, result: submission.reply() }, { status: 400 });
  return respond("move", submission, moveSummons(session, citizenId, summonsId, submission.value), "flyttet");
}

export default function StaffSummons() {
  const { citizenId, meeting: m, changeable, awaitsOutcome, comments } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t } = useTranslation("staff");
  const [moveForm, move] = useForm({
    id: "move",
    lastResult: answer?.intent === "move" ? answer.result : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: moveSchema() }),
    shouldValidate: "onSubmit",
  });
  const [cancelForm, cancel] = useForm({
    id: "cancel",
    lastResult: answer?.intent === "cancel" ? answer.result : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: cancelSchema }),
    shouldValidate: "onSubmit",
  });
  const [noShowForm] = useForm({ id: "no-show", lastResult: answer?.intent === "noShow" ? answer.result : undefined });
  const done = (["oprettet", "flyttet", "rettet", "aflyst", "udeblevet"] as const).find((key) => params.get(key));
  const changed = useChangedItems(m.lastChange?.items, "staff", "summonsChange.items");
  return (
    <>
      <FormErrorSummary form={[moveForm, cancelForm, noShowForm]} ns="staff" />
      <BackLink to={`/medarbejder/borgere/${citizenId}`}>{t("summonsDetail.back")}</BackLink>
      <h1>{m.title}</h1>
      <Lead>
        {m.day}, {m.time}
      </Lead>
      {done ? (
        <Alert variant="success" heading={t(`summonsDetail.done.${done}`)}>
          {/* Just moved: the move's details belong to this notice, not to a second one below it. */}
          {done === "flyttet" && m.previous ? <p>{t("summonsDetail.moved", { when: m.previous })}</p> : null}
          {done === "flyttet" && m.moveReason ? <p>{t("summonsDetail.reason", { reason: m.moveReason })}</p> : null}
          {done === "rettet" && m.lastChange ? <p>{t("summonsDetail.changedItems", { items: changed })}</p> : null}
        </Alert>
      ) : null}
      {m.status === "cancelled" && m.cancelledBy === "citizen" ? (
        <Alert variant="warning" heading={t("summonsDetail.cancelledByCitizen")}>
          {m.citizenCancellationReason ? <p>{t("summonsDetail.citizenReason", { reason: m.citizenCancellationReason })}</p> : null}
          {m.cancellationReason ? <p>{t("summonsDetail.citizenWords", { words: m.cancellationReason })}</p> : null}
        </Alert>
      ) : m.status === "no-show" ? (
        <Alert variant="warning" heading={t("summonsDetail.noShow")} />
      ) : m.status === "cancelled" ? (
        <Alert variant="warning" heading={t("summonsDetail.cancelled")}>
          {m.cancellationReason ? <p>{t("summonsDetail.reason", { reason: m.cancellationReason })}</p> : null}
        </Alert>
      ) : null}
      {m.previous && m.status !== "cancelled" && done !== "flyttet" ? (
        <Alert variant="info" heading={t("summonsDetail.moved", { when: m.previous })}>
          {m.moveReason ? <p>{t("summonsDetail.reason", { reason: m.moveReason })}</p> : null}
        </Alert>
      ) : null}
      {m.lastChange && m.status !== "cancelled" && done !== "rettet" ? (
        <Alert variant="info" heading={t("summonsDetail.changed", { when: m.lastChange.when })}>
          <p>{t("summonsDetail.changedItems", { items: changed })}</p>
          {m.lastChange.reason ? <p>{t("summonsDetail.reason", { reason: m.lastChange.reason })}</p> : null}
        </Alert>
      ) : null}
      <Hint>{m.awaitsReporting ? t("summonsDetail.awaitsReporting") : t("summonsDetail.reported")}</Hint>
      <SummaryList
        caption={m.title}
        rows={[
          { label: t("summons.fields.meetingType.label"), value: m.type },
          { label: t("summons.fields.meetingForm.label"), value: m.form },
          { label: t("summons.fields.location.label"), value: m.location },
          { label: t("summons.fields.address.label"), value: m.address ?? "–" },
          ...(m.join === "telefonisk-selv" || m.join === "telefonisk"
            ? [
                {
                  label: t("summons.fields.phoneCaller.legend"),
                  value: m.phoneToCall ? (
                    <TextWithPhone text={t("summonsDetail.citizenCalls", { phone: PhoneLink.mark })} phone={m.phoneToCall} />
                  ) : (
                    t("summonsDetail.jobCentreCalls")
                  ),
                },
              ]
            : []),
          { label: t("summons.fields.description.label"), value: m.description },
          { label: t("summons.fields.contactOptions.label"), value: m.contactOptions ? <TextWithPhones text={m.contactOptions} /> : m.contactOptions },
          { label: t("summons.fields.caseworker.label"), value: `${m.caseworkerName}, ${m.jobCentre}` },
          { label: t("summonsDetail.registeredBy"), value: m.registeredBy ?? "–" },
          { label: t("summons.fields.compulsory.label"), value: m.compulsory ? t("yes") : t("no") },
          {
            label: t("summons.fields.cancellationPossible.label"),
            value: m.cancellationPossible ? t("summonsDetail.cancellationUntil", { when: m.cancellationCloses }) : t("no"),
          },
          { label: t("summons.fields.rebookingPossible.label"), value: m.rebookingPossible ? (m.rebookingDeadline ?? t("yes")) : t("no") },
          ...(m.rebookingPossible && m.rebookingPeriod
            ? [{ label: t("summonsDetail.rebookingPeriod"), value: t("summonsDetail.rebookingPeriodText", m.rebookingPeriod) }]
            : []),
          { label: t("summons.fields.aKasseParticipationStatus.label"), value: m.aKasseParticipation ?? "–" },
        ]}
      />
      {m.forwardedToFund ? <p>{t("summonsDetail.forwarded", { when: m.forwardedToFund })}</p> : null}
      {m.status !== "cancelled" && m.status !== "held" ? (
        <p>
          <Link to={`/medarbejder/borgere/${citizenId}/samtaler/ny?indkaldelse=${m.id}`}>{t("summonsDetail.registerConversation")}</Link>
        </p>
      ) : null}
      {awaitsOutcome ? (
        <>
          <h2 id="outcome-heading">{t("outcome.title")}</h2>
          <p>{t("outcome.lead")}</p>
          <ValidatedForm form={noShowForm} ns="staff" aria-labelledby="outcome-heading">
            <input type="hidden" name="intent" value="noShow" />
            <FormLevelError errors={noShowForm.errors} />
            <Button variant="secondary">{t("outcome.noShow")}</Button>
          </ValidatedForm>
        </>
      ) : null}
      {changeable ? (
        <>
          <p>
            <Link to={`/medarbejder/borgere/${citizenId}/indkaldelser/${m.id}/ret`}>{t("summonsDetail.changeLink")}</Link>
          </p>
          <h2 id="move-heading">{t("move.title")}</h2>
          <ValidatedForm form={moveForm} ns="staff" aria-labelledby="move-heading">
            <input type="hidden" name="intent" value="move" />
            <FormLevelError errors={moveForm.errors} />
            <TimeFields date={move.date} startTime={move.startTime} endTime={move.endTime} />
            <TextField meta={move.location} label={t("move.location.label")} hint={t("move.location.hint")} maxLength={200} />
            <TextArea meta={move.reason} label={t("move.reason.label")} hint={t("move.reason.hint")} rows={3} />
            <Button>{t("move.submit")}</Button>
          </ValidatedForm>
          <h2 id="cancel-heading">{t("cancel.title")}</h2>
          <ValidatedForm form={cancelForm} ns="staff" aria-labelledby="cancel-heading">
            <input type="hidden" name="intent" value="cancel" />
            <FormLevelError errors={cancelForm.errors} />
            <TextArea meta={cancel.cancelReason} label={t("cancel.reason.label")} hint={t("cancel.reason.hint")} rows={3} />
            <Button variant="secondary">{t("cancel.submit")}</Button>
          </ValidatedForm>
        </>
      ) : null}
      <CommentsForStaff comments={comments} />
    </>
  );
}
