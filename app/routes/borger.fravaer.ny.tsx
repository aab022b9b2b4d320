import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { NotRegisteredAlert } from "~/features/absence/NotRegisteredAlert";
import { ErrorSummary } from "~/components/dkfds/ErrorSummary";
import { DateField, TextArea } from "~/components/dkfds/fields";
import { RadioGroup } from "~/components/dkfds/RadioGroup";
import { requireSession } from "~/features/auth/session.server";
import { listAbsences, reportAbsence, reportableTypes } from "~/features/absence/absence.server";
import { commentMax, reportSchema } from "~/features/absence/schemas";
import { languageOf } from "~/i18n/i18n.server";
import { pageMeta } from "~/i18n/meta";
import { parseSubmission } from "~/utils/forms.server";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, "absence:report.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSession(request, "citizen");
  const lng = await languageOf(request);
  const { registered, today } = listAbsences(session.subjectId, { lng });
  return { registered, today, types: reportableTypes(lng) };
}

export async function action({ request }: ActionFunctionArgs) {
  const session = await requireSession(request, "citizen");
  const submission = parseSubmission(await request.formData(), { schema: reportSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = reportAbsence(session.subjectId, submission.value);
  if (!result.ok) {
    const { form, ...fieldErrors } = result.errors;
    return data(submission.reply({ fieldErrors, formErrors: form }), { status: 400 });
  }
  return redirect(`/borger/fravaer/${result.value.id}?meldt=1`);
}

/** The comment's remaining characters, shown once JavaScript runs (the static hint says the limit). */
function useRemaining(initial: string | undefined) {
  const [length, setLength] = useState(initial?.length ?? 0);
  const [live, setLive] = useState(false);
  useEffect(() => setLive(true), []);
  return { length, live, onInput: (e: { currentTarget: { value: string } }) => setLength(e.currentTarget.value.length) };
}

export default function ReportAbsence() {
  const { registered, today, types } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation("absence");
  const [form, fields] = useForm({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: reportSchema }),
    shouldValidate: "onSubmit",
  });
  const remaining = useRemaining(fields.comment.initialValue as string | undefined);
  if (!registered) {
    return (
      <>
        <h1>{t("report.title")}</h1>
        <NotRegisteredAlert />
        <p>
          <Link to="/borger/fravaer">{t("report.cancel")}</Link>
        </p>
      </>
    );
  }
  const fieldError = (errors: string[] | undefined) => (errors?.[0] ? t(errors[0]) : undefined);
  const errors = [
    { fieldId: fields.absenceType.name, message: fieldError(fields.absenceType.errors) },
    { fieldId: fields.startDate.name, message: fieldError(fields.startDate.errors) },
    { fieldId: fields.endDate.name, message: fieldError(fields.endDate.errors) },
    { fieldId: fields.comment.name, message: fieldError(fields.comment.errors) },
  ].filter((e): e is { fieldId: string; message: string } => !!e.message);
  const formError = fieldError(form.errors);
  const left = commentMax - remaining.length;
  return (
    <>
      <ErrorSummary errors={formError ? [{ fieldId: fields.absenceType.name, message: formError }, ...errors] : errors} />
      <h1>{t("report.title")}</h1>
      <p className="font-lead">{t("report.lead")}</p>
      <Form method="post" {...getFormProps(form)} noValidate>
        <RadioGroup
          name={fields.absenceType.name}
          legend={t("report.type.label")}
          hint={t("report.type.hint")}
          options={types.map((type) => ({ value: type.code, label: type.label }))}
          value={fields.absenceType.initialValue as string | undefined}
          error={fieldError(fields.absenceType.errors)}
        />
        <DateField
          id={fields.startDate.name}
          label={t("report.startDate.label")}
          hint={t("report.startDate.hint", { example: today })}
          defaultValue={fields.startDate.initialValue as string | undefined}
          error={fieldError(fields.startDate.errors)}
        />
        <DateField
          id={fields.endDate.name}
          label={t("report.endDate.label")}
          hint={t("report.endDate.hint")}
          defaultValue={fields.endDate.initialValue as string | undefined}
          error={fieldError(fields.endDate.errors)}
        />
        <TextArea
          id={fields.comment.name}
          label={t("report.comment.label")}
          hint={t("report.comment.hint", { max: commentMax })}
          defaultValue={fields.comment.initialValue as string | undefined}
          error={fieldError(fields.comment.errors)}
          onInput={remaining.onInput}
        />
        {remaining.live ? (
          <p className="form-hint" aria-live="polite" id="comment-count">
            {left >= 0 ? t("report.comment.remaining", { count: left }) : t("report.comment.over", { count: -left })}
          </p>
        ) : null}
        <button type="submit" className="button button-primary">
          {t("report.submit")}
        </button>
      </Form>
      <p>
        <Link to="/borger/fravaer">{t("report.cancel")}</Link>
      </p>
    </>
  );
}
