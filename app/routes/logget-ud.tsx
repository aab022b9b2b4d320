import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Alert } from "~/components/dkfds/Alert";
import { pageMeta } from "~/i18n/meta";
import { Lead } from "~/components/dkfds/Text";
import { LinkButton } from "~/components/dkfds/Button";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => pageMeta(matches, data?.expired ? "loggedOut.expired.heading" : "loggedOut.title");

export function loader({ request }: LoaderFunctionArgs) {
  return { expired: new URL(request.url).searchParams.get("aarsag") === "udloebet" };
}

export default function LoggedOut() {
  const { expired } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("loggedOut.title")}</h1>
      {expired ? (
        <Alert variant="info" heading={t("loggedOut.expired.heading")}>
          <p>{t("loggedOut.expired.text")}</p>
        </Alert>
      ) : (
        <Lead>{t("loggedOut.lead")}</Lead>
      )}
      <p>{t("loggedOut.closeBrowser")}</p>
      <p>
        <LinkButton to="/" reloadDocument>
          {t("loggedOut.home")}
        </LinkButton>
      </p>
    </>
  );
}
