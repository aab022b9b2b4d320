import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Alert } from "~/components/dkfds/Alert";
import { ErrorSummary } from "~/components/dkfds/ErrorSummary";
import { RadioGroup } from "~/components/dkfds/RadioGroup";
import { requireSession } from "~/features/auth/session.server";
import { changeConsent, consentOf } from "~/features/consent/consent.server";
import { consentSchema } from "~/features/consent/schemas";
import { pageMeta } from "~/i18n/meta";
import { parseSubmission } from "~/utils/forms.server";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, "consent.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSession(request, "citizen");
  return consentOf(session.subjectId);
}

export async function action({ request }: ActionFunctionArgs) {
  const session = await requireSession(request, "citizen");
  const submission = parseSubmission(await request.formData(), { schema: consentSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  changeConsent(session.subjectId, { fetch: submission.value.fetch === "ja", share: submission.value.share === "ja" });
  return redirect("/borger/samtykke?gemt=1");
}

export default function ConsentPage() {
  const { consent, awaitsReporting } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const [form, fields] = useForm({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: consentSchema }),
    shouldValidate: "onSubmit",
  });
  const fieldError = (errors: string[] | undefined) => (errors?.[0] ? t(errors[0]) : undefined);
  const errors = [
    { fieldId: fields.fetch.name, message: fieldError(fields.fetch.errors) },
    { fieldId: fields.share.name, message: fieldError(fields.share.errors) },
  ].filter((e): e is { fieldId: string; message: string } => !!e.message);
  const answer = (given: boolean | undefined) => (given === undefined ? undefined : given ? "ja" : "nej");
  const options = [
    { value: "ja", label: t("consent.yes") },
    { value: "nej", label: t("consent.no") },
  ];
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>{t("consent.title")}</h1>
      <p className="font-lead">{t("consent.lead")}</p>
      {params.get("gemt") && !lastResult ? (
        <Alert variant="success" heading={t("consent.saved")}>
          <p>{awaitsReporting ? t("consent.awaitsReporting") : t("consent.reported")}</p>
        </Alert>
      ) : null}
      {consent ? (
        <>
          <h2>{t("consent.current")}</h2>
          <table className="table">
            <caption className="sr-only">{t("consent.current")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("consent.kind")}</th>
                <th scope="col">{t("consent.answer")}</th>
                <th scope="col">{t("consent.date")}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{t("consent.fetch.short")}</th>
                <td>{consent.fetchGiven ? t("consent.yes") : t("consent.no")}</td>
                <td>{consent.fetchOn}</td>
              </tr>
              <tr>
                <th scope="row">{t("consent.share.short")}</th>
                <td>{consent.shareGiven ? t("consent.yes") : t("consent.no")}</td>
                <td>{consent.shareOn}</td>
              </tr>
            </tbody>
          </table>
          <p>
            <strong>{t("consent.status")}: </strong>
            {awaitsReporting ? t("consent.statusAwaiting") : t("consent.statusReported")}
          </p>
        </>
      ) : null}
      <h2>{t("consent.change")}</h2>
      <Form method="post" {...getFormProps(form)} noValidate>
        <RadioGroup
          name={fields.fetch.name}
          legend={t("consent.fetch.question")}
          hint={t("consent.fetch.hint")}
          options={options}
          value={(fields.fetch.initialValue as string | undefined) ?? answer(consent?.fetchGiven)}
          error={fieldError(fields.fetch.errors)}
        />
        <RadioGroup
          name={fields.share.name}
          legend={t("consent.share.question")}
          hint={t("consent.share.hint")}
          options={options}
          value={(fields.share.initialValue as string | undefined) ?? answer(consent?.shareGiven)}
          error={fieldError(fields.share.errors)}
        />
        <button type="submit" className="button button-primary">
          {t("consent.submit")}
        </button>
      </Form>
    </>
  );
}
