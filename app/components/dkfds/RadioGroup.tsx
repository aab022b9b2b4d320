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
  /** An option's `hint` explains it under its label (tied to its input by aria-describedby). */
  options: { value: string; label: string; hint?: string }[];
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
          {options.map((option, index) => {
            const id = index === 0 ? name : `${name}-${option.value}`;
            return (
              <li key={option.value}>
                <input
                  type="radio"
                  className="form-radio"
                  id={id}
                  name={name}
                  value={option.value}
                  defaultChecked={value === option.value}
                  aria-describedby={option.hint ? `${id}-option-hint` : undefined}
                />
                <label htmlFor={id}>{option.label}</label>
                {option.hint ? (
                  <span className="form-hint option-hint" id={`${id}-option-hint`}>
                    {option.hint}
                  </span>
                ) : null}
              </li>
            );
          })}
        </ul>
      </fieldset>
    </div>
  );
}
