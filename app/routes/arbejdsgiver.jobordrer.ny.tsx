import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireSession } from "~/features/auth/session.server";
import { jobOrderFormAction } from "~/features/job-orders/form.server";
import { JobOrderForm } from "~/features/job-orders/JobOrderForm";
import { createJobOrder } from "~/features/job-orders/commands.server";
import { formOptions } from "~/features/job-orders/form-options.server";
import { employerProfile } from "~/features/people/people.server";
import { languageOf } from "~/i18n/i18n.server";
import { pageMeta } from "~/i18n/meta";
import { Lead } from "~/components/dkfds/Text";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, "jobs:employer.create.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireSession(request, "employer");
  return formOptions(await languageOf(request));
}

export async function action({ request }: ActionFunctionArgs) {
  const session = await requireSession(request, "employer");
  const employer = employerProfile(session.subjectId);
  if (!employer) throw new Response("Not Found", { status: 404 });
  return jobOrderFormAction(
    await request.formData(),
    await languageOf(request),
    (input) => createJobOrder(employer, input),
    ({ id }) => `/arbejdsgiver/jobordrer/${id}?oprettet=1`,
  );
}

export default function CreateJobOrder() {
  const options = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useTranslation("jobs");
  return (
    <>
      <h1>{t("employer.create.title")}</h1>
      <Lead>{t("employer.create.lead")}</Lead>
      <JobOrderForm
        lastResult={answer?.result}
        occupations={answer?.occupations ?? []}
        {...options}
        submitLabel={t("employer.create.submit")}
        cancelHref="/arbejdsgiver/jobordrer"
      />
    </>
  );
}
