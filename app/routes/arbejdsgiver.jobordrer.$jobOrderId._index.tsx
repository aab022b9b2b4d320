import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Alert } from "~/components/dkfds/Alert";
import { requireSession } from "~/features/auth/session.server";
import { JobOrderDetails } from "~/features/job-orders/JobOrderDetails";

import { setJobOrderStatus } from "~/features/job-orders/commands.server";
import { PlacementLog } from "~/features/job-orders/PlacementLog";
import { employerOrderView } from "~/features/job-orders/placements.server";
import { employerStatusActions, employerStatusSchema } from "~/features/job-orders/schemas";
import { languageOf } from "~/i18n/i18n.server";
import { pageMeta } from "~/i18n/meta";
import { notFoundFor, orNotFound } from "~/utils/not-found.server";
import { parseSubmission } from "~/utils/forms.server";
import { BackLink, Button, ButtonRow } from "~/components/dkfds/Button";
import { Hint } from "~/components/dkfds/Text";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageMeta(matches, "jobs:employer.order.title", { titleText: data?.order.title, section: "jobs:employer.list.title" });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await requireSession(request, "employer");
  const view = employerOrderView(session, params.jobOrderId ?? "", await languageOf(request));
  if (!view) throw notFoundFor(request, session, "jobOrder");
  return view;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const session = await requireSession(request, "employer");
  const submission = parseSubmission(await request.formData(), { schema: employerStatusSchema });
  if (submission.status !== "success") return data({ error: "employer.order.errors.action" }, { status: 400 });
  const id = params.jobOrderId ?? "";
  const result = orNotFound(request, session, () =>
    setJobOrderStatus({ cvr: session.subjectId }, id, employerStatusActions[submission.value.intent], { actor: { kind: "employer", cvr: session.subjectId } }),
  );
  if (!result.ok) return data({ error: Object.values(result.errors)[0]?.[0] ?? "employer.order.errors.action" }, { status: 400 });
  return redirect(`/arbejdsgiver/jobordrer/${id}?status=${submission.value.intent}`);
}

export default function EmployerJobOrder() {
  const { order, log } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t } = useTranslation("jobs");
  const done = params.get("oprettet") ? "created" : params.get("gemt") ? "saved" : Object.keys(employerStatusActions).find((intent) => intent === params.get("status"));
  const closed = order.status.startsWith("afsluttet");
  return (
    <>
      <BackLink to="/arbejdsgiver/jobordrer">{t("employer.order.back")}</BackLink>
      {answer?.error ? <Alert variant="error" heading={t(answer.error)} /> : null}
      {done && !answer ? <Alert variant="success" heading={t(`employer.order.done.${done}`)} /> : null}
      {order.awaitsReporting ? <Hint>{t("awaitsReporting")}</Hint> : null}
      <h1>{order.title}</h1>
      <JobOrderDetails order={order} internal={order} />
      {closed ? null : (
        <p>
          <Link to={`/arbejdsgiver/jobordrer/${order.id}/rediger`}>{t("employer.order.edit")}</Link>
        </p>
      )}
      <h2>{t("employer.order.statusHeading")}</h2>
      <Form method="post">
        <ButtonRow>
        {order.status === employerStatusActions.reactivate ? (
          <Button variant="secondary" name="intent" value="deactivate">
            {t("employer.order.deactivate")}
          </Button>
        ) : null}
        {order.status === employerStatusActions.deactivate ? (
          <Button variant="secondary" name="intent" value="reactivate">
            {t("employer.order.reactivate")}
          </Button>
        ) : null}
        {closed ? (
          <span>{t("employer.order.closed")}</span>
        ) : (
          <Button variant="secondary" name="intent" value="fill">
            {t("employer.order.fill")}
          </Button>
        )}
        </ButtonRow>
      </Form>
      <PlacementLog entries={log} />
    </>
  );
}
