import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { JobOrderDetails } from "~/features/job-orders/JobOrderDetails";
import { publicJobOrder } from "~/features/job-orders/views.server";
import { languageOf } from "~/i18n/i18n.server";
import { pageMeta } from "~/i18n/meta";
import { BackLink } from "~/components/dkfds/Button";
import { Lead } from "~/components/dkfds/Text";

/** Search engines get the job's own title and the start of its description. */
export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageMeta(matches, "jobs:public.title", {
    titleText: data ? `${data.order.title}, ${data.order.employerName}` : undefined,
    descriptionText: data ? data.order.description.replace(/\s+/g, " ").slice(0, 155) : undefined,
  });

export async function loader({ request, params }: LoaderFunctionArgs) {
  // A closed or unknown order is simply not there for the public: 404, no detail.
  const order = publicJobOrder(params.jobOrderId ?? "", await languageOf(request));
  if (!order) throw new Response("Not Found", { status: 404 });
  return { order };
}

export default function PublicJob() {
  const { order } = useLoaderData<typeof loader>();
  const { t } = useTranslation("jobs");
  return (
    <>
      <BackLink to="/job">{t("public.back")}</BackLink>
      <h1>{order.title}</h1>
      <Lead>{order.employerName}</Lead>
      <JobOrderDetails order={order} />
    </>
  );
}
