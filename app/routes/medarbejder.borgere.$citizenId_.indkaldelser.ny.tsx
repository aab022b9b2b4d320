import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/dkfds/ErrorSummary";
import { Checkbox, DateField, Select, TextArea, TextField } from "~/components/dkfds/fields";
import { requireSession } from "~/features/auth/session.server";
import { citizenForStaff } from "~/features/citizens/lookup.server";
import { summonsSchema } from "~/features/meetings/staff-schemas";
import { caseworkerOptions, staffFormFacts, staffMeetingOptions } from "~/features/meetings/staff-form-options.server";
import { createSummonsByStaff } from "~/features/meetings/staff.server";
import { TimeField, TimeFields, initialText, useStaffErrors } from "~/features/meetings/StaffFormParts";
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
    facts: staffFormFacts(session),
    options: { ...staffMeetingOptions(await languageOf(request)), caseworkers: caseworkerOptions(session) },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const session = await requireSession(request, "staff");
  const submission = parseSubmission(await request.formData(), { schema: summonsSchema(staffFormFacts(session)) });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const id = createSummonsByStaff(session, params.citizenId ?? "", submission.value);
  if (!id) throw notFoundFor(request, session, "citizen");
  return redirect(`/medarbejder/borgere/${params.citizenId}/indkaldelser/${id}?oprettet=1`);
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
  const { summary, message } = useStaffErrors(form);
  const text = (name: keyof typeof fields, max?: number) => ({
    id: fields[name].name,
    label: t(`summons.fields.${name}.label`),
    defaultValue: initialText(fields[name]),
    error: message(fields[name].errors),
    maxLength: max,
  });
  return (
    <>
      <ErrorSummary errors={summary} />
      <p>
        <Link className="back-link" to={`/medarbejder/borgere/${citizen.id}`}>
          {t("back", { name: citizen.name || t("unnamed") })}
        </Link>
      </p>
      <h1>{t("summons.title")}</h1>
      <p className="font-lead">{t("summons.lead", { name: citizen.name || t("unnamed") })}</p>
      <Form method="post" {...getFormProps(form)} noValidate>
        <Select
          id={fields.meetingType.name}
          label={t("summons.fields.meetingType.label")}
          options={options.meetingTypes}
          placeholder={t("choose")}
          defaultValue={initialText(fields.meetingType)}
          error={message(fields.meetingType.errors)}
        />
        <Select
          id={fields.meetingForm.name}
          label={t("summons.fields.meetingForm.label")}
          hint={t("summons.fields.meetingForm.hint")}
          options={options.meetingForms}
          placeholder={t("choose")}
          defaultValue={initialText(fields.meetingForm)}
          error={message(fields.meetingForm.errors)}
        />
        <TimeFields date={fields.date} startTime={fields.startTime} endTime={fields.endTime} message={message} />
        <TextField {...text("title", 200)} />
        <TextArea {...text("description", 5000)} hint={t("summons.fields.description.hint")} />
        <TextField {...text("location", 200)} hint={t("summons.fields.location.hint")} />
        <TextField {...text("address", 300)} hint={t("summons.fields.address.hint")} autoComplete="off" />
        <TextField {...text("phoneToCall", 30)} hint={t("summons.fields.phoneToCall.hint")} type="tel" autoComplete="off" />
        <TextArea {...text("contactOptions", 500)} hint={t("summons.fields.contactOptions.hint")} rows={3} />
        <Select
          id={fields.caseworker.name}
          label={t("summons.fields.caseworker.label")}
          hint={t("summons.fields.caseworker.hint", { jobCentre: staff?.jobCentre, name: staff?.name })}
          options={options.caseworkers}
          defaultValue={initialText(fields.caseworker)}
          error={message(fields.caseworker.errors)}
        />
        <Select
          id={fields.aKasseParticipationStatus.name}
          label={t("summons.fields.aKasseParticipationStatus.label")}
          hint={t("summons.fields.aKasseParticipationStatus.hint", { types: facts.jointTypes.join(", ") })}
          options={options.participationStatuses}
          placeholder={t("notRelevant")}
          defaultValue={initialText(fields.aKasseParticipationStatus)}
          error={message(fields.aKasseParticipationStatus.errors)}
        />
        <Checkbox
          id={fields.compulsory.name}
          label={t("summons.fields.compulsory.label")}
          defaultChecked={fields.compulsory.initialValue === "on"}
        />
        <Checkbox
          id={fields.cancellationPossible.name}
          label={t("summons.fields.cancellationPossible.label")}
          defaultChecked={fields.cancellationPossible.initialValue === "on"}
        />
        <fieldset>
          <legend className="h3">{t("summons.rebooking.legend")}</legend>
          <Checkbox
            id={fields.rebookingPossible.name}
            label={t("summons.fields.rebookingPossible.label")}
            defaultChecked={fields.rebookingPossible.initialValue === "on"}
          />
          <DateField
            id={fields.rebookingDeadlineDate.name}
            label={t("summons.fields.rebookingDeadlineDate.label")}
            hint={t("summons.fields.rebookingDeadlineDate.hint")}
            defaultValue={initialText(fields.rebookingDeadlineDate)}
            error={message(fields.rebookingDeadlineDate.errors)}
          />
          <TimeField field={fields.rebookingDeadlineTime} label={t("summons.fields.rebookingDeadlineTime.label")} message={message} />
        </fieldset>
        <button type="submit" className="button button-primary">
          {t("summons.submit")}
        </button>
      </Form>
    </>
  );
}
