import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import * as z from "zod";
import { ErrorSummary } from "~/components/dkfds/ErrorSummary";
import { DateField, Select, TextArea, TextField } from "~/components/dkfds/fields";
import { RadioGroup } from "~/components/dkfds/RadioGroup";
import { descriptionMax, findOccupationIntent, internalCommentMax, jobOrderFields, jobOrderSchema } from "./schemas";
import { Button } from "~/components/dkfds/Button";
import { Lead } from "~/components/dkfds/Text";

type Option = { value: string; label: string };

const searchOnly = z.object({}).loose();

/**
 * Every field of a job order (DOMAIN.md), for creating and editing, by employers and staff. The
 * occupation is chosen from the code list by a search that is a submit button of this form, so it
 * works without JavaScript and keeps what was typed.
 */
export function JobOrderForm({
  lastResult,
  defaultValue,
  occupations,
  jobOrderTypes,
  workingTimes,
  submitLabel,
  cancelHref,
}: {
  lastResult?: SubmissionResult<string[]>;
  defaultValue?: Record<string, string>;
  occupations: Option[];
  jobOrderTypes: Option[];
  workingTimes: Option[];
  submitLabel: string;
  cancelHref: string;
}) {
  const { t } = useTranslation("jobs");
  const [form, fields] = useForm({
    lastResult,
    defaultValue,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: formData.get("intent") === findOccupationIntent ? searchOnly : jobOrderSchema() }),
    shouldValidate: "onSubmit",
  });
  const text = (errors: string[] | undefined) => (errors?.[0] ? t(errors[0]) : undefined);
  const value = (name: keyof typeof fields) => (fields[name]?.initialValue as string | undefined) ?? "";
  const order = jobOrderFields;
  const errors = order.map((name) => ({ fieldId: fields[name].name, message: text(fields[name].errors) })).filter((e): e is { fieldId: string; message: string } => !!e.message);
  const field = (name: (typeof order)[number]) => ({ id: fields[name].name, label: t(`form.${name}.label`), defaultValue: value(name), error: text(fields[name].errors) });
  return (
    <>
      <ErrorSummary errors={errors} />
      <Form method="post" {...getFormProps(form)} noValidate>
        <TextField {...field("title")} hint={t("form.title.hint")} maxLength={100} />
        <fieldset className="form-group">
          <legend className="h3">{t("form.occupation.heading")}</legend>
          <TextField id="occupationQuery" label={t("form.occupation.search")} hint={t("form.occupation.searchHint")} defaultValue={String((form.initialValue as Record<string, unknown> | undefined)?.occupationQuery ?? "")} />
          <Button variant="secondary" name="intent" value={findOccupationIntent}>
            {t("form.occupation.find")}
          </Button>
          {occupations.length ? (
            <RadioGroup name={fields.occupation.name} legend={t("form.occupation.label")} options={occupations} value={value("occupation")} error={text(fields.occupation.errors)} />
          ) : (
            <p className={fields.occupation.errors ? "form-error-message" : "form-hint"} id={fields.occupation.name} tabIndex={-1}>
              {text(fields.occupation.errors) ?? t("form.occupation.none")}
            </p>
          )}
        </fieldset>
        <TextArea {...field("description")} hint={t("form.description.hint", { max: descriptionMax })} rows={10} />
        <Select {...field("jobOrderType")} options={jobOrderTypes} placeholder={t("form.choose")} />
        <Select {...field("workingTime")} options={workingTimes} placeholder={t("form.choose")} />
        <TextField {...field("weeklyHours")} hint={t("form.weeklyHours.hint")} inputMode="decimal" width="xs" />
        <TextField {...field("positions")} inputMode="numeric" width="xs" />
        <DateField {...field("startDate")} hint={t("form.startDate.hint")} />
        <DateField {...field("applicationDeadline")} hint={t("form.applicationDeadline.hint")} />
        <TextField {...field("workplaceAddress")} autoComplete="street-address" />
        <TextField {...field("postcode")} inputMode="numeric" autoComplete="postal-code" width="xs" />
        <TextField {...field("contactName")} />
        <TextField {...field("contactPhone")} type="tel" />
        <TextField {...field("contactEmail")} type="email" />
        <TextArea {...field("internalComment")} hint={t("form.internalComment.hint", { max: internalCommentMax })} />
        <Button>
          {submitLabel}
        </Button>
      </Form>
      <p>
        <Link to={cancelHref}>{t("form.cancel")}</Link>
      </p>
    </>
  );
}

/** The edit page, the same for employers and staff: `area` is where the order's pages live. */
export function EditJobOrderPage({
  order,
  answer,
  area,
}: {
  order: { id: string; title: string; values: Record<string, string>; occupations: Option[]; options: { jobOrderTypes: Option[]; workingTimes: Option[] } };
  answer?: { result: SubmissionResult<string[]>; occupations: Option[] };
  area: "/arbejdsgiver/jobordrer" | "/medarbejder/jobordrer";
}) {
  const { t } = useTranslation("jobs");
  return (
    <>
      <h1>{t("edit.title")}</h1>
      <Lead>{order.title}</Lead>
      <JobOrderForm
        lastResult={answer?.result}
        defaultValue={order.values}
        occupations={answer?.occupations ?? order.occupations}
        {...order.options}
        submitLabel={t("edit.submit")}
        cancelHref={`${area}/${order.id}`}
      />
    </>
  );
}
