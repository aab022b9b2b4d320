import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Icon } from "./Icon";

export type HeaderUser = { name: string; organisation?: string | null };

/**
 * The two mandatory DKFDS header rows: the portal (logo, the logged-in user, "Log af") and the
 * solution (its title and the responsible authority).
 */
export function Header({ user, solutionTitle, solutionHref }: { user?: HeaderUser; solutionTitle: string; solutionHref: string }) {
  const { t } = useTranslation("shell");
  return (
    <header className="header">
      <div className="portal-info">
        <div className="portal-info-inner container">
          <a href="/" className="logo" aria-label={t("portal.logoLabel")}>
            <span>{t("portal.name")}</span>
          </a>
          {user ? (
            <div className="portal-user portal-user-always">
              <p className="user">{user.organisation ? `${user.name}, ${user.organisation}` : user.name}</p>
              <Form method="post" action="/log-af" className="d-print-none">
                <button type="submit" className="function-link log-off">
                  <Icon name="lock" />
                  {t("header.logout")}
                </button>
              </Form>
            </div>
          ) : null}
        </div>
      </div>
      <div className="solution-info">
        <div className="solution-info-inner container">
          <div className="solution-heading">
            <a href={solutionHref}>{solutionTitle}</a>
          </div>
          <div className="additional-info">
            <p>
              <strong className="authority-name">{t("portal.authority")}</strong>
            </p>
          </div>
        </div>
      </div>
    </header>
  );
}
