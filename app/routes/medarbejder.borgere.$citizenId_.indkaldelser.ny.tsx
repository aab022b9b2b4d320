import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { BackLink, Button } from "~/components/dkfds/Button";
import { FormErrorSummary, ValidatedForm } from "~/components/dkfds/form";
import { Lead } from "~/components/dkfds/Text";
import { Select } from "~/components/dkfds/fields";
import { requireSession } from "~/features/auth/session.server";
import { citizenForStaff } from "~/features/citizens/lookup.server";
import { defaultRebookingPeriodDays, summonsSchema } from "~/features/meetings/staff-schemas";
import { caseworkerOptions, staffFormFacts, staffMeetingOptions } from "~/features/meetings/staff-form-options.server";
import { createSummonsByStaff } from "~/features/meetings/staff.server";
import { MeetingDetailFields, SummonsTermsFields, TimeFields } from "~/features/meetings/StaffFormParts";
import { staffProfile } from "~/features/people/people.server";
import { languageOf } from "~/i18n/i18n.server";
import { pageMeta } from "~/i18n/meta";
import { parseSubmission } from "~/utils/forms.server";
import { notFoundFor } from "~/utils/not-found.server";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, "staff:summons.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await requireSession(request, "staff");
  const citizen = citizenForStaff(session, params.citizenId ?? "");
  if (!citizen) throw notFoundFor(request, session, "citizen");
  return {
    citizen: { id: params.citizenId ?? "", name: citizen.name },
    staff: staffProfile(session.subjectId),
    staffId: session.subjectId,
    facts: { ...staffFormFacts(session), defaultDays: defaultRebookingPeriodDays },
    options: { ...staffMeetingOptions(await languageOf(request)), caseworkers: caseworkerOptions(session) },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const session = await requireSession(request, "staff");
  const submission = parseSubmission(await request.formData(), { schema: summonsSchema(staffFormFacts(session)) });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const created = createSummonsByStaff(session, params.citizenId ?? "", submission.value);
  if (!created.ok && created.reason === "not-found") throw notFoundFor(request, session, "citizen");
  if (!created.ok) return data(submission.reply({ fieldErrors: { meetingType: ["summons.errors.singleFutureBooking"] } }), { status: 400 });
  return redirect(`/medarbejder/borgere/${params.citizenId}/indkaldelser/${created.id}?oprettet=1`);
}

export default function NewSummons() {
  const { citizen, staff, staffId, facts, options } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation("staff");
  const [form, fields] = useForm({
    lastResult,
    defaultValue: { caseworker: staffId, compulsory: "on" },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: summonsSchema(facts) }),
    shouldValidate: "onSubmit",
  });
  const label = (name: keyof typeof fields) => t(`summons.fields.${name}.label`);
  return (
    <>
      <FormErrorSummary form={form} ns="staff" />
      <BackLink to={`/medarbejder/borgere/${citizen.id}`}>{t("back", { name: citizen.name || t("unnamed") })}</BackLink>
      <h1>{t("summons.title")}</h1>
      <Lead>{t("summons.lead", { name: citizen.name || t("unnamed") })}</Lead>
      <ValidatedForm form={form} ns="staff">
        <Select meta={fields.meetingType} label={label("meetingType")} options={options.meetingTypes} placeholder={t("choose")} />
        <Select meta={fields.meetingForm} label={label("meetingForm")} hint={t("summons.fields.meetingForm.hint")} options={options.meetingForms} placeholder={t("choose")} />
        <TimeFields date={fields.date} startTime={fields.startTime} endTime={fields.endTime} />
        <MeetingDetailFields fields={fields} />
        <SummonsTermsFields fields={fields} options={options} staff={staff} defaultDays={facts.defaultDays} />
        <Button>{t("summons.submit")}</Button>
      </ValidatedForm>
    </>
  );
}
