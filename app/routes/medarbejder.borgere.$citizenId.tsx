import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireSession } from "~/features/auth/session.server";
import { citizenForStaff } from "~/features/citizens/lookup.server";
import { pageMeta } from "~/i18n/meta";
import { notFoundFor } from "~/utils/not-found.server";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, "privacy:citizen.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await requireSession(request, "staff");
  const citizen = citizenForStaff(session, params.citizenId ?? "");
  if (!citizen) throw notFoundFor(request, session, "citizen");
  return { citizen };
}

export default function CitizenForStaff() {
  const { citizen } = useLoaderData<typeof loader>();
  const { t } = useTranslation("privacy");
  return (
    <>
      <p>
        <Link className="back-link" to="/medarbejder/borgere">
          {t("citizen.back")}
        </Link>
      </p>
      <h1>{citizen.name || t("search.unnamed")}</h1>
      <dl className="structured-list">
        <div className="structured-list-row">
          <dt>{t("citizen.cpr")}</dt>
          <dd>{citizen.cpr}</dd>
        </div>
        <div className="structured-list-row">
          <dt>{t("citizen.registration")}</dt>
          <dd>{citizen.registeredOn ? t("citizen.registeredSince", { date: citizen.registeredOn }) : t("citizen.notRegistered")}</dd>
        </div>
        <div className="structured-list-row">
          <dt>{t("citizen.meetings")}</dt>
          <dd>{citizen.upcomingMeetings}</dd>
        </div>
      </dl>
      <p className="form-hint">{t("citizen.logged")}</p>
    </>
  );
}
