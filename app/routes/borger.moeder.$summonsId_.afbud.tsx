import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { TextWithPhones } from "~/components/dkfds/PhoneLink";
import { Alert } from "~/components/dkfds/Alert";
import { BackLink, Button } from "~/components/dkfds/Button";
import { TextArea } from "~/components/dkfds/fields";
import { FormErrorSummary, ValidatedForm } from "~/components/dkfds/form";
import { RadioGroup } from "~/components/dkfds/RadioGroup";
import { Lead } from "~/components/dkfds/Text";
import { requireSession } from "~/features/auth/session.server";
import { cancelMeeting, cancellationOptions } from "~/features/meetings/cancellation.server";
import { presentCancellation } from "~/features/meetings/presentation.server";
import { cancellationSchema } from "~/features/meetings/schemas";
import { languageOf } from "~/i18n/i18n.server";
import { pageMeta } from "~/i18n/meta";
import { parseSubmission } from "~/utils/forms.server";
import { orNotFound } from "~/utils/not-found.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageMeta(matches, "meetings:cancellation.title", { about: data ? `${data.meeting.title} ${data.meeting.shortDay}` : undefined, section: "meetings:list.title" });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await requireSession(request, "citizen");
  const options = orNotFound(request, session, () => cancellationOptions(session.subjectId, params.summonsId ?? ""));
  return presentCancellation(options, await languageOf(request));
}

export async function action({ request, params }: ActionFunctionArgs) {
  const session = await requireSession(request, "citizen");
  const summonsId = params.summonsId ?? "";
  const submission = parseSubmission(await request.formData(), { schema: cancellationSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = orNotFound(request, session, () => cancelMeeting(session.subjectId, summonsId, submission.value));
  if (result.ok) return redirect(`/borger/moeder/${summonsId}?afbud=1`);
  if ("field" in result) return data(submission.reply({ fieldErrors: { [result.field]: [result.error] } }), { status: 400 });
  return data(submission.reply({ formErrors: [`cancellation.errors.${result.error}`] }), { status: 400 });
}

export default function Cancellation() {
  const { meeting, refusal, reasons } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation("meetings");
  const [form, fields] = useForm({
    id: "cancellation",
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: cancellationSchema }),
    shouldValidate: "onSubmit",
  });
  const back = <BackLink to={`/borger/moeder/${meeting.id}`}>{t("cancellation.back")}</BackLink>;
  if (refusal) {
    return (
      <>
        {back}
        <h1>{t("cancellation.title")}</h1>
        <Alert variant="warning" heading={t("cancellation.refused")}>
          <p>{t(`cancellation.errors.${refusal}`)}</p>
          {meeting.contactOptions ? (
            <p>
              <TextWithPhones text={meeting.contactOptions} />
            </p>
          ) : null}
        </Alert>
      </>
    );
  }
  return (
    <>
      {back}
      <FormErrorSummary form={form} ns="meetings" formErrorsAt={fields.reason.name} />
      <h1>{t("cancellation.title")}</h1>
      <Lead>{t("cancellation.lead", { title: meeting.title, when: meeting.when })}</Lead>
      <p>{t("cancellation.until", { when: meeting.closes })}</p>
      {meeting.compulsory ? (
        <Alert variant="info" heading={t("cancellation.compulsory.heading")}>
          <p>{t("cancellation.compulsory.text")}</p>
        </Alert>
      ) : null}
      <ValidatedForm form={form} ns="meetings">
        <RadioGroup meta={fields.reason} legend={t("cancellation.reason")} options={reasons} />
        <TextArea meta={fields.comment} label={t("cancellation.comment")} hint={t("cancellation.commentHint")} maxLength={500} rows={3} />
        <Button>{t("cancellation.submit")}</Button>
      </ValidatedForm>
    </>
  );
}
