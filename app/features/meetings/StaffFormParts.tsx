import type { FieldMetadata } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { Checkbox, DateField, Select, TextArea, TextField } from "~/components/dkfds/fields";
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

type Option = { value: string; label: string };

/**
 * The terms of a summons after its details: the caseworker, the a-kasse's part, compulsory
 * attendance, and whether and until when the citizen may cancel or move it. The new summons and
 * its change ask them alike, as one schema checks them (`itemFields` in staff-schemas.ts).
 */
export function SummonsTermsFields({
  fields,
  options,
  staff,
  defaultDays,
}: {
  fields: {
    caseworker: Field;
    aKasseParticipationStatus: Field;
    compulsory: FieldMetadata<unknown>;
    cancellationPossible: FieldMetadata<unknown>;
    cancellationDeadlineDate: Field;
    cancellationDeadlineTime: Field;
    rebookingPossible: FieldMetadata<unknown>;
    rebookingDeadlineDate: Field;
    rebookingDeadlineTime: Field;
    rebookingPeriodFrom: Field;
    rebookingPeriodTo: Field;
  };
  options: { caseworkers: Option[]; participationStatuses: Option[] };
  staff: { jobCentre: string; name: string } | null | undefined;
  defaultDays: number;
}) {
  const { t } = useTranslation("staff");
  const label = (name: string) => t(`summons.fields.${name}.label`);
  return (
    <>
      <Select
        meta={fields.caseworker}
        label={label("caseworker")}
        hint={t("summons.fields.caseworker.hint", { jobCentre: staff?.jobCentre, name: staff?.name })}
        options={options.caseworkers}
      />
      <Select
        meta={fields.aKasseParticipationStatus}
        label={label("aKasseParticipationStatus")}
        hint={t("summons.fields.aKasseParticipationStatus.hint")}
        options={options.participationStatuses}
        placeholder={t("notRelevant")}
      />
      <Checkbox meta={fields.compulsory} label={label("compulsory")} />
      <Fieldset legend={t("summons.cancellation.legend")}>
        <Checkbox meta={fields.cancellationPossible} label={label("cancellationPossible")} />
        <DateField meta={fields.cancellationDeadlineDate} label={label("cancellationDeadlineDate")} hint={t("summons.fields.cancellationDeadlineDate.hint")} />
        <TimeField field={fields.cancellationDeadlineTime} label={label("cancellationDeadlineTime")} />
      </Fieldset>
      <Fieldset legend={t("summons.rebooking.legend")}>
        <Checkbox meta={fields.rebookingPossible} label={label("rebookingPossible")} />
        <DateField meta={fields.rebookingDeadlineDate} label={label("rebookingDeadlineDate")} hint={t("summons.fields.rebookingDeadlineDate.hint")} />
        <TimeField field={fields.rebookingDeadlineTime} label={label("rebookingDeadlineTime")} />
        <DateField meta={fields.rebookingPeriodFrom} label={label("rebookingPeriodFrom")} hint={t("summons.fields.rebookingPeriodFrom.hint", { days: defaultDays })} />
        <DateField meta={fields.rebookingPeriodTo} label={label("rebookingPeriodTo")} />
      </Fieldset>
    </>
  );
}
