import type { MetaFunction } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { pageMeta } from "~/i18n/meta";

export const meta: MetaFunction = ({ matches }) =>
  pageMeta(matches, "landing.pageTitle", { description: "landing.lead" });

const doors = [
  { key: "citizen", href: "/borger" },
  { key: "employer", href: "/arbejdsgiver" },
  { key: "staff", href: "/medarbejder" },
] as const;

export default function Landing() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("landing.title")}</h1>
      <p className="font-lead">{t("landing.lead")}</p>
      <p>
        <a href="/job">{t("jobs:public.title")}</a>
      </p>
      <ul className="nobullet-list">
        {doors.map((door) => (
          <li key={door.key} className="mb-6">
            <h2 className="h3">{t(`landing.${door.key}.heading`)}</h2>
            <p>{t(`landing.${door.key}.text`)}</p>
            <a className="button button-primary" href={door.href}>
              {t(`landing.${door.key}.action`)}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
