import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SummaryList } from "~/components/dkfds/SummaryList";
import { Alert } from "~/components/dkfds/Alert";
import { ErrorSummary } from "~/components/dkfds/ErrorSummary";
import { DateField } from "~/components/dkfds/fields";
import { RadioGroup } from "~/components/dkfds/RadioGroup";
import { requireSession } from "~/features/auth/session.server";
import { checkAnswers, citizenReasons, deregister, deregistrationStart, reasonLabel } from "~/features/deregistration/deregistration.server";
import { deregistrationSchema } from "~/features/deregistration/schemas";
import { languageOf } from "~/i18n/i18n.server";
import { pageMeta } from "~/i18n/meta";
import { parseSubmission } from "~/utils/forms.server";
import { Lead } from "~/components/dkfds/Text";
import { Button } from "~/components/dkfds/Button";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, "absence:deregistration.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSession(request, "citizen");
  const lng = await languageOf(request);
  return { ...deregistrationStart(session.subjectId), reasons: citizenReasons(lng) };
}

/**
 * Two steps without server-side state: "review" checks the answers and shows them on "Er du
 * sikker?", which posts them back as hidden fields; "confirm" checks them again and deregisters.
 */
export async function action({ request }: ActionFunctionArgs) {
  const session = await requireSession(request, "citizen");
  const submission = parseSubmission(await request.formData(), { schema: deregistrationSchema });
  if (submission.status !== "success") return data({ step: "form" as const, result: submission.reply() }, { status: 400 });
  const { intent, reason, deregisteredOn } = submission.value;
  if (intent === "edit") return data({ step: "form" as const, result: submission.reply(), values: { reason, deregisteredOn } });
  const verdict = intent === "confirm" ? deregister(session.subjectId, { reason, deregisteredOn }) : checkAnswers(session.subjectId, { reason, deregisteredOn });
  if (!verdict.ok) {
    const { form, ...fieldErrors } = verdict.errors;
    return data({ step: "form" as const, result: submission.reply({ fieldErrors, formErrors: form }) }, { status: 400 });
  }
  if (intent === "confirm") return redirect("/borger/afmelding/kvittering");
  return data({
    step: "confirm" as const,
    result: submission.reply(),
    answers: { reason, deregisteredOn, reasonLabel: reasonLabel(reason, await languageOf(request)) },
  });
}

export default function Deregistration() {
  const { registered, registeredOn, today, reasons } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("absence");
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
            { label: t("deregistration.confirm.date"), value: answers.deregisteredOn },
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

  const fieldError = (errors: string[] | undefined) => (errors?.[0] ? t(errors[0]) : undefined);
  const errors = [
    { fieldId: fields.reason.name, message: fieldError(fields.reason.errors) },
    { fieldId: fields.deregisteredOn.name, message: fieldError(fields.deregisteredOn.errors) },
  ].filter((e): e is { fieldId: string; message: string } => !!e.message);
  const formError = fieldError(form.errors);
  // Back from "Er du sikker?": the answers as they were.
  const previous = actionData && "values" in actionData ? (actionData.values as { reason: string; deregisteredOn: string }) : undefined;
  return (
    <>
      <ErrorSummary errors={formError ? [...errors, { fieldId: fields.reason.name, message: formError }] : errors} />
      <h1>{t("deregistration.title")}</h1>
      <Lead>{t("deregistration.lead")}</Lead>
      {registeredOn ? <p>{t("deregistration.registeredSince", { date: registeredOn })}</p> : null}
      <Form method="post" {...getFormProps(form)} key={previous ? "edit" : "new"} noValidate>
        <RadioGroup
          name={fields.reason.name}
          legend={t("deregistration.reason.label")}
          hint={t("deregistration.reason.hint")}
          options={reasons.map((r) => ({ value: r.code, label: r.label }))}
          value={previous?.reason ?? (fields.reason.initialValue as string | undefined)}
          error={fieldError(fields.reason.errors)}
        />
        <DateField
          id={fields.deregisteredOn.name}
          label={t("deregistration.date.label")}
          hint={t("deregistration.date.hint", { example: today })}
          defaultValue={previous?.deregisteredOn ?? (fields.deregisteredOn.initialValue as string | undefined) ?? today}
          min={today}
          error={fieldError(fields.deregisteredOn.errors)}
        />
        <Button name="intent" value="review">
          {t("deregistration.next")}
        </Button>
      </Form>
    </>
  );
}
