import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { NotRegisteredAlert } from "~/features/absence/NotRegisteredAlert";
import { FormErrorSummary, ValidatedForm } from "~/components/dkfds/form";
import { DateField, TextArea } from "~/components/dkfds/fields";
import { RadioGroup } from "~/components/dkfds/RadioGroup";
import { requireSession } from "~/features/auth/session.server";
import { keptFormFor } from "~/features/auth/kept-form.server";
import { KeptFormNotice, keptResult } from "~/features/auth/KeptForm";
import { listAbsences, reportAbsence, reportableTypes } from "~/features/absence/absence.server";
import { commentMax, reportSchema } from "~/features/absence/schemas";
import { languageOf } from "~/i18n/i18n.server";
import { pageMeta } from "~/i18n/meta";
import { parseSubmission } from "~/utils/forms.server";
import { Button } from "~/components/dkfds/Button";
import { Hint, Lead } from "~/components/dkfds/Text";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, "absence:report.title", { section: "absence:list.title" });

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSession(request, "citizen");
  const lng = await languageOf(request);
  const { registered, today } = listAbsences(session.subjectId, { lng });
  return { registered, today, types: reportableTypes(lng), kept: keptFormFor(request, session) };
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
  const { registered, types, kept } = useLoaderData<typeof loader>();
  const lastResult = keptResult(useActionData<typeof action>(), kept);
  const { t, i18n } = useTranslation("absence");
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
  const left = commentMax - remaining.length;
  return (
    <>
      <FormErrorSummary form={form} ns="absence" formErrorsAt={fields.absenceType.name} />
      <h1>{t("report.title")}</h1>
      <KeptFormNotice kept={kept} />
      <Lead>{t("report.lead")}</Lead>
      <ValidatedForm form={form} ns="absence">
        <RadioGroup meta={fields.absenceType} legend={t("report.type.label")} hint={t("report.type.hint")} options={types.map((type) => ({ value: type.code, label: type.label, hint: i18n.exists(`absence:report.type.hints.${type.code}`) ? t(`report.type.hints.${type.code}`) : undefined }))} />
        <DateField meta={fields.startDate} label={t("report.startDate.label")} hint={t("report.startDate.hint")} />
        <DateField meta={fields.endDate} label={t("report.endDate.label")} hint={t("report.endDate.hint")} />
        <TextArea meta={fields.comment} label={t("report.comment.label")} hint={t("report.comment.hint", { max: commentMax })} onInput={remaining.onInput} />
        {remaining.live ? (
          <Hint id="comment-count" live>
            {left >= 0 ? t("report.comment.remaining", { count: left }) : t("report.comment.over", { count: -left })}
          </Hint>
        ) : null}
        <Button>{t("report.submit")}</Button>
      </ValidatedForm>
      <p>
        <Link to="/borger/fravaer">{t("report.cancel")}</Link>
      </p>
    </>
  );
}
