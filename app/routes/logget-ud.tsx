import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Alert } from "~/components/dkfds/Alert";
import { pageMeta } from "~/i18n/meta";
import { Lead } from "~/components/dkfds/Text";
import { LinkButton } from "~/components/dkfds/Button";
import { loginUrl } from "~/features/auth/audience";
import { keptFormMinutes } from "~/features/auth/kept-form";
import { localPath } from "~/utils/local-path";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => pageMeta(matches, data?.expired ? "loggedOut.expired.heading" : "loggedOut.title");

export function loader({ request }: LoaderFunctionArgs) {
  const query = new URL(request.url).searchParams;
  const back = localPath(query.get("til") ?? "");
  return { expired: query.get("aarsag") === "udloebet", loginAgain: back ? loginUrl(back) : null, kept: query.get("gemt") === "1" };
}

export default function LoggedOut() {
  const { expired, loginAgain, kept } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("loggedOut.title")}</h1>
      {expired ? (
        <Alert variant="info" heading={t("loggedOut.expired.heading")}>
          <p>{t(kept ? "loggedOut.expired.kept" : "loggedOut.expired.text", { minutes: keptFormMinutes })}</p>
        </Alert>
      ) : (
        <Lead>{t("loggedOut.lead")}</Lead>
      )}
      <p>{t("loggedOut.closeBrowser")}</p>
      <p>
        {expired && loginAgain ? (
          <LinkButton to={loginAgain} reloadDocument>
            {t("loggedOut.loginAgain")}
          </LinkButton>
        ) : (
          <LinkButton to="/" reloadDocument>
            {t("loggedOut.home")}
          </LinkButton>
        )}
      </p>
    </>
  );
}
