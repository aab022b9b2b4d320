import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SummaryList } from "~/components/dkfds/SummaryList";
import { requireSession } from "~/features/auth/session.server";
import { employerProfile } from "~/features/people/people.server";
import { pageMeta } from "~/i18n/meta";
import { Lead } from "~/components/dkfds/Text";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, "employer.start.pageTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSession(request, "employer");
  const employer = employerProfile(session.subjectId);
  if (!employer) throw new Response("Not Found", { status: 404 });
  return { employer, userName: session.displayName };
}

export default function EmployerStart() {
  const { employer, userName } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("employer.start.title")}</h1>
      <Lead>{t("employer.start.lead", { name: userName, company: employer.name })}</Lead>
      <SummaryList
        caption={t("employer.start.company")}
        rows={[
          { label: t("employer.start.company"), value: employer.name },
          { label: t("employer.start.cvr"), value: employer.cvr },
        ]}
      />
      <p>
        <Link to="/arbejdsgiver/jobordrer">{t("jobs:employer.list.title")}</Link>
      </p>
    </>
  );
}
