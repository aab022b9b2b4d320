import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { JobOrderDetails } from "~/features/job-orders/JobOrderDetails";
import { searchQueryOf } from "~/features/job-orders/schemas";
import { publicJobPage } from "~/features/job-orders/views.server";
import { languageOf } from "~/i18n/i18n.server";
import { pageMeta } from "~/i18n/meta";
import { Alert } from "~/components/dkfds/Alert";
import { BackLink } from "~/components/dkfds/Button";
import { Lead } from "~/components/dkfds/Text";
import { useDates } from "~/utils/use-dates";

/** Search engines get the job's own title and the start of its description; a closed job says it is closed. */
export const meta: MetaFunction<typeof loader> = ({ matches, data }) => {
  if (data && "closed" in data.job) {
    const { title, employerName } = data.job.closed;
    return [...pageMeta(matches, "jobs:public.closed.title", { values: { title, employer: employerName } }), { name: "robots", content: "noindex" }];
  }
  const order = data && "open" in data.job ? data.job.open : undefined;
  return pageMeta(matches, "jobs:public.title", {
    titleText: order ? `${order.title}, ${order.employerName}` : undefined,
    descriptionText: order ? order.description.replace(/\s+/g, " ").slice(0, 155) : undefined,
  });
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const job = publicJobPage(params.jobOrderId ?? "", await languageOf(request));
  // An unknown, paused or never published order is not there for the public: 404, no detail.
  if (!job) throw new Response("Not Found", { status: 404 });
  // The back link leads to the search the job was found by (its query string came with the link).
  const back = `/job${searchQueryOf(new URL(request.url))}`;
  // A job that is over is gone, and the page says so: 410, with what it was.
  return data({ job, back }, { status: "closed" in job ? 410 : 200 });
}

export default function PublicJob() {
  const { job, back } = useLoaderData<typeof loader>();
  const { t } = useTranslation("jobs");
  const d = useDates();
  if ("closed" in job) {
    const { closed } = job;
    return (
      <>
        <BackLink to={back}>{t("public.back")}</BackLink>
        <h1>{closed.title}</h1>
        <Lead>{closed.employerName}</Lead>
        <Alert variant="info" heading={t("public.closed.heading")}>
          <p>{closed.reason === "expired" ? t("public.closed.expired", { date: d.date(closed.applicationDeadline) }) : t("public.closed.filled")}</p>
        </Alert>
        <p>
          <Link to={`/job?stilling=${encodeURIComponent(closed.occupation)}`}>{t("public.closed.similar")}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <BackLink to={back}>{t("public.back")}</BackLink>
      <h1>{job.open.title}</h1>
      <Lead>{job.open.employerName}</Lead>
      <JobOrderDetails order={job.open} />
    </>
  );
}
