import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireSession } from "~/features/auth/session.server";
import { JobHits, JobSearchForm } from "~/features/job-orders/JobSearch";
import { readStaffSearchParams } from "~/features/job-orders/schemas";
import { searchOptions, staffSearch } from "~/features/job-orders/search.server";
import { languageOf } from "~/i18n/i18n.server";
import { pageMeta } from "~/i18n/meta";
import { Lead } from "~/components/dkfds/Text";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, "jobs:staff.search.title");

// A GET search: the criteria are about orders and employers, never about a person.
export async function loader({ request }: LoaderFunctionArgs) {
  await requireSession(request, "staff");
  const lng = await languageOf(request);
  const params = readStaffSearchParams(new URL(request.url));
  return { params, ...searchOptions(lng), ...staffSearch(params, lng) };
}

export default function StaffJobOrderSearch() {
  const { params, occupations, workingTimes, statuses, hits, page, hasNext } = useLoaderData<typeof loader>();
  const { t } = useTranslation("jobs");
  return (
    <>
      <h1>{t("staff.search.title")}</h1>
      <Lead>{t("staff.search.lead")}</Lead>
      <JobSearchForm values={params} occupations={occupations} workingTimes={workingTimes} statuses={statuses} />
      <JobHits hits={hits} page={page} hasNext={hasNext} values={params} hrefOf={(id) => `/medarbejder/jobordrer/${id}`} showStatus />
    </>
  );
}
