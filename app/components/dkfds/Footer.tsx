import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/**
 * DKFDS footer with the links every Danish public self-service solution must have. Where to get
 * help depends on who reads it (`area`): an employer has no meetings with the job centre.
 */
export function Footer({ area }: { area: "public" | "citizen" | "employer" | "staff" }) {
  const { t } = useTranslation("shell");
  return (
    <footer>
      <div className="footer">
        <div className="container">
          <div className="row">
            <div className="col-12 col-md-6 footer-col">
              <section aria-labelledby="footer-authority">
                <h2 id="footer-authority" className="h5">
                  {t("portal.authority")}
                </h2>
                <p>{t(`footer.help.${area}`)}</p>
              </section>
            </div>
            <div className="col-12 col-md-6 footer-col">
              <section aria-labelledby="footer-links">
                <h2 id="footer-links" className="h5">
                  {t("footer.about")}
                </h2>
                <ul className="unstyled-list">
                  <li>
                    <Link className="function-link" to="/tilgaengelighedserklaering">
                      {t("footer.accessibility")}
                    </Link>
                  </li>
                  <li>
                    <Link className="function-link" to="/privatlivspolitik">
                      {t("footer.privacy")}
                    </Link>
                  </li>
                  <li>
                    <Link className="function-link" to="/kontakt">
                      {t("footer.contact")}
                    </Link>
                  </li>
                </ul>
              </section>
            </div>
          </div>
        </div>
      </div>
    </footer>
  );
}
