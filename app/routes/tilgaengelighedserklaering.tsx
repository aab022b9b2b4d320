import type { MetaFunction } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { pageMeta } from "~/i18n/meta";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, "pages.accessibility.title");

export default function Page() {
  const { t } = useTranslation();
  const paragraphs = t("pages.accessibility.body", { returnObjects: true }) as string[];
  return (
    <>
      <h1>{t("pages.accessibility.title")}</h1>
      {paragraphs.map((text) => (
        <p key={text}>{text}</p>
      ))}
    </>
  );
}
