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

  const renewSentAt = useRef(0);

  // The server's idle clock restarts when a request reaches it, which is before the page renders
  // here (on a busy machine, seconds before hydration). Counting from when the request left the
  // browser keeps this countdown ending no later than the server's, so "stay logged in" is never
  // offered for a session the server has already ended.
  const restartFrom = useCallback((sentAt: number) => setDeadline(sentAt + idleSeconds * 1000), [idleSeconds]);

  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      restartFrom(documentRequestSentAt());
    } else {
      // A client-side navigation or submission just came back from the server.
      restartFrom(Date.now());
    }
  }, [restartFrom, location.key]);
  useEffect(() => {
    if (renew.state !== "idle" || !renew.data) return;
    if (renew.data.renewed) restartFrom(renewSentAt.current);
    else endAtTimeout();
  }, [renew.state, renew.data, restartFrom]);

  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);

  const remaining = deadline === null ? Infinity : Math.max(0, Math.ceil((deadline - now) / 1000));
  const open = remaining <= warningSeconds;

  useEffect(() => {
    if (remaining === 0) endAtTimeout();
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
              onClick={() => {
                renewSentAt.current = Date.now();
                renew.submit(null, { method: "post", action: "/session/forny" });
              }}
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

/** When the browser sent the request for this document (its wall-clock time), or now if unknown. */
function documentRequestSentAt(): number {
  const [navigation] = performance.getEntriesByType("navigation") as PerformanceNavigationTiming[];
  if (!navigation || navigation.requestStart <= 0) return Date.now();
  return performance.timeOrigin + navigation.requestStart;
}

/** Whether a field holds something the person typed or chose on this page. */
function changed(field: Element): boolean {
  if (field instanceof HTMLInputElement) {
    if (field.type === "hidden" || field.type === "submit" || field.type === "button") return false;
    return field.type === "checkbox" || field.type === "radio" ? field.checked !== field.defaultChecked : field.value !== field.defaultValue;
  }
  if (field instanceof HTMLTextAreaElement) return field.value !== field.defaultValue;
  if (field instanceof HTMLSelectElement) return Array.from(field.options).some((option) => option.selected !== option.defaultSelected);
  return false;
}

/**
 * The session has ended: the browser goes to the logged-out page. When the page's form holds
 * something typed, it goes there through the server, which keeps the form for the person to send
 * after a new login ("Det, du har skrevet, er ikke tabt"); nothing of it is sent anywhere else.
 */
function endAtTimeout(): void {
  const page = window.location.pathname;
  const typed = Array.from(document.querySelectorAll<HTMLFormElement>("main form")).find(
    (form) => form.method.toLowerCase() === "post" && Array.from(form.elements).some(changed),
  );
  if (!typed) {
    window.location.assign(`/logget-ud?aarsag=udloebet&til=${encodeURIComponent(page)}`);
    return;
  }
  const keep = document.createElement("form");
  keep.method = "post";
  keep.action = "/session-udloebet";
  keep.hidden = true;
  const add = (name: string, value: string) => {
    const input = document.createElement("input");
    input.type = "hidden";
    input.name = name;
    input.value = value;
    keep.append(input);
  };
  for (const [name, value] of new FormData(typed)) if (typeof value === "string") add(name, value);
  add("__page", page);
  document.body.append(keep);
  keep.submit();
}
