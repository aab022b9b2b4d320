import { useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Alert } from "~/components/dkfds/Alert";
import { BackLink, Button } from "~/components/dkfds/Button";
import { FormErrorSummary, FormLevelError, ValidatedForm } from "~/components/dkfds/form";
import { RadioGroup } from "~/components/dkfds/RadioGroup";
import { Lead, PlainList } from "~/components/dkfds/Text";
import { TextArea } from "~/components/dkfds/fields";
import { listAbsences, type AbsenceView } from "~/features/absence/absence.server";
import { decideHoliday } from "~/features/absence/decisions.server";
import { holidayDecisionSchema } from "~/features/absence/schemas";
import { requireSession } from "~/features/auth/session.server";
import { citizenForStaff } from "~/features/citizens/lookup.server";
import { languageOf } from "~/i18n/i18n.server";
import { pageMeta } from "~/i18n/meta";
import { parseSubmission } from "~/utils/forms.server";
import { notFoundFor } from "~/utils/not-found.server";
import { useDates } from "~/utils/use-dates";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => pageMeta(matches, "staff:holidayDecision.title", { about: data?.citizen.name || undefined });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await requireSession(request, "staff");
  const citizenId = params.citizenId ?? "";
  const citizen = citizenForStaff(session, citizenId);
  if (!citizen) throw notFoundFor(request, session, "citizen");
  const { current, past } = listAbsences(citizenId, { lng: await languageOf(request) });
  return { citizen: { id: citizenId, name: citizen.name }, absences: [...current, ...past] };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const session = await requireSession(request, "staff");
  const citizenId = params.citizenId ?? "";
  const submission = parseSubmission(await request.formData(), { schema: holidayDecisionSchema });
  const absenceId = submission.payload.absenceId;
  if (submission.status !== "success") return data({ absenceId, result: submission.reply() }, { status: 400 });
  const result = decideHoliday(session, citizenId, submission.value.absenceId, submission.value);
  if (result.ok) return redirect(`/medarbejder/borgere/${citizenId}/fravaer?afgjort=1`);
  if (result.reason === "not-found") throw notFoundFor(request, session, "absence");
  return data({ absenceId, result: submission.reply({ formErrors: [`holidayDecision.errors.${result.reason}`] }) }, { status: 400 });
}

/** One holiday awaiting the decision, with its own form (the page may hold several). */
function DecisionForm({ absence, lastResult }: { absence: AbsenceView; lastResult: SubmissionResult<string[]> | undefined }) {
  const { t } = useTranslation("staff");
  const [form, fields] = useForm({
    id: `decision-${absence.id}`,
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: holidayDecisionSchema }),
    shouldValidate: "onSubmit",
  });
  return (
    <>
      <FormErrorSummary form={form} ns="staff" />
      <ValidatedForm form={form} ns="staff" aria-label={t("holidayDecision.decision.legend")}>
        <input type="hidden" name="absenceId" value={absence.id} />
        <FormLevelError errors={form.errors} />
        <RadioGroup
          meta={fields.decision}
          legend={t("holidayDecision.decision.legend")}
          options={(["approved", "refused"] as const).map((value) => ({ value, label: t(`holidayDecision.decision.${value}`) }))}
        />
        <TextArea meta={fields.reason} label={t("holidayDecision.reason.label")} hint={t("holidayDecision.reason.hint")} rows={3} maxLength={500} />
        <Button>{t("holidayDecision.submit")}</Button>
      </ValidatedForm>
    </>
  );
}

export default function StaffAbsence() {
  const { citizen, absences } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t } = useTranslation("staff");
  const d = useDates();
  const name = citizen.name || t("unnamed");
  const period = (a: AbsenceView) =>
    a.endDate ? t("holidayDecision.period", { type: a.typeLabel, from: d.date(a.startDate), to: d.date(a.endDate) }) : t("holidayDecision.openEnded", { type: a.typeLabel, from: d.date(a.startDate) });
  const awaiting = absences.filter((a) => a.awaitsJobCentreDecision && a.status !== "withdrawn");
  return (
    <>
      <BackLink to={`/medarbejder/borgere/${citizen.id}`}>{t("back", { name })}</BackLink>
      <h1>{t("holidayDecision.title")}</h1>
      <Lead>{t("holidayDecision.lead", { name })}</Lead>
      {params.get("afgjort") && !answer ? <Alert variant="success" heading={t("holidayDecision.done")} /> : null}
      <h2>{t("holidayDecision.awaiting")}</h2>
      {awaiting.length ? (
        awaiting.map((a) => (
          <section key={a.id} aria-labelledby={`holiday-${a.id}`}>
            <h3 id={`holiday-${a.id}`}>{period(a)}</h3>
            {a.comment ? <p>{a.comment}</p> : null}
            <DecisionForm absence={a} lastResult={answer?.absenceId === a.id ? answer.result : undefined} />
          </section>
        ))
      ) : (
        <p>{t("holidayDecision.noneAwaiting")}</p>
      )}
      <h2>{t("holidayDecision.all")}</h2>
      {absences.length ? (
        <PlainList>
          {absences.map((a) => (
            <li key={a.id}>
              {period(a)}
              {a.decision
                ? ` – ${t(`holidayDecision.decided.${a.decision.decision}`, { date: d.date(a.decision.decidedOn), by: a.decision.by, reason: a.decision.reason })}`
                : null}
            </li>
          ))}
        </PlainList>
      ) : (
        <p>{t("holidayDecision.none")}</p>
      )}
    </>
  );
}
