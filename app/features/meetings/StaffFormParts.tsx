import type { FieldMetadata, FormMetadata } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import type { FieldError } from "~/components/dkfds/ErrorSummary";
import { DateField, TextField } from "~/components/dkfds/fields";

/**
 * Pieces the staff meeting forms share: the translated errors for the summary and the fields, and
 * the date-with-two-times group of every form that books a time.
 */

/**
 * Every error of a conform form as the DKFDS error summary lists them (a field's name is its
 * control's id; a form-level error links to the form), and one field's translated message.
 */
export function useStaffErrors(form: Pick<FormMetadata<Record<string, unknown>, string[]>, "allErrors" | "id">) {
  const { t } = useTranslation("staff");
  // conform keeps form-level errors under the empty name.
  const summary: FieldError[] = Object.entries(form.allErrors).flatMap(([name, errors]) => (errors[0] ? [{ fieldId: name || form.id, message: t(errors[0]) }] : []));
  return { summary, message: (errors: string[] | undefined) => (errors?.[0] ? t(errors[0]) : undefined) };
}

/** What a text field shows: what was typed (after a refused submit) or the default. */
export const initialText = (field: FieldMetadata<unknown>) => (typeof field.initialValue === "string" ? field.initialValue : undefined);

type Message = (errors: string[] | undefined) => string | undefined;

/** A wall-clock time in Danish time (HH:MM), with the form's common hint. */
export function TimeField({ field, label, message }: { field: FieldMetadata<string | undefined>; label: string; message: Message }) {
  const { t } = useTranslation("staff");
  return (
    <TextField
      id={field.name}
      type="time"
      className="form-input input-width-xs"
      label={label}
      hint={t("time.timeHint")}
      defaultValue={initialText(field)}
      error={message(field.errors)}
    />
  );
}

/** One date and a start and end time, in Danish time. */
export function TimeFields({
  date,
  startTime,
  endTime,
  message,
}: {
  date: FieldMetadata<string | undefined>;
  startTime: FieldMetadata<string | undefined>;
  endTime: FieldMetadata<string | undefined>;
  message: Message;
}) {
  const { t } = useTranslation("staff");
  return (
    <fieldset>
      <legend className="h3">{t("time.legend")}</legend>
      <DateField id={date.name} label={t("time.date")} hint={t("time.dateHint")} defaultValue={initialText(date)} error={message(date.errors)} />
      <TimeField field={startTime} label={t("time.start")} message={message} />
      <TimeField field={endTime} label={t("time.end")} message={message} />
    </fieldset>
  );
}
