import type { MetaFunction } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { pageMeta } from "~/i18n/meta";
import { Heading, Lead, ListItem, PlainList } from "~/components/dkfds/Text";
import { LinkButton } from "~/components/dkfds/Button";

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
      <Lead>{t("landing.lead")}</Lead>
      <p>
        <a href="/job">{t("jobs:public.title")}</a>
      </p>
      <PlainList>
        {doors.map((door) => (
          <ListItem key={door.key} below={6}>
            <Heading level={2} look="h3">
              {t(`landing.${door.key}.heading`)}
            </Heading>
            <p>{t(`landing.${door.key}.text`)}</p>
            <LinkButton to={door.href} reloadDocument>
              {t(`landing.${door.key}.action`)}
            </LinkButton>
          </ListItem>
        ))}
      </PlainList>
    </>
  );
}
