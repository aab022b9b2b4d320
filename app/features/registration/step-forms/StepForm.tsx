import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, useActionData } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type * as z from "zod";
import { Button } from "~/components/dkfds/Button";
import { AnswerErrorSummary } from "~/components/dkfds/form";
import { Lead } from "~/components/dkfds/Text";
import { stepSchema } from "../schemas";
import { stepFields, type Draft, type StepId } from "../steps";
import type { StepPage } from "../views.server";

/** A step that is one plain form (all but the occupations). */
export type PlainStepId = Exclude<StepId, "stillinger">;

/** What every step's page gets from the loader. */
export type StepPageData = StepPage & { step: StepId; draft: Draft; fromSummary: boolean };

/** One field's answer so far and its message, for the fields of a plain step. */
export type StepFieldsProps = {
  data: StepPageData;
  value: (name: string) => string | undefined;
  error: (name: string) => string | undefined;
};

/** "Næste", or "Gem og gå tilbage" when the citizen came from "Tjek dine svar". */
export function SubmitRow({ fromSummary }: { fromSummary: boolean }) {
  const { t } = useTranslation("registration");
  return (
    <>
      {fromSummary ? <input type="hidden" name="fra" value="tjek" /> : null}
      <Button>{fromSummary ? t("flow.saveAndReturn") : t("flow.next")}</Button>
    </>
  );
}

/**
 * The frame of a plain step: the error summary, the heading, the form validated with the step's
 * own schema (the server checks the same one), and the submit row. The step's fields come as a
 * component that reads answers and messages through `value` and `error`.
 */
export function PlainStep({ data, Fields }: { data: StepPageData; Fields: (props: StepFieldsProps) => ReactNode }) {
  const { step, draft, fromSummary } = data;
  const plainStep = step as PlainStepId;
  const lastResult = useActionData() as SubmissionResult<string[]> | undefined;
  const { t } = useTranslation("registration");
  const [form, fields] = useForm<Record<string, string>>({
    lastResult,
    defaultValue: draft as Record<string, string>,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: stepSchema(plainStep) as unknown as z.ZodType<Record<string, string>> }),
    shouldValidate: "onSubmit",
  });
  const value = (name: string) => fields[name]?.initialValue as string | undefined;
  const error = (name: string) => {
    const first = fields[name]?.errors?.[0];
    return first ? t(first) : undefined;
  };
  return (
    <>
      <AnswerErrorSummary errors={form.allErrors} ns="registration" fields={[...stepFields[plainStep]]} />
      <h1>{t(`steps.${step}.title`)}</h1>
      {data.person ? <p>{t("flow.person", { name: data.person.name, cpr: data.person.cprMasked })}</p> : null}
      {step === "kontakt" || step === "samtykke" ? <Lead>{t(`steps.${step}.lead`)}</Lead> : null}
      <Form method="post" {...getFormProps(form)} noValidate>
        <Fields data={data} value={value} error={error} />
        <SubmitRow fromSummary={fromSummary} />
      </Form>
    </>
  );
}

/** The answers "ja" and "nej" as radio options. */
export function useYesNo() {
  const { t } = useTranslation("registration");
  return [
    { value: "ja", label: t("answers.yes") },
    { value: "nej", label: t("answers.no") },
  ];
}
