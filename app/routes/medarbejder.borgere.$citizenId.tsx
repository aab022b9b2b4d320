import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SummaryList } from "~/components/dkfds/SummaryList";
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
      <SummaryList
        caption={citizen.name || t("search.unnamed")}
        rows={[
          { label: t("citizen.cpr"), value: citizen.cpr },
          {
            label: t("citizen.registration"),
            value: citizen.registeredOn ? t("citizen.registeredSince", { date: citizen.registeredOn }) : t("citizen.notRegistered"),
          },
          { label: t("citizen.meetings"), value: citizen.upcomingMeetings },
        ]}
      />
      <p className="form-hint">{t("citizen.logged")}</p>
    </>
  );
}
