import { parseWithZod } from "@conform-to/zod/v4";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { JobHits, JobSearchErrors, JobSearchForm, useJobSearch } from "~/features/job-orders/JobSearch";
import { searchParamsSchema } from "~/features/job-orders/schemas";
import { publicSearch, searchOptions } from "~/features/job-orders/search.server";
import { languageOf } from "~/i18n/i18n.server";
import { pageMeta } from "~/i18n/meta";
import { Lead } from "~/components/dkfds/Text";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => {
  // A search answered at a field (an unknown place) is a page with errors: "Fejl: …".
  const error = data?.result.status === "error";
  return data?.values.q
    ? pageMeta(matches, "jobs:public.searchTitle", { values: { query: data.values.q }, section: "jobs:public.title", description: "jobs:public.description", error })
    : pageMeta(matches, "jobs:public.title", { description: "jobs:public.description", error });
};

/** The public job search: open orders only, no login, everything in the URL (a GET form). */
export async function loader({ request }: LoaderFunctionArgs) {
  const lng = await languageOf(request);
  const submission = parseWithZod(new URL(request.url).searchParams, { schema: searchParamsSchema });
  const { occupations, workingTimes } = searchOptions(lng);
  return { occupations, workingTimes, ...publicSearch(submission, lng) };
}

export default function JobSearch() {
  const { result, values, params, occupations, workingTimes, found } = useLoaderData<typeof loader>();
  const { t } = useTranslation("jobs");
  const search = useJobSearch(result);
  return (
    <>
      <JobSearchErrors search={search} />
      <h1>{t("public.title")}</h1>
      <Lead>{t("public.lead")}</Lead>
      <JobSearchForm search={search} values={values} occupations={occupations} workingTimes={workingTimes} />
      {found ? <JobHits found={found} values={params} hrefOf={(id, query) => `/job/${id}${query}`} /> : null}
    </>
  );
}
