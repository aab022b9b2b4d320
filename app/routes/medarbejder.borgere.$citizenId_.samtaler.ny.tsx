import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Alert } from "~/components/dkfds/Alert";
import { BackLink, Button } from "~/components/dkfds/Button";
import { FormErrorSummary, ValidatedForm } from "~/components/dkfds/form";
import { Fieldset, Hint, Lead, TypedText } from "~/components/dkfds/Text";
import { Checkbox, DateField, Select, TextArea, TextField } from "~/components/dkfds/fields";
import { requireSession } from "~/features/auth/session.server";
import { citizenForStaff } from "~/features/citizens/lookup.server";
import { heldConversationSchema, participantMax, participantRows } from "~/features/meetings/staff-schemas";
import { conversationDefaultsFrom } from "~/features/meetings/staff-views.server";
import { conversationPersonFacts } from "~/features/person-groups/person-groups.server";
import { currentAgreementOf } from "~/features/meetings/conversations.server";
import { presentAgreement } from "~/features/meetings/conversation-presentation.server";
import { meetingCodeFacts, staffMeetingOptions } from "~/features/meetings/staff-form-options.server";
import { registerConversationByStaff } from "~/features/meetings/staff.server";
import { TimeField } from "~/features/meetings/StaffFormParts";
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
  const lng = await languageOf(request);
  return {
    citizen: { id: citizenId, name: citizen.name },
    fromSummons: summonsId ? conversationDefaultsFrom(citizenId, summonsId) : null,
    agreement: presentAgreement(currentAgreementOf(citizenId), lng),
    staff: staffProfile(session.subjectId),
    person: conversationPersonFacts(citizenId),
    facts: meetingCodeFacts(),
    options: staffMeetingOptions(lng),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const session = await requireSession(request, "staff");
  const citizenId = params.citizenId ?? "";
  const schema = heldConversationSchema(meetingCodeFacts(), conversationPersonFacts(citizenId));
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
  const { citizen, fromSummons, agreement: inForce, staff, person, facts, options } = useLoaderData<typeof loader>();
  // § 28 nr. 5: a new jobsamtale's agreement must hold every binding agreement, so it starts from the one in force.
  const continues = !!fromSummons && facts.furtherCourseTypes.includes(fromSummons.meetingType) && !!inForce;
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation("staff");
  const [form, fields] = useForm({
    lastResult,
    defaultValue: {
      ...(fromSummons ? { ...fromSummons, summonsId: undefined, title: undefined } : {}),
      ...(continues ? { furtherCourseAgreement: inForce?.text } : {}),
      participants: Array.from({ length: participantRows }, () => ({ name: "" })),
    },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: heldConversationSchema(facts, person) }),
    shouldValidate: "onSubmit",
  });
  const participants = fields.participants.getFieldList();
  const agreement = (name: "furtherCourseAgreement" | "flexjobAgreement" | "practicalAgreements") => ({
    meta: fields[name],
    label: t(`conversation.fields.${name}.label`),
    hint: t(`conversation.fields.${name}.hint`),
  });
  return (
    <>
      <FormErrorSummary form={form} ns="staff" />
      <BackLink to={`/medarbejder/borgere/${citizen.id}`}>{t("back", { name: citizen.name || t("unnamed") })}</BackLink>
      <h1>{t("conversation.title")}</h1>
      <Lead>{t("conversation.lead", { name: citizen.name || t("unnamed") })}</Lead>
      {fromSummons ? <p>{t("conversation.fromSummons", { title: fromSummons.title })}</p> : null}
      <ValidatedForm form={form} ns="staff">
        {/* Enter in a field submits with the form's first submit button: this one registers the
            conversation, not "add another participant" further down. */}
        <Button hidden tabIndex={-1} />
        {fromSummons ? <input type="hidden" name="summonsId" value={fromSummons.summonsId} /> : null}
        <Fieldset legend={t("conversation.heldOn.legend")}>
          <DateField meta={fields.heldOnDate} label={t("time.date")} />
          <TimeField field={fields.heldOnTime} label={t("time.start")} />
        </Fieldset>
        <Select meta={fields.meetingType} label={t("summons.fields.meetingType.label")} options={options.meetingTypes} placeholder={t("choose")} />
        <Select meta={fields.meetingForm} label={t("summons.fields.meetingForm.label")} options={options.meetingForms} placeholder={t("choose")} />
        {inForce ? (
          <Alert variant="info" heading={t("conversation.inForce.heading", { when: inForce.heldOn })}>
            <TypedText text={inForce.text} />
            <p>{continues ? t("conversation.inForce.copied") : t("conversation.inForce.copy")}</p>
          </Alert>
        ) : null}
        <TextArea {...agreement("furtherCourseAgreement")} />
        <TextArea {...agreement("practicalAgreements")} />
        <TextArea {...agreement("flexjobAgreement")} rows={3} />
        <Select
          meta={fields.aKasseParticipationStatus}
          label={t("summons.fields.aKasseParticipationStatus.label")}
          hint={t("summons.fields.aKasseParticipationStatus.hint")}
          options={options.participationStatuses}
          placeholder={t("notRelevant")}
        />
        {/* Nr. 9 only for contact groups 2, 3 and 12; the group registered last is not offered as new. */}
        {person.visitation.applies ? (
          <Select
            meta={fields.newVisitationGroup}
            label={t("conversation.fields.newVisitationGroup.label")}
            hint={
              person.visitation.current
                ? t("conversation.fields.newVisitationGroup.hintCurrent", { group: options.visitationGroups.find((g) => g.value === person.visitation.current)?.label })
                : t("conversation.fields.newVisitationGroup.hint")
            }
            options={options.visitationGroups.filter((g) => g.value !== person.visitation.current)}
            placeholder={t("conversation.fields.newVisitationGroup.unchanged")}
          />
        ) : null}
        {person.contactGroup1 ? <Checkbox meta={fields.cvNotAdequate} label={t("conversation.fields.cvNotAdequate.label")} hint={t("conversation.fields.cvNotAdequate.hint")} /> : null}
        <p>{t("conversation.registeredBy", { name: staff?.name, jobCentre: staff?.jobCentre })}</p>
        <h2>{t("conversation.participants.heading")}</h2>
        <Hint>{t("conversation.participants.hint")}</Hint>
        {participants.map((row, index) => {
          const cells = row.getFieldset();
          return (
            <Fieldset key={row.key} size="h4" legend={t("conversation.participants.legend", { number: index + 1 })}>
              <TextField meta={cells.name} label={t("conversation.participants.name")} maxLength={200} autoComplete="off" />
              <Select meta={cells.role} label={t("conversation.participants.role")} options={options.participantRoles} placeholder={t("choose")} />
              <Select meta={cells.form} label={t("conversation.participants.form")} options={options.meetingForms} placeholder={t("choose")} />
            </Fieldset>
          );
        })}
        {participants.length < participantMax ? (
          <p>
            <Button variant="secondary" {...form.insert.getButtonProps({ name: fields.participants.name, defaultValue: { name: "" } })}>
              {t("conversation.participants.add")}
            </Button>
          </p>
        ) : (
          <Alert variant="info" heading={t("conversation.participants.max", { max: participantMax })} />
        )}
        <Button>{t("conversation.submit")}</Button>
      </ValidatedForm>
    </>
  );
}
