import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SummaryList } from "~/components/dkfds/SummaryList";
import { Alert } from "~/components/dkfds/Alert";
import { FormErrorSummary, ValidatedForm } from "~/components/dkfds/form";
import { DateField } from "~/components/dkfds/fields";
import { requireSession } from "~/features/auth/session.server";
import { absenceOf, changeAbsenceEnd, withdrawAbsence } from "~/features/absence/absence.server";
import { changeEndSchema, withdrawSchema } from "~/features/absence/schemas";
import { languageOf } from "~/i18n/i18n.server";
import { metaLanguage, pageMeta } from "~/i18n/meta";
import { orNotFound } from "~/utils/not-found.server";
import { parseSubmission } from "~/utils/forms.server";
import { Button } from "~/components/dkfds/Button";
import { PlainList } from "~/components/dkfds/Text";
import { formatDate } from "~/utils/dates";
import { useDates } from "~/utils/use-dates";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageMeta(matches, "absence:detail.title", {
    values: data ? { type: data.absence.typeLabel, date: formatDate(data.absence.startDate, metaLanguage(matches)) } : undefined,
    section: "absence:list.title",
  });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await requireSession(request, "citizen");
  const lng = await languageOf(request);
  const absence = orNotFound(request, session, () => absenceOf(session.subjectId, params.absenceId ?? "", { lng }));
  return { absence };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const session = await requireSession(request, "citizen");
  const absenceId = params.absenceId ?? "";
  orNotFound(request, session, () => absenceOf(session.subjectId, absenceId));
  const formData = await request.formData();
  if (formData.get("intent") === "withdraw") {
    const submission = parseSubmission(formData, { schema: withdrawSchema });
    if (submission.status !== "success") return data(submission.reply(), { status: 400 });
    const result = orNotFound(request, session, () => withdrawAbsence(session.subjectId, absenceId));
    if (!result.ok) return data(submission.reply({ formErrors: result.errors.form }), { status: 400 });
    return redirect(`/borger/fravaer/${absenceId}?trukket=1`);
  }
  const submission = parseSubmission(formData, { schema: changeEndSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = orNotFound(request, session, () => changeAbsenceEnd(session.subjectId, absenceId, submission.value.endDate ?? null));
  if (!result.ok) {
    const { form, ...fieldErrors } = result.errors;
    return data(submission.reply({ fieldErrors, formErrors: form }), { status: 400 });
  }
  return redirect(`/borger/fravaer/${absenceId}?${result.value.restoredRegistration ? "rask=1" : "rettet=1"}`);
}

export default function AbsencePage() {
  const { absence } = useLoaderData<typeof loader>();
  const { restoredFrom } = absence;
  const lastResult = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t } = useTranslation("absence");
  const d = useDates();
  const [form, fields] = useForm({
    id: "end-date",
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: changeEndSchema }),
    shouldValidate: "onSubmit",
  });
  const fresh = !lastResult;
  const recovery = absence.isSickness;
  return (
    <>
      <FormErrorSummary form={form} ns="absence" formErrorsAt={absence.mayChangeEnd ? fields.endDate.name : "withdraw"} />
      <h1>{t("detail.title", { type: absence.typeLabel, date: d.date(absence.startDate) })}</h1>
      {fresh && params.get("meldt") ? (
        absence.awaitsJobCentreDecision ? (
          <Alert variant="warning" heading={t("detail.awaitsDecision.heading")}>
            <p>{t("detail.awaitsDecision.text")}</p>
          </Alert>
        ) : absence.isSickness ? (
          <Alert variant="info" heading={t("detail.endedRegistration.heading")}>
            <p>{t("detail.endedRegistration.text")}</p>
          </Alert>
        ) : (
          <Alert variant="success" heading={t("detail.reported.heading")}>
            <p>{t("detail.reported.text")}</p>
          </Alert>
        )
      ) : null}
      {fresh && params.get("rask") && restoredFrom ? (
        <Alert variant="success" heading={t("detail.restored.heading")}>
          <p>{t("detail.restored.text", { date: d.date(restoredFrom) })}</p>
        </Alert>
      ) : null}
      {fresh && params.get("rettet") ? <Alert variant="success" heading={t("detail.changed")} /> : null}
      {absence.decision && absence.status !== "withdrawn" ? (
        <Alert variant={absence.decision.decision === "approved" ? "success" : "warning"} heading={t(`detail.decision.${absence.decision.decision}`, { date: d.date(absence.decision.decidedOn) })}>
          {absence.decision.reason ? <p>{t("detail.decision.reason", { reason: absence.decision.reason })}</p> : <p>{t("detail.decision.approvedText")}</p>}
        </Alert>
      ) : null}
      {fresh && params.get("trukket") ? <Alert variant="success" heading={t("detail.withdrawnNotice")} /> : null}
      <SummaryList
        caption={absence.typeLabel}
        rows={[
          { label: t("detail.type"), value: absence.typeLabel },
          { label: t("detail.startDate"), value: d.date(absence.startDate) },
          { label: t("detail.endDate"), value: absence.endDate ? d.date(absence.endDate) : t("detail.noEnd") },
          ...(absence.comment ? [{ label: t("detail.comment"), value: absence.comment }] : []),
          { label: t("detail.reportedOn"), value: d.date(absence.reportedOn) },
          {
            label: t("detail.status"),
            value: (
              <PlainList>
                <li>{t(`status.${absence.status}`)}</li>
                {absence.awaitsJobCentreDecision && absence.status !== "withdrawn" ? <li>{t("status.awaitsDecision")}</li> : null}
                {absence.decision ? <li>{t(`status.${absence.decision.decision}`)}</li> : null}
                <li>{absence.awaitsReporting ? t("status.awaitsReporting") : t("status.reported")}</li>
              </PlainList>
            ),
          },
      ]}
      />
      {absence.mayChangeEnd ? (
        <>
          <h2>{recovery ? t("detail.change.recoveryHeading") : t("detail.change.heading")}</h2>
          <ValidatedForm form={form} ns="absence">
            <input type="hidden" name="intent" value="end" />
            <DateField
              meta={fields.endDate}
              label={recovery ? t("detail.change.recoveryLabel") : t("detail.change.label")}
              hint={recovery ? t("detail.change.recoveryHint") : t("detail.change.hint")}
              defaultValue={(fields.endDate.initialValue as string | undefined) ?? absence.endDate ?? undefined}
            />
            <Button>{recovery ? t("detail.change.recoverySubmit") : t("detail.change.submit")}</Button>
          </ValidatedForm>
        </>
      ) : null}
      {absence.mayWithdraw ? (
        <>
          <h2>{t("detail.withdraw.heading")}</h2>
          <p>{t("detail.withdraw.text")}</p>
          <Form method="post">
            <Button variant="secondary" name="intent" value="withdraw" id="withdraw">
              {t("detail.withdraw.submit")}
            </Button>
          </Form>
        </>
      ) : null}
      <p>
        <Link to="/borger/fravaer">{t("detail.back")}</Link>
      </p>
    </>
  );
}
