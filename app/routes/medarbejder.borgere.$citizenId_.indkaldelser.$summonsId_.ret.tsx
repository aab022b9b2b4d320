import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { BackLink, Button } from "~/components/dkfds/Button";
import { FormErrorSummary, FormLevelError, ValidatedForm } from "~/components/dkfds/form";
import { Lead } from "~/components/dkfds/Text";
import { Select, TextArea } from "~/components/dkfds/fields";
import { requireSession } from "~/features/auth/session.server";
import { presentMeeting } from "~/features/meetings/presentation.server";
import { changeSummons } from "~/features/meetings/summons-change.server";
import { defaultRebookingPeriodDays, summonsChangeSchema } from "~/features/meetings/staff-schemas";
import { caseworkerOptions, staffFormFacts, staffMeetingOptions } from "~/features/meetings/staff-form-options.server";
import { summonsChangeDefaults, summonsForStaff } from "~/features/meetings/staff-views.server";
import { MeetingDetailFields, SummonsTermsFields } from "~/features/meetings/StaffFormParts";
import { staffProfile } from "~/features/people/people.server";
import { languageOf } from "~/i18n/i18n.server";
import { pageMeta } from "~/i18n/meta";
import { parseSubmission } from "~/utils/forms.server";
import { notFoundFor } from "~/utils/not-found.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageMeta(matches, "staff:summonsChange.title", { about: data ? `${data.meeting.title} ${data.meeting.shortDay}` : undefined });

const detailPath = (citizenId: string, summonsId: string) => `/medarbejder/borgere/${citizenId}/indkaldelser/${summonsId}`;

/** The summons of this staff member's job centre, or 404; one that can no longer change sends staff back to it. */
async function summonsToChange(request: Request, params: LoaderFunctionArgs["params"]) {
  const session = await requireSession(request, "staff");
  const summons = summonsForStaff(session, params.citizenId ?? "", params.summonsId ?? "");
  if (!summons) throw notFoundFor(request, session, "summons");
  if (!summons.staffMayChange) throw redirect(detailPath(params.citizenId ?? "", summons.id));
  return { session, summons };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { session, summons } = await summonsToChange(request, params);
  const lng = await languageOf(request);
  return {
    citizenId: params.citizenId ?? "",
    meeting: presentMeeting(summons, lng),
    toChange: { meetingType: summons.meetingType, start: summons.start },
    defaults: summonsChangeDefaults(session, summons),
    staff: staffProfile(session.subjectId),
    facts: { ...staffFormFacts(session), defaultDays: defaultRebookingPeriodDays },
    options: { ...staffMeetingOptions(lng), caseworkers: caseworkerOptions(session) },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { session, summons } = await summonsToChange(request, params);
  const schema = summonsChangeSchema(staffFormFacts(session), summons);
  const submission = parseSubmission(await request.formData(), { schema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = changeSummons(session, params.citizenId ?? "", summons.id, submission.value);
  if (result.ok) return redirect(`${detailPath(params.citizenId ?? "", summons.id)}?rettet=1`);
  if (result.reason === "not-found") throw notFoundFor(request, session, "summons");
  return data(submission.reply({ formErrors: [`change.errors.${result.reason}`] }), { status: 400 });
}

export default function ChangeSummons() {
  const { citizenId, meeting: m, toChange, defaults, staff, facts, options } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation("staff");
  const [form, fields] = useForm({
    lastResult,
    defaultValue: { ...defaults, changeReason: undefined as string | undefined },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: summonsChangeSchema(facts, toChange) }),
    shouldValidate: "onSubmit",
  });
  return (
    <>
      <FormErrorSummary form={form} ns="staff" />
      <BackLink to={detailPath(citizenId, m.id)}>{t("summonsChange.back")}</BackLink>
      <h1>{t("summonsChange.title")}</h1>
      <Lead>
        {m.title}: {m.type}, {m.day}, {m.time}
      </Lead>
      <p>{t("summonsChange.lead")}</p>
      <ValidatedForm form={form} ns="staff">
        <FormLevelError errors={form.errors} />
        <Select
          meta={fields.meetingForm}
          label={t("summons.fields.meetingForm.label")}
          hint={t("summons.fields.meetingForm.hint")}
          options={options.meetingForms}
          placeholder={t("choose")}
        />
        <MeetingDetailFields fields={fields} />
        <SummonsTermsFields fields={fields} options={options} staff={staff} defaultDays={facts.defaultDays} />
        <TextArea meta={fields.changeReason} label={t("summonsChange.reason.label")} hint={t("summonsChange.reason.hint")} rows={3} maxLength={500} />
        <Button>{t("summonsChange.submit")}</Button>
      </ValidatedForm>
    </>
  );
}
