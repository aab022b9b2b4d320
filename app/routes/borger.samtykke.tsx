import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Alert } from "~/components/dkfds/Alert";
import { FormErrorSummary, ValidatedForm } from "~/components/dkfds/form";
import { RadioGroup } from "~/components/dkfds/RadioGroup";
import { requireSession } from "~/features/auth/session.server";
import { changeConsent, consentOf } from "~/features/consent/consent.server";
import { consentSchema } from "~/features/consent/schemas";
import { pageMeta } from "~/i18n/meta";
import { parseSubmission } from "~/utils/forms.server";
import { Button } from "~/components/dkfds/Button";
import { Lead } from "~/components/dkfds/Text";
import { DataTable } from "~/components/dkfds/DataTable";
import { useDates } from "~/utils/use-dates";

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
  const d = useDates();
  const [form, fields] = useForm({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: consentSchema }),
    shouldValidate: "onSubmit",
  });
  const answer = (given: boolean | undefined) => (given === undefined ? undefined : given ? "ja" : "nej");
  const options = [
    { value: "ja", label: t("consent.yes") },
    { value: "nej", label: t("consent.no") },
  ];
  return (
    <>
      <FormErrorSummary form={form} ns="common" />
      <h1>{t("consent.title")}</h1>
      <Lead>{t("consent.lead")}</Lead>
      {params.get("gemt") && !lastResult ? (
        <Alert variant="success" heading={t("consent.saved")}>
          <p>{awaitsReporting ? t("consent.awaitsReporting") : t("consent.reported")}</p>
        </Alert>
      ) : null}
      {consent ? (
        <>
          <h2>{t("consent.current")}</h2>
          <DataTable caption={t("consent.current")} head={<tr>
                <th scope="col">{t("consent.kind")}</th>
                <th scope="col">{t("consent.answer")}</th>
                <th scope="col">{t("consent.date")}</th>
              </tr>}><tr>
                <th scope="row">{t("consent.fetch.short")}</th>
                <td>{consent.fetchGiven ? t("consent.yes") : t("consent.no")}</td>
                <td>{d.date(consent.fetchOn)}</td>
              </tr>
              <tr>
                <th scope="row">{t("consent.share.short")}</th>
                <td>{consent.shareGiven ? t("consent.yes") : t("consent.no")}</td>
                <td>{d.date(consent.shareOn)}</td>
              </tr></DataTable>
          <p>
            <strong>{t("consent.status")}: </strong>
            {awaitsReporting ? t("consent.statusAwaiting") : t("consent.statusReported")}
          </p>
        </>
      ) : null}
      <h2>{t("consent.change")}</h2>
      <ValidatedForm form={form} ns="common">
        <RadioGroup meta={fields.fetch} legend={t("consent.fetch.question")} hint={t("consent.fetch.hint")} options={options} value={answer(consent?.fetchGiven)} />
        <RadioGroup meta={fields.share} legend={t("consent.share.question")} hint={t("consent.share.hint")} options={options} value={answer(consent?.shareGiven)} />
        <Button>{t("consent.submit")}</Button>
      </ValidatedForm>
    </>
  );
}
