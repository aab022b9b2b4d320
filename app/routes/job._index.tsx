import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { JobHits, JobSearchForm } from "~/features/job-orders/JobSearch";
import { readSearchParams } from "~/features/job-orders/schemas";
import { publicSearch, searchOptions } from "~/features/job-orders/search.server";
import { languageOf } from "~/i18n/i18n.server";
import { pageMeta } from "~/i18n/meta";
import { Lead } from "~/components/dkfds/Text";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  data?.params.q
    ? pageMeta(matches, "jobs:public.searchTitle", { values: { query: data.params.q }, section: "jobs:public.title", description: "jobs:public.description" })
    : pageMeta(matches, "jobs:public.title", { description: "jobs:public.description" });

/** The public job search: open orders only, no login, everything in the URL (a GET form). */
export async function loader({ request }: LoaderFunctionArgs) {
  const lng = await languageOf(request);
  const params = readSearchParams(new URL(request.url));
  const { occupations, workingTimes } = searchOptions(lng);
  return { params, occupations, workingTimes, ...publicSearch(params, lng) };
}

export default function JobSearch() {
  const { params, occupations, workingTimes, hits, page, hasNext } = useLoaderData<typeof loader>();
  const { t } = useTranslation("jobs");
  return (
    <>
      <h1>{t("public.title")}</h1>
      <Lead>{t("public.lead")}</Lead>
      <JobSearchForm values={params} occupations={occupations} workingTimes={workingTimes} />
      <JobHits hits={hits} page={page} hasNext={hasNext} values={params} hrefOf={(id) => `/job/${id}`} />
    </>
  );
}
