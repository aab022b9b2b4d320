import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Alert } from "~/components/dkfds/Alert";
import { ErrorSummary } from "~/components/dkfds/ErrorSummary";
import { TextArea, TextField } from "~/components/dkfds/fields";
import { SummaryList } from "~/components/dkfds/SummaryList";
import { requireSession } from "~/features/auth/session.server";
import { presentComments } from "~/features/comments/comments.server";
import { CommentsForStaff } from "~/features/comments/CommentSection";
import { presentMeeting } from "~/features/meetings/presentation.server";
import { cancelSchema, moveSchema } from "~/features/meetings/staff-schemas";
import { cancelSummons, moveSummons, type StaffChangeResult } from "~/features/meetings/staff.server";
import { summonsForStaff } from "~/features/meetings/staff-views.server";
import { initialText, TimeFields, useStaffErrors } from "~/features/meetings/StaffFormParts";
import { languageOf } from "~/i18n/i18n.server";
import { pageMeta } from "~/i18n/meta";
import { parseSubmission } from "~/utils/forms.server";
import { notFoundFor } from "~/utils/not-found.server";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, "staff:summonsDetail.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await requireSession(request, "staff");
  const meeting = summonsForStaff(session, params.citizenId ?? "", params.summonsId ?? "");
  if (!meeting) throw notFoundFor(request, session, "summons");
  const changeable = meeting.status !== "cancelled" && meeting.end > new Date().toISOString();
  const lng = await languageOf(request);
  return { citizenId: params.citizenId ?? "", meeting: presentMeeting(meeting, lng), changeable, comments: presentComments("summons", meeting.id, lng) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const session = await requireSession(request, "staff");
  const formData = await request.formData();
  const citizenId = params.citizenId ?? "";
  const summonsId = params.summonsId ?? "";
  const respond = (intent: "move" | "cancel", submission: { reply: (options: { formErrors: string[] }) => SubmissionResult<string[]> }, result: StaffChangeResult, done: string) => {
    if (result.ok) return redirect(`/medarbejder/borgere/${citizenId}/indkaldelser/${summonsId}?${done}=1`);
    if (result.reason === "not-found") throw notFoundFor(request, session, "summons");
    return data({ intent, result: submission.reply({ formErrors: [`change.errors.${result.reason}`] }) }, { status: 400 });
  };
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
  const { citizenId, meeting: m, changeable, comments } = useLoaderData<typeof loader>();
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
  const moveErrors = useStaffErrors(moveForm);
  const cancelErrors = useStaffErrors(cancelForm);
  const done = (["oprettet", "flyttet", "aflyst"] as const).find((key) => params.get(key));
  return (
    <>
      <ErrorSummary errors={[...moveErrors.summary, ...cancelErrors.summary]} />
      <p>
        <Link className="back-link" to={`/medarbejder/borgere/${citizenId}`}>
          {t("summonsDetail.back")}
        </Link>
      </p>
      <h1>{m.title}</h1>
      <p className="font-lead">
        {m.day}, {m.time}
      </p>
      {done ? <Alert variant="success" heading={t(`summonsDetail.done.${done}`)} /> : null}
      {m.status === "cancelled" ? (
        <Alert variant="warning" heading={t("summonsDetail.cancelled")}>
          {m.cancellationReason ? <p>{t("summonsDetail.reason", { reason: m.cancellationReason })}</p> : null}
        </Alert>
      ) : null}
      {m.previous && m.status !== "cancelled" ? (
        <Alert variant="info" heading={t("summonsDetail.moved", { when: m.previous })}>
          {m.moveReason ? <p>{t("summonsDetail.reason", { reason: m.moveReason })}</p> : null}
        </Alert>
      ) : null}
      <p className="form-hint">{m.awaitsReporting ? t("summonsDetail.awaitsReporting") : t("summonsDetail.reported")}</p>
      <SummaryList
        caption={m.title}
        rows={[
          { label: t("summons.fields.meetingType.label"), value: m.type },
          { label: t("summons.fields.meetingForm.label"), value: m.form },
          { label: t("summons.fields.location.label"), value: m.location },
          { label: t("summons.fields.address.label"), value: m.address ?? "–" },
          { label: t("summons.fields.phoneToCall.label"), value: m.phoneToCall ?? "–" },
          { label: t("summons.fields.description.label"), value: m.description },
          { label: t("summons.fields.contactOptions.label"), value: m.contactOptions },
          { label: t("summons.fields.caseworker.label"), value: `${m.caseworkerName}, ${m.jobCentre}` },
          { label: t("summonsDetail.registeredBy"), value: m.registeredBy ?? "–" },
          { label: t("summons.fields.compulsory.label"), value: m.compulsory ? t("yes") : t("no") },
          { label: t("summons.fields.cancellationPossible.label"), value: m.cancellationPossible ? t("yes") : t("no") },
          { label: t("summons.fields.rebookingPossible.label"), value: m.rebookingPossible ? (m.rebookingDeadline ?? t("yes")) : t("no") },
          { label: t("summons.fields.aKasseParticipationStatus.label"), value: m.aKasseParticipation ?? "–" },
        ]}
      />
      {m.forwardedToFund ? <p>{t("summonsDetail.forwarded", { when: m.forwardedToFund })}</p> : null}
      {m.status !== "cancelled" ? (
        <p>
          <Link to={`/medarbejder/borgere/${citizenId}/samtaler/ny?indkaldelse=${m.id}`}>{t("summonsDetail.registerConversation")}</Link>
        </p>
      ) : null}
      {changeable ? (
        <>
          <h2 id="move-heading">{t("move.title")}</h2>
          <Form method="post" {...getFormProps(moveForm)} aria-labelledby="move-heading" noValidate>
            <input type="hidden" name="intent" value="move" />
            {moveForm.errors?.[0] ? <p className="form-error-message">{t(moveForm.errors[0])}</p> : null}
            <TimeFields date={move.date} startTime={move.startTime} endTime={move.endTime} message={moveErrors.message} />
            <TextField
              id={move.location.name}
              label={t("move.location.label")}
              hint={t("move.location.hint")}
              defaultValue={initialText(move.location)}
              error={moveErrors.message(move.location.errors)}
              maxLength={200}
            />
            <TextArea
              id={move.reason.name}
              label={t("move.reason.label")}
              hint={t("move.reason.hint")}
              rows={3}
              defaultValue={initialText(move.reason)}
              error={moveErrors.message(move.reason.errors)}
            />
            <button type="submit" className="button button-primary">
              {t("move.submit")}
            </button>
          </Form>
          <h2 id="cancel-heading">{t("cancel.title")}</h2>
          <Form method="post" {...getFormProps(cancelForm)} aria-labelledby="cancel-heading" noValidate>
            <input type="hidden" name="intent" value="cancel" />
            {cancelForm.errors?.[0] ? <p className="form-error-message">{t(cancelForm.errors[0])}</p> : null}
            <TextArea
              id={cancel.cancelReason.name}
              label={t("cancel.reason.label")}
              hint={t("cancel.reason.hint")}
              rows={3}
              defaultValue={initialText(cancel.cancelReason)}
              error={cancelErrors.message(cancel.cancelReason.errors)}
            />
            <button type="submit" className="button button-secondary">
              {t("cancel.submit")}
            </button>
          </Form>
        </>
      ) : null}
      <CommentsForStaff comments={comments} />
    </>
  );
}
