import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/dkfds/ErrorSummary";
import { TextField } from "~/components/dkfds/fields";
import { requireSession } from "~/features/auth/session.server";
import { searchCitizens } from "~/features/citizens/lookup.server";
import { citizenSearchSchema, interpretQuery } from "~/features/citizens/schemas";
import { pageMeta } from "~/i18n/meta";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, "privacy:search.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireSession(request, "staff");
  return null;
}

// A POST, so a CPR number never appears in a URL, a log line or a Referer.
export async function action({ request }: ActionFunctionArgs) {
  const session = await requireSession(request, "staff");
  const submission = parseWithZod(await request.formData(), { schema: citizenSearchSchema });
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
  const error = fields.query.errors?.[0] ? t(fields.query.errors[0], { ns: "common" }) : undefined;
  return (
    <>
      <ErrorSummary errors={error ? [{ fieldId: fields.query.name, message: error }] : []} />
      <h1>{t("search.title")}</h1>
      <p className="font-lead">{t("search.lead")}</p>
      <Form method="post" {...getFormProps(form)} noValidate>
        <TextField
          id={fields.query.name}
          label={t("search.query")}
          hint={t("search.hint")}
          error={error}
          defaultValue={(fields.query.initialValue as string | undefined) ?? ""}
          autoComplete="off"
        />
        <button type="submit" className="button button-primary">
          {t("search.submit")}
        </button>
      </Form>
      {answer?.found ? (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">{t(answer.found.more ? "search.resultsMore" : "search.results", { count: answer.found.people.length })}</h2>
          {answer.found.more ? <p>{t("search.refine")}</p> : null}
          <ul className="nobullet-list">
            {answer.found.people.map((c) => (
              <li key={c.id}>
                <Link to={`/medarbejder/borgere/${c.id}`}>{c.name || t("search.unnamed")}</Link> ({c.cprMasked})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
