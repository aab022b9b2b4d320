import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SummaryList } from "~/components/dkfds/SummaryList";
import { Alert } from "~/components/dkfds/Alert";
import { FormErrorSummary, ValidatedForm } from "~/components/dkfds/form";
import { DateField } from "~/components/dkfds/fields";
import { RadioGroup } from "~/components/dkfds/RadioGroup";
import { requireSession } from "~/features/auth/session.server";
import { citizenReasons, deregistrationStart, deregistrationStep, reasonLabel } from "~/features/deregistration/deregistration.server";
import { deregistrationSchema } from "~/features/deregistration/schemas";
import { languageOf } from "~/i18n/i18n.server";
import { pageMeta } from "~/i18n/meta";
import { parseSubmission } from "~/utils/forms.server";
import { Lead } from "~/components/dkfds/Text";
import { Button } from "~/components/dkfds/Button";
import { useDates } from "~/utils/use-dates";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, "absence:deregistration.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSession(request, "citizen");
  const lng = await languageOf(request);
  return { ...deregistrationStart(session.subjectId), reasons: citizenReasons(lng) };
}

/** The two steps of deregistration (see `deregistrationStep`): this action only answers each. */
export async function action({ request }: ActionFunctionArgs) {
  const session = await requireSession(request, "citizen");
  const submission = parseSubmission(await request.formData(), { schema: deregistrationSchema });
  if (submission.status !== "success") return data({ step: "form" as const, result: submission.reply() }, { status: 400 });
  const { intent, ...answers } = submission.value;
  const next = deregistrationStep(session.subjectId, intent, answers);
  if (next.step === "done") return redirect("/borger/afmelding/kvittering");
  if (next.step === "confirm") {
    return data({ step: "confirm" as const, result: submission.reply(), answers: { ...answers, reasonLabel: reasonLabel(answers.reason, await languageOf(request)) } });
  }
  if (!next.errors) return data({ step: "form" as const, result: submission.reply(), values: answers });
  const { form, ...fieldErrors } = next.errors;
  return data({ step: "form" as const, result: submission.reply({ fieldErrors, formErrors: form }) }, { status: 400 });
}

export default function Deregistration() {
  const { registered, registeredOn, today, reasons } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("absence");
  const d = useDates();
  const [form, fields] = useForm({
    lastResult: actionData?.step === "form" ? actionData.result : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: deregistrationSchema }),
    shouldValidate: "onSubmit",
  });

  if (actionData?.step === "confirm" && "answers" in actionData) {
    const { answers } = actionData;
    return (
      <>
        <h1>{t("deregistration.confirm.title")}</h1>
        <Lead>{t("deregistration.confirm.lead")}</Lead>
        <SummaryList
          caption={t("deregistration.confirm.title")}
          rows={[
            { label: t("deregistration.confirm.reason"), value: answers.reasonLabel },
            { label: t("deregistration.confirm.date"), value: d.date(answers.deregisteredOn) },
        ]}
        />
        <Form method="post">
          <input type="hidden" name="reason" value={answers.reason} />
          <input type="hidden" name="deregisteredOn" value={answers.deregisteredOn} />
          <Button name="intent" value="confirm">
            {t("deregistration.confirm.submit")}
          </Button>{" "}
          <Button variant="secondary" name="intent" value="edit">
            {t("deregistration.confirm.edit")}
          </Button>
        </Form>
      </>
    );
  }

  if (!registered) {
    return (
      <>
        <h1>{t("deregistration.title")}</h1>
        <Alert variant="info" heading={t("deregistration.notRegistered.heading")}>
          <p>{t("deregistration.notRegistered.text")}</p>
        </Alert>
        <p>
          <Link to="/borger/tilmelding">{t("deregistration.notRegistered.link")}</Link>
        </p>
      </>
    );
  }

  // Back from "Er du sikker?": the answers as they were.
  const previous = actionData && "values" in actionData ? (actionData.values as { reason: string; deregisteredOn: string }) : undefined;
  return (
    <>
      <FormErrorSummary form={form} ns="absence" formErrorsAt={fields.reason.name} />
      <h1>{t("deregistration.title")}</h1>
      <Lead>{t("deregistration.lead")}</Lead>
      {registeredOn ? <p>{t("deregistration.registeredSince", { date: d.date(registeredOn) })}</p> : null}
      <ValidatedForm form={form} ns="absence" key={previous ? "edit" : "new"}>
        <RadioGroup
          meta={fields.reason}
          legend={t("deregistration.reason.label")}
          hint={t("deregistration.reason.hint")}
          options={reasons.map((r) => ({ value: r.code, label: r.label }))}
          value={previous?.reason}
        />
        <DateField
          meta={fields.deregisteredOn}
          label={t("deregistration.date.label")}
          hint={t("deregistration.date.hint")}
          defaultValue={previous?.deregisteredOn ?? (fields.deregisteredOn.initialValue as string | undefined) ?? today}
          min={today}
        />
        <Button name="intent" value="review">
          {t("deregistration.next")}
        </Button>
      </ValidatedForm>
    </>
  );
}
