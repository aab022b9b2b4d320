import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Alert } from "~/components/dkfds/Alert";
import { audiences } from "~/features/auth/audience";
import { finishLogin } from "~/features/auth/login.server";
import { pageMeta } from "~/i18n/meta";
import { LinkButton } from "~/components/dkfds/Button";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, "login.refused.title", { error: true });

export async function loader({ request }: LoaderFunctionArgs) {
  const result = await finishLogin(request);
  const headers = new Headers();
  for (const cookie of result.cookies) headers.append("Set-Cookie", cookie);
  if (result.ok) return redirect(result.location, { headers });
  const retry = `/log-ind?til=${encodeURIComponent(audiences[result.audience ?? "citizen"].path)}`;
  return data({ reason: result.reason, retry }, { status: result.reason === "cancelled" ? 200 : 403, headers });
}

export default function LoginRefused() {
  const { reason, retry } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("login.refused.title")}</h1>
      <Alert variant={reason === "cancelled" ? "info" : "error"} heading={t(`login.refused.${reason}.heading`)}>
        <p>{t(`login.refused.${reason}.text`)}</p>
      </Alert>
      <p>
        <LinkButton to={retry} reloadDocument>
          {t("login.refused.retry")}
        </LinkButton>
      </p>
      <p>
        <a href="/">{t("login.refused.home")}</a>
      </p>
    </>
  );
}
