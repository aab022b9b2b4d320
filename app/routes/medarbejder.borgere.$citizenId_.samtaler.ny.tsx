import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Alert } from "~/components/dkfds/Alert";
import { ErrorSummary } from "~/components/dkfds/ErrorSummary";
import { Checkbox, DateField, Select, TextArea, TextField } from "~/components/dkfds/fields";
import { requireSession } from "~/features/auth/session.server";
import { citizenForStaff } from "~/features/citizens/lookup.server";
import { heldConversationSchema, participantMax, participantRows } from "~/features/meetings/staff-schemas";
import { conversationDefaultsFrom, inContactGroup1 } from "~/features/meetings/staff-views.server";
import { meetingCodeFacts, staffMeetingOptions } from "~/features/meetings/staff-form-options.server";
import { registerConversationByStaff } from "~/features/meetings/staff.server";
import { TimeField, initialText, useStaffErrors } from "~/features/meetings/StaffFormParts";
import { languageOf } from "~/i18n/i18n.server";
import { pageMeta } from "~/i18n/meta";
import { parseSubmission } from "~/utils/forms.server";
import { notFoundFor } from "~/utils/not-found.server";
import { staffProfile } from "~/features/people/people.server";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, "staff:conversation.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await requireSession(request, "staff");
  const citizenId = params.citizenId ?? "";
  const citizen = citizenForStaff(session, citizenId);
  if (!citizen) throw notFoundFor(request, session, "citizen");
  const summonsId = new URL(request.url).searchParams.get("indkaldelse");
  return {
    citizen: { id: citizenId, name: citizen.name },
    fromSummons: summonsId ? conversationDefaultsFrom(citizenId, summonsId) : null,
    staff: staffProfile(session.subjectId),
    contactGroup1: inContactGroup1(citizenId),
    facts: meetingCodeFacts(),
    options: staffMeetingOptions(await languageOf(request)),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const session = await requireSession(request, "staff");
  const citizenId = params.citizenId ?? "";
  const schema = heldConversationSchema(meetingCodeFacts(), { contactGroup1: inContactGroup1(citizenId) });
  const formData = await request.formData();
  const submission = parseSubmission(formData, { schema });
  // "Add another participant" is an intent, not a submit: it answers the form with one more row.
  if (submission.status !== "success") return data(submission.reply(), { status: submission.status === "error" ? 400 : 200 });
  const summonsId = formData.get("summonsId");
  const id = registerConversationByStaff(session, citizenId, submission.value, { summonsId: typeof summonsId === "string" ? summonsId : null });
  if (!id) throw notFoundFor(request, session, "citizen");
  return redirect(`/medarbejder/borgere/${citizenId}?samtale=registreret`);
}

export default function NewHeldConversation() {
  const { citizen, fromSummons, staff, contactGroup1, facts, options } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation("staff");
  const [form, fields] = useForm({
    lastResult,
    defaultValue: {
      ...(fromSummons ? { ...fromSummons, summonsId: undefined, title: undefined } : {}),
      participants: Array.from({ length: participantRows }, () => ({ name: "" })),
    },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: heldConversationSchema(facts, { contactGroup1 }) }),
    shouldValidate: "onSubmit",
  });
  const { summary, message } = useStaffErrors(form);
  const text = (name: "furtherCourseAgreement" | "flexjobAgreement" | "practicalAgreements") => ({
    id: fields[name].name,
    label: t(`conversation.fields.${name}.label`),
    hint: t(`conversation.fields.${name}.hint`),
    defaultValue: initialText(fields[name]),
    error: message(fields[name].errors),
  });
  const participants = fields.participants.getFieldList();
  return (
    <>
      <ErrorSummary errors={summary} />
      <p>
        <Link className="back-link" to={`/medarbejder/borgere/${citizen.id}`}>
          {t("back", { name: citizen.name || t("unnamed") })}
        </Link>
      </p>
      <h1>{t("conversation.title")}</h1>
      <p className="font-lead">{t("conversation.lead", { name: citizen.name || t("unnamed") })}</p>
      {fromSummons ? <p>{t("conversation.fromSummons", { title: fromSummons.title })}</p> : null}
      <Form method="post" {...getFormProps(form)} noValidate>
        {/* Enter in a field submits with the form's first submit button: this one registers the
            conversation, not "add another participant" further down. */}
        <button type="submit" hidden tabIndex={-1} />
        {fromSummons ? <input type="hidden" name="summonsId" value={fromSummons.summonsId} /> : null}
        <fieldset>
          <legend className="h3">{t("conversation.heldOn.legend")}</legend>
          <DateField
            id={fields.heldOnDate.name}
            label={t("time.date")}
            hint={t("time.dateHint")}
            defaultValue={initialText(fields.heldOnDate)}
            error={message(fields.heldOnDate.errors)}
          />
          <TimeField field={fields.heldOnTime} label={t("time.start")} message={message} />
        </fieldset>
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
          options={options.meetingForms}
          placeholder={t("choose")}
          defaultValue={initialText(fields.meetingForm)}
          error={message(fields.meetingForm.errors)}
        />
        <TextArea {...text("furtherCourseAgreement")} />
        <TextArea {...text("practicalAgreements")} />
        <TextArea {...text("flexjobAgreement")} rows={3} />
        <Select
          id={fields.aKasseParticipationStatus.name}
          label={t("summons.fields.aKasseParticipationStatus.label")}
          hint={t("summons.fields.aKasseParticipationStatus.hint", { types: facts.jointTypes.join(", ") })}
          options={options.participationStatuses}
          placeholder={t("notRelevant")}
          defaultValue={initialText(fields.aKasseParticipationStatus)}
          error={message(fields.aKasseParticipationStatus.errors)}
        />
        <Select
          id={fields.newVisitationGroup.name}
          label={t("conversation.fields.newVisitationGroup.label")}
          hint={t("conversation.fields.newVisitationGroup.hint")}
          options={options.visitationGroups}
          placeholder={t("conversation.fields.newVisitationGroup.unchanged")}
          defaultValue={initialText(fields.newVisitationGroup)}
          error={message(fields.newVisitationGroup.errors)}
        />
        {contactGroup1 ? (
          <Checkbox
            id={fields.cvNotAdequate.name}
            label={t("conversation.fields.cvNotAdequate.label")}
            hint={t("conversation.fields.cvNotAdequate.hint")}
            defaultChecked={fields.cvNotAdequate.initialValue === "on"}
          />
        ) : null}
        <p>{t("conversation.registeredBy", { name: staff?.name, jobCentre: staff?.jobCentre })}</p>
        <h2>{t("conversation.participants.heading")}</h2>
        <p className="form-hint">{t("conversation.participants.hint")}</p>
        {participants.map((row, index) => {
          const cells = row.getFieldset();
          return (
            <fieldset key={row.key}>
              <legend className="h4">{t("conversation.participants.legend", { number: index + 1 })}</legend>
              <TextField
                id={cells.name.name}
                label={t("conversation.participants.name")}
                defaultValue={initialText(cells.name)}
                error={message(cells.name.errors)}
                maxLength={200}
                autoComplete="off"
              />
              <Select
                id={cells.role.name}
                label={t("conversation.participants.role")}
                options={options.participantRoles}
                placeholder={t("choose")}
                defaultValue={initialText(cells.role)}
                error={message(cells.role.errors)}
              />
              <Select
                id={cells.form.name}
                label={t("conversation.participants.form")}
                options={options.meetingForms}
                placeholder={t("choose")}
                defaultValue={initialText(cells.form)}
                error={message(cells.form.errors)}
              />
            </fieldset>
          );
        })}
        {participants.length < participantMax ? (
          <p>
            <button className="button button-secondary" {...form.insert.getButtonProps({ name: fields.participants.name, defaultValue: { name: "" } })}>
              {t("conversation.participants.add")}
            </button>
          </p>
        ) : (
          <Alert variant="info" heading={t("conversation.participants.max", { max: participantMax })} />
        )}
        <button type="submit" className="button button-primary">
          {t("conversation.submit")}
        </button>
      </Form>
    </>
  );
}
