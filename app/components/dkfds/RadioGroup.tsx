import type { FieldMetadata } from "@conform-to/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useFieldMessage } from "./form";

/**
 * A DKFDS radio group: fieldset, legend, hint and error message tied to the inputs by
 * aria-describedby. The error links in the summary point at the first option. Given Conform's
 * `meta`, it takes its name, the choice last sent and its translated error from it (inside a
 * `ValidatedForm`); `value` is the choice to show when nothing was sent yet.
 */
export function RadioGroup(props: {
  name?: string;
  meta?: FieldMetadata<unknown>;
  legend: ReactNode;
  hint?: string;
  options: { value: string; label: string }[];
  value?: string;
  error?: string;
}) {
  const { legend, hint, options, meta } = props;
  const message = useFieldMessage();
  const name = props.name ?? meta?.name ?? "";
  const sent = typeof meta?.initialValue === "string" ? meta.initialValue : undefined;
  const value = sent ?? props.value;
  const error = props.error ?? (meta ? message(meta.errors) : undefined);
  const { t } = useTranslation("shell");
  const hintId = `${name}-hint`;
  const errorId = `${name}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={error ? "form-group form-error" : "form-group"}>
      <fieldset aria-describedby={describedBy}>
        <legend className="form-label">{legend}</legend>
        {hint ? (
          <span className="form-hint" id={hintId}>
            {hint}
          </span>
        ) : null}
        {error ? (
          <span className="form-error-message" id={errorId}>
            <span className="sr-only">{t("form.errorPrefix")} </span>
            {error}
          </span>
        ) : null}
        <ul className="nobullet-list" role="presentation">
          {options.map((option, index) => (
            <li key={option.value}>
              <input
                type="radio"
                className="form-radio"
                id={index === 0 ? name : `${name}-${option.value}`}
                name={name}
                value={option.value}
                defaultChecked={value === option.value}
              />
              <label htmlFor={index === 0 ? name : `${name}-${option.value}`}>{option.label}</label>
            </li>
          ))}
        </ul>
      </fieldset>
    </div>
  );
}
