import { useMatches } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Footer } from "~/components/dkfds/Footer";
import { Header, type HeaderUser } from "~/components/dkfds/Header";
import { LanguageSwitcher } from "~/components/dkfds/LanguageSwitcher";
import { SessionExpiryWarning } from "~/components/dkfds/SessionExpiryWarning";
import type { Language } from "~/i18n/config";
import { areaOf } from "./area";

/** What an audience layout loader gives the shell. */
export type AreaData = { user: HeaderUser; session: { idleSeconds: number; warningSeconds: number } };

/** The page frame every route shares: skip link, language, DKFDS header, main landmark, footer. */
export function AppShell({ lng, children }: { lng: Language; children: ReactNode }) {
  const { t } = useTranslation("shell");
  const matches = useMatches();
  const area = areaOf(matches);
  const areaData = matches.find((m) => m.id === area.routeId)?.data as AreaData | undefined;
  return (
    <>
      <a className="skipnav" href="#main-content">
        {t("skipLink")}
      </a>
      <div className="language-choice">
        <LanguageSwitcher current={lng} />
      </div>
      <Header user={areaData?.user} solutionTitle={t(`solution.${area.key}`)} solutionHref={area.href} />
      <div className="container page-container">
        <main id="main-content" tabIndex={-1}>
          {children}
        </main>
      </div>
      <Footer area={area.key} />
      {areaData?.session ? (
        <SessionExpiryWarning idleSeconds={areaData.session.idleSeconds} warningSeconds={areaData.session.warningSeconds} />
      ) : null}
    </>
  );
}
