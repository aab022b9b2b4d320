import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireSession } from "~/features/auth/session.server";
import { citizenProfile } from "~/features/people/people.server";
import { pageMeta } from "~/i18n/meta";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, "citizen.start.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSession(request, "citizen");
  const profile = citizenProfile(session.subjectId);
  if (!profile) throw new Response("Not Found", { status: 404 });
  return { profile };
}

export default function CitizenStart() {
  const { profile } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("citizen.start.title")}</h1>
      <p className="font-lead">{t("citizen.start.lead", { name: profile.name })}</p>
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
    </>
  );
}
