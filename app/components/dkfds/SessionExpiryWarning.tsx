import { Form, useFetcher, useLocation } from "@remix-run/react";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

/**
 * The DKFDS "session udløber" pattern: a modal shown `warningSeconds` before the server ends an
 * idle session, with a countdown, "stay logged in" and "log off". At zero the user lands on the
 * logged-out page. The server enforces expiry on its own; this only tells the user in time.
 */
export function SessionExpiryWarning({ idleSeconds, warningSeconds }: { idleSeconds: number; warningSeconds: number }) {
  const { t } = useTranslation("shell");
  const location = useLocation();
  const renew = useFetcher<{ renewed: boolean }>();
  const [deadline, setDeadline] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const stayButton = useRef<HTMLButtonElement>(null);

  const restart = useCallback(() => setDeadline(Date.now() + idleSeconds * 1000), [idleSeconds]);

  // Every navigation or submission reached the server and so restarted its idle clock.
  useEffect(restart, [restart, location.key]);
  useEffect(() => {
    if (renew.state !== "idle" || !renew.data) return;
    if (renew.data.renewed) restart();
    else window.location.assign("/logget-ud?aarsag=udloebet");
  }, [renew.state, renew.data, restart]);

  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);

  const remaining = deadline === null ? Infinity : Math.max(0, Math.ceil((deadline - now) / 1000));
  const open = remaining <= warningSeconds;

  useEffect(() => {
    if (remaining === 0) window.location.assign("/logget-ud?aarsag=udloebet");
  }, [remaining]);
  useEffect(() => {
    if (open) stayButton.current?.focus();
  }, [open]);

  if (!open) return null;
  const minutes = Math.floor(remaining / 60);
  const seconds = remaining % 60;
  return (
    <>
      <div
        className="fds-modal"
        id="session-timeout"
        aria-hidden="false"
        role="dialog"
        aria-modal="true"
        aria-labelledby="session-timeout-heading"
        aria-describedby="session-timeout-text"
      >
        <div className="modal-content">
          <div className="modal-header">
            <h2 className="modal-title" id="session-timeout-heading">
              {t("session.heading")}
            </h2>
          </div>
          <div className="modal-body">
            <p id="session-timeout-text">{t("session.text")}</p>
            <p className="font-lead" aria-live="off">
              {t("session.countdown", { minutes, seconds: String(seconds).padStart(2, "0") })}
            </p>
          </div>
          <div className="modal-footer">
            <button
              ref={stayButton}
              type="button"
              className="button button-primary"
              onClick={() => renew.submit(null, { method: "post", action: "/session/forny" })}
            >
              {t("session.stay")}
            </button>
            <Form method="post" action="/log-af" className="d-inline">
              <button type="submit" className="button button-secondary">
                {t("header.logout")}
              </button>
            </Form>
          </div>
        </div>
      </div>
      <div className="modal-backdrop show" />
    </>
  );
}
