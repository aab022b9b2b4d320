import type { FieldMetadata } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { DateField, TextField } from "~/components/dkfds/fields";
import { Fieldset } from "~/components/dkfds/Text";

/**
 * The date-with-two-times group of every staff form that books a time. Used inside a
 * `ValidatedForm` of the "staff" namespace, which translates the fields' errors.
 */

/** A wall-clock time in Danish time (HH:MM), with the form's common hint. */
export function TimeField({ field, label }: { field: FieldMetadata<string | undefined>; label: string }) {
  const { t } = useTranslation("staff");
  return <TextField meta={field} type="time" width="xs" label={label} hint={t("time.timeHint")} />;
}

/** One date and a start and end time, in Danish time. */
export function TimeFields({
  date,
  startTime,
  endTime,
}: {
  date: FieldMetadata<string | undefined>;
  startTime: FieldMetadata<string | undefined>;
  endTime: FieldMetadata<string | undefined>;
}) {
  const { t } = useTranslation("staff");
  return (
    <Fieldset legend={t("time.legend")}>
      <DateField meta={date} label={t("time.date")} />
      <TimeField field={startTime} label={t("time.start")} />
      <TimeField field={endTime} label={t("time.end")} />
    </Fieldset>
  );
}
