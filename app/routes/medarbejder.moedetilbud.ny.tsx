import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { BackLink, Button } from "~/components/dkfds/Button";
import { FormErrorSummary, ValidatedForm } from "~/components/dkfds/form";
import { Lead } from "~/components/dkfds/Text";
import { Checkbox, Select, TextField } from "~/components/dkfds/fields";
import { requireSession } from "~/features/auth/session.server";
import { slotOfferSchema, slotSeriesMax } from "~/features/meetings/staff-schemas";
import { caseworkerOptions, staffFormFacts, staffMeetingOptions } from "~/features/meetings/staff-form-options.server";
import { publishSlotByStaff } from "~/features/meetings/staff.server";
import { MeetingDetailFields, TimeFields } from "~/features/meetings/StaffFormParts";
import { staffProfile } from "~/features/people/people.server";
import { languageOf } from "~/i18n/i18n.server";
import { pageMeta } from "~/i18n/meta";
import { parseSubmission } from "~/utils/forms.server";
import { notFoundFor } from "~/utils/not-found.server";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, "staff:slots.newTitle", { section: "staff:slots.title" });

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSession(request, "staff");
  return {
    staff: staffProfile(session.subjectId),
    staffId: session.subjectId,
    facts: staffFormFacts(session),
    options: { ...staffMeetingOptions(await languageOf(request)), caseworkers: caseworkerOptions(session) },
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const session = await requireSession(request, "staff");
  const submission = parseSubmission(await request.formData(), { schema: slotOfferSchema(staffFormFacts(session)) });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const published = publishSlotByStaff(session, submission.value);
  if (!published) throw notFoundFor(request, session, "caseworker");
  return redirect(`/medarbejder/moedetilbud?offentliggjort=${published.length}`);
}

export default function NewSlotOffer() {
  const { staff, staffId, facts, options } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation("staff");
  const [form, fields] = useForm({
    lastResult,
    defaultValue: { caseworker: staffId, capacity: "1", series: "1", rebookingPossible: "on" },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: slotOfferSchema(facts) }),
    shouldValidate: "onSubmit",
  });
  return (
    <>
      <FormErrorSummary form={form} ns="staff" />
      <BackLink to="/medarbejder/moedetilbud">{t("slots.back")}</BackLink>
      <h1>{t("slots.newTitle")}</h1>
      <Lead>{t("slots.newLead")}</Lead>
      <ValidatedForm form={form} ns="staff">
        <Select meta={fields.meetingType} label={t("summons.fields.meetingType.label")} options={options.meetingTypes} placeholder={t("choose")} />
        <Select meta={fields.meetingForm} label={t("summons.fields.meetingForm.label")} options={options.meetingForms} placeholder={t("choose")} />
        <TimeFields date={fields.date} startTime={fields.startTime} endTime={fields.endTime} />
        <MeetingDetailFields fields={fields} />
        <Select meta={fields.caseworker} label={t("summons.fields.caseworker.label")} hint={t("slots.caseworkerHint", { jobCentre: staff?.jobCentre })} options={options.caseworkers} />
        <TextField
          meta={fields.capacity}
          type="number"
          inputMode="numeric"
          min={1}
          max={500}
          width="xs"
          label={t("slots.capacity.label")}
          hint={t("slots.capacity.hint")}
        />
        <TextField
          meta={fields.series}
          type="number"
          inputMode="numeric"
          min={1}
          max={slotSeriesMax}
          width="xs"
          label={t("slots.series.label")}
          hint={t("slots.series.hint", { max: slotSeriesMax })}
        />
        <Checkbox meta={fields.rebookingPossible} label={t("slots.rebookingPossible.label")} hint={t("slots.rebookingPossible.hint")} />
        <Button>{t("slots.submit")}</Button>
      </ValidatedForm>
    </>
  );
}
