import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormErrorSummary, ValidatedForm } from "~/components/dkfds/form";
import { TextField } from "~/components/dkfds/fields";
import { requireSession } from "~/features/auth/session.server";
import { searchCitizens } from "~/features/citizens/lookup.server";
import { citizenSearchSchema, interpretQuery } from "~/features/citizens/schemas";
import { pageMeta } from "~/i18n/meta";
import { parseSubmission } from "~/utils/forms.server";
import { Button } from "~/components/dkfds/Button";
import { Lead, PlainList } from "~/components/dkfds/Text";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, "privacy:search.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireSession(request, "staff");
  return null;
}

// A POST, so a CPR number never appears in a URL, a log line or a Referer.
export async function action({ request }: ActionFunctionArgs) {
  const session = await requireSession(request, "staff");
  const submission = parseSubmission(await request.formData(), { schema: citizenSearchSchema });
  if (submission.status !== "success") return data({ result: submission.reply(), found: null }, { status: 400 });
  return { result: submission.reply(), found: searchCitizens(session, interpretQuery(submission.value.query)) };
}

export default function CitizenSearch() {
  const answer = useActionData<typeof action>();
  const { t } = useTranslation("privacy");
  const [form, fields] = useForm({
    lastResult: answer?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: citizenSearchSchema }),
    shouldValidate: "onSubmit",
  });
  return (
    <>
      <FormErrorSummary form={form} ns="common" />
      <h1>{t("search.title")}</h1>
      <Lead>{t("search.lead")}</Lead>
      <ValidatedForm form={form} ns="common">
        <TextField meta={fields.query} label={t("search.query")} hint={t("search.hint")} autoComplete="off" />
        <Button>{t("search.submit")}</Button>
      </ValidatedForm>
      {answer?.found ? (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">{t(answer.found.more ? "search.resultsMore" : "search.results", { count: answer.found.people.length })}</h2>
          {answer.found.more ? <p>{t("search.refine")}</p> : null}
          <PlainList>
            {answer.found.people.map((c) => (
              <li key={c.id}>
                <Link to={`/medarbejder/borgere/${c.id}`}>{c.name || t("search.unnamed")}</Link> ({c.cprMasked})
              </li>
            ))}
          </PlainList>
        </section>
      ) : null}
    </>
  );
}
