import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireSession } from "~/features/auth/session.server";
import { jobOrderFormAction } from "~/features/job-orders/form.server";
import { EditJobOrderPage } from "~/features/job-orders/JobOrderForm";
import { editableOrder } from "~/features/job-orders/form-options.server";

import { updateJobOrder } from "~/features/job-orders/commands.server";
import { languageOf } from "~/i18n/i18n.server";
import { pageMeta } from "~/i18n/meta";
import { notFoundFor, orNotFound } from "~/utils/not-found.server";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, "jobs:edit.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await requireSession(request, "employer");
  const order = editableOrder({ cvr: session.subjectId }, params.jobOrderId ?? "", await languageOf(request));
  if (!order) throw notFoundFor(request, session, "jobOrder");
  return order;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const session = await requireSession(request, "employer");
  const id = params.jobOrderId ?? "";
  return orNotFound(request, session, async () =>
    jobOrderFormAction(
      await request.formData(),
      await languageOf(request),
      (input) => updateJobOrder({ cvr: session.subjectId }, id, input, { actor: { kind: "employer", cvr: session.subjectId } }),
      () => `/arbejdsgiver/jobordrer/${id}?gemt=1`,
    ),
  );
}

export default function EditJobOrder() {
  return <EditJobOrderPage order={useLoaderData<typeof loader>()} answer={useActionData<typeof action>()} area="/arbejdsgiver/jobordrer" />;
}
