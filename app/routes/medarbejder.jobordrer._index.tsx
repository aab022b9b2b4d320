import { parseWithZod } from "@conform-to/zod/v4";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireSession } from "~/features/auth/session.server";
import { JobHits, JobSearchErrors, JobSearchForm, useJobSearch } from "~/features/job-orders/JobSearch";
import { staffSearchParamsSchema } from "~/features/job-orders/schemas";
import { searchOptions, staffSearch } from "~/features/job-orders/search.server";
import { languageOf } from "~/i18n/i18n.server";
import { pageMeta } from "~/i18n/meta";
import { Lead } from "~/components/dkfds/Text";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => pageMeta(matches, "jobs:staff.search.title", { error: data?.result.status === "error" });

// A GET search: the criteria are about orders and employers, never about a person.
export async function loader({ request }: LoaderFunctionArgs) {
  await requireSession(request, "staff");
  const lng = await languageOf(request);
  const submission = parseWithZod(new URL(request.url).searchParams, { schema: staffSearchParamsSchema });
  return { ...searchOptions(lng), ...staffSearch(submission, lng) };
}

export default function StaffJobOrderSearch() {
  const { result, values, params, occupations, workingTimes, statuses, found } = useLoaderData<typeof loader>();
  const { t } = useTranslation("jobs");
  const search = useJobSearch(result);
  return (
    <>
      <JobSearchErrors search={search} />
      <h1>{t("staff.search.title")}</h1>
      <Lead>{t("staff.search.lead")}</Lead>
      <JobSearchForm search={search} values={values} occupations={occupations} workingTimes={workingTimes} statuses={statuses} />
      {found ? <JobHits found={found} values={params} hrefOf={(id) => `/medarbejder/jobordrer/${id}`} showStatus /> : null}
    </>
  );
}
