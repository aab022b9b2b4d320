import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireSession } from "~/features/auth/session.server";
import { staffProfile } from "~/features/people/people.server";
import { pageMeta } from "~/i18n/meta";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, "staff.start.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSession(request, "staff");
  const staff = staffProfile(session.subjectId);
  if (!staff) throw new Response("Not Found", { status: 404 });
  return { staff };
}

export default function StaffStart() {
  const { staff } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("staff.start.title")}</h1>
      <p className="font-lead">{t("staff.start.lead", { name: staff.name, municipality: staff.municipality })}</p>
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
      </ul>
    </>
  );
}
