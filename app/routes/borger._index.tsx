import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Alert } from "~/components/dkfds/Alert";
import { requireSession } from "~/features/auth/session.server";
import { unreadNotices } from "~/features/notices/notices.server";
import { citizenProfile } from "~/features/people/people.server";
import { pageMeta } from "~/i18n/meta";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, "citizen.start.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSession(request, "citizen");
  const profile = citizenProfile(session.subjectId);
  if (!profile) throw new Response("Not Found", { status: 404 });
  return { profile, notices: unreadNotices("citizen", session.subjectId) };
}

const knownNotices = new Set(["refused.consent"]);

export default function CitizenStart() {
  const { profile, notices } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("citizen.start.title")}</h1>
      <p className="font-lead">{t("citizen.start.lead", { name: profile.name })}</p>
      {notices.length > 0 ? (
        <section aria-labelledby="notices-heading">
          <h2 id="notices-heading">{t("citizen.notices.heading")}</h2>
          {notices.map((notice) => (
            <Alert key={notice.id} variant="warning">
              <p>{t(knownNotices.has(notice.kind) ? `citizen.notices.${notice.kind}` : "citizen.notices.refused.other")}</p>
              {notice.correlationId ? <p>{t("citizen.notices.reference", { id: notice.correlationId })}</p> : null}
            </Alert>
          ))}
        </section>
      ) : null}
      <dl className="structured-list">
        <div className="structured-list-row">
          <dt>{t("citizen.start.name")}</dt>
          <dd>{profile.name}</dd>
        </div>
        <div className="structured-list-row">
          <dt>{t("citizen.start.cpr")}</dt>
          <dd>{profile.cprMasked}</dd>
        </div>
      </dl>
      <p>
        <Link to="/borger/samtykke">{t("citizen.start.consentLink")}</Link>
      </p>
    </>
  );
}
