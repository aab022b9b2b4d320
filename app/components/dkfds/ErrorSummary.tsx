import { useEffect, useRef, type MouseEvent } from "react";
import { useTranslation } from "react-i18next";
import { useReportErrorsShown } from "~/i18n/error-title";

export type FieldError = { fieldId: string; message: string };

// Without JavaScript the link jumps to the field; with it, the field also takes focus, as the
// DKFDS error summary script does.
function focusField(event: MouseEvent<HTMLAnchorElement>) {
  const id = event.currentTarget.hash.slice(1);
  const field = document.getElementById(id);
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.scrollIntoView({ block: "center" });
}

/**
 * DKFDS error summary, above the h1: one link per problem to its field, with the same text as
 * the field's own message. It takes focus when it appears, so keyboard and screen-reader users
 * start from it.
 */
export function ErrorSummary({ errors }: { errors: FieldError[] }) {
  const { t } = useTranslation("shell");
  const ref = useRef<HTMLDivElement>(null);
  const shown = errors.length > 0;
  useReportErrorsShown(shown);
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown, errors]);
  if (!shown) return null;
  return (
    <nav aria-labelledby="error-summary-heading">
      <div className="alert alert-error" role="alert" ref={ref} tabIndex={-1}>
        <div className="alert-body">
          <h2 className="alert-heading" id="error-summary-heading">
            {t("form.errorSummary")}
          </h2>
          <ul className="nobullet-list">
            {errors.map((error) => (
              <li key={error.fieldId}>
                <a className="function-link" href={`#${error.fieldId}`} onClick={focusField}>
                  {error.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </nav>
  );
}
