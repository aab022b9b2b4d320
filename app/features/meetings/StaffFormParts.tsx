import type { FieldMetadata } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { DateField, TextArea, TextField } from "~/components/dkfds/fields";
import { RadioGroup } from "~/components/dkfds/RadioGroup";
import { Fieldset } from "~/components/dkfds/Text";
import { phoneCallers } from "./staff-schemas";

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

type Field = FieldMetadata<string | undefined>;

/**
 * The § 20 items a meeting has whether staff summon to it or publish it as a free time (title and
 * description, place, address, who calls whom, contact options): one set of fields for both forms,
 * as one schema checks them (`meetingDetailFields` in staff-schemas.ts).
 */
export function MeetingDetailFields({
  fields,
}: {
  fields: { title: Field; description: Field; location: Field; address: Field; phoneCaller: Field; phoneToCall: Field; contactOptions: Field };
}) {
  const { t } = useTranslation("staff");
  const label = (name: string) => t(`summons.fields.${name}.label`);
  return (
    <>
      <TextField meta={fields.title} label={label("title")} maxLength={200} />
      <TextArea meta={fields.description} label={label("description")} hint={t("summons.fields.description.hint")} maxLength={5000} />
      <TextField meta={fields.location} label={label("location")} hint={t("summons.fields.location.hint")} maxLength={200} />
      <TextField meta={fields.address} label={label("address")} hint={t("summons.fields.address.hint")} maxLength={300} autoComplete="off" />
      <RadioGroup
        meta={fields.phoneCaller}
        legend={t("summons.fields.phoneCaller.legend")}
        hint={t("summons.fields.phoneCaller.hint")}
        options={phoneCallers.map((value) => ({ value, label: t(`summons.fields.phoneCaller.${value}`) }))}
      />
      <TextField meta={fields.phoneToCall} label={label("phoneToCall")} hint={t("summons.fields.phoneToCall.hint")} maxLength={30} type="tel" autoComplete="off" />
      <TextArea meta={fields.contactOptions} label={label("contactOptions")} hint={t("summons.fields.contactOptions.hint")} maxLength={500} rows={3} />
    </>
  );
}
