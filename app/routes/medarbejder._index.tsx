import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Alert } from "~/components/dkfds/Alert";
import { requireSession } from "~/features/auth/session.server";
import { unreadNotices } from "~/features/notices/notices.server";
import { staffProfile } from "~/features/people/people.server";
import { pageMeta } from "~/i18n/meta";
import { Lead } from "~/components/dkfds/Text";
import { staffNoticeKinds as knownNotices } from "~/sync-notices";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, "staff.start.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSession(request, "staff");
  const staff = staffProfile(session.subjectId);
  if (!staff) throw new Response("Not Found", { status: 404 });
  return { staff, notices: unreadNotices("staff", session.subjectId) };
}

export default function StaffStart() {
  const { staff, notices } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const { t: ts } = useTranslation("staff");
  return (
    <>
      <h1>{t("staff.start.title")}</h1>
      <Lead>{t("staff.start.lead", { name: staff.name, municipality: staff.municipality })}</Lead>
      {notices.length > 0 ? (
        <section aria-labelledby="notices-heading">
          <h2 id="notices-heading">{ts("notices.heading")}</h2>
          {notices.map((notice) => (
            <Alert key={notice.id} variant="warning">
              <p>{ts(knownNotices.has(notice.kind) ? `notices.${notice.kind}` : "notices.refused.other")}</p>
              {notice.correlationId ? <p>{ts("notices.reference", { id: notice.correlationId })}</p> : null}
            </Alert>
          ))}
        </section>
      ) : null}
      <ul>
        <li>
          <Link to="/medarbejder/borgere">{t("staff.start.searchLink")}</Link>
        </li>
        <li>
          <Link to="/medarbejder/jobordrer">{t("jobs:staff.search.title")}</Link>
        </li>
        <li>
          <Link to="/medarbejder/synkronisering">{t("staff.start.syncLink")}</Link>
        </li>
        <li>
          <Link to="/medarbejder/moedetilbud">{t("staff:start.slotsLink")}</Link>
        </li>
      </ul>
    </>
  );
}
