import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  redirect,
  Scripts,
  ScrollRestoration,
  useMatches,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import { useContext, type ReactNode } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
// Remix reads its router state from this context; PageMeta hands Meta the same state, marked.
import { UNSAFE_DataRouterStateContext as RouterState } from "react-router-dom";
import { AppShell } from "~/components/shell/AppShell";
import { areaOf } from "~/components/shell/area";
import { fallbackLanguage, isLanguage } from "~/i18n/config";
import { languageCookie, languageOf } from "~/i18n/i18n.server";
import { useErrorsShown } from "~/i18n/error-title";
import { answerHasErrors, pageMeta } from "~/i18n/meta";
import { i18nFor } from "~/i18n/texts";
import { textsUrl } from "~/i18n/texts.server";
import { errorReferenceMeta, useDocumentErrorReference, useErrorReference } from "~/utils/error-reference";
import { localPath } from "~/utils/local-path";
import { useNonce } from "~/utils/nonce";

export const links: LinksFunction = () => [{ rel: "icon", href: "/favicon.ico", sizes: "any" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const requested = url.searchParams.get("lng");
  if (requested !== null) {
    // Remember the choice and show the same page without the parameter.
    url.searchParams.delete("lng");
    const lng = isLanguage(requested) ? requested : fallbackLanguage;
    throw redirect(localPath(`${url.pathname}${url.search}`) ?? "/", { headers: { "Set-Cookie": await languageCookie.serialize(lng) } });
  }
  const lng = await languageOf(request);
  return { lng, textsUrl: textsUrl(lng) };
}

// The language changes only through a full page load (the switcher's plain links).
export const shouldRevalidate = () => false;

export const meta: MetaFunction = ({ matches, error }) => {
  if (error) {
    const notFound = isRouteErrorResponse(error) && error.status === 404;
    return pageMeta(matches, notFound ? "shell:errors.notFound.heading" : "shell:errors.generic.heading", { error: true });
  }
  return pageMeta(matches, "shell:portal.name");
};

/**
 * The page's `<meta>` and `<title>`. When the page is re-shown with errors (an action answered with
 * errors, or an error summary is shown), the root's data is marked for the routes' `meta`, so every
 * title starts with "Fejl: " through `pageMeta`, with and without JavaScript.
 */
function PageMeta() {
  const state = useContext(RouterState);
  const summaryShown = useErrorsShown();
  const failed = summaryShown || Object.values(state?.actionData ?? {}).some(answerHasErrors);
  if (!state || !failed) return <Meta />;
  const root = { ...(state.loaderData.root as object), answeredWithErrors: true };
  return (
    <RouterState.Provider value={{ ...state, loaderData: { ...state.loaderData, root } }}>
      <Meta />
    </RouterState.Provider>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const lng = data?.lng ?? fallbackLanguage;
  const i18n = i18nFor(lng);
  const nonce = useNonce();
  const theme = areaOf(useMatches()).theme;
  const errorReference = useDocumentErrorReference();
  return (
    <html lang={lng}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <PageMeta />
        <link rel="stylesheet" href={`/dkfds/css/dkfds-${theme}.min.css`} />
        <link rel="stylesheet" href="/app.css" />
        <Links />
        {data ? <link rel="preload" href={data.textsUrl} as="fetch" crossOrigin="anonymous" data-texts="" /> : null}
        {errorReference ? <meta name={errorReferenceMeta} content={errorReference} /> : null}
      </head>
      <body>
        <I18nextProvider i18n={i18n}>
          <AppShell lng={lng}>{children}</AppShell>
        </I18nextProvider>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

/**
 * Not found and every other error: a calm page that shows no internals. A server error shows the
 * failed request's id as a reference to quote to support; it finds the log line by it.
 */
export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation("shell");
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  const reference = useErrorReference(error);
  return (
    <>
      <h1>{notFound ? t("errors.notFound.heading") : t("errors.generic.heading")}</h1>
      <p className="font-lead">{notFound ? t("errors.notFound.text") : t("errors.generic.text")}</p>
      {reference && !notFound ? (
        <p data-error-reference="">
          {t("errors.reference.help")}
          <br />
          {t("errors.reference.label")} <strong>{reference}</strong>
        </p>
      ) : null}
      <p>
        <a href="/">{t("errors.home")}</a>
      </p>
    </>
  );
}
