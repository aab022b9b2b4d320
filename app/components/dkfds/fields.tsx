import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { useTranslation } from "react-i18next";

/**
 * DKFDS form fields. Each owns its label, hint, error message, `aria-invalid` and
 * `aria-describedby`, so every field is announced the same way. `error` is the translated text,
 * identical to the error summary's link text.
 */
type Common = { id: string; label: ReactNode; hint?: string; error?: string };

function describedBy(id: string, hint?: string, error?: string) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

function HintAndError({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  const { t } = useTranslation("shell");
  return (
    <>
      {hint ? (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span className="form-error-message" id={`${id}-error`}>
          <span className="sr-only">{t("form.errorPrefix")} </span>
          {error}
        </span>
      ) : null}
    </>
  );
}

/** The DKFDS form group around one control: label, hint and error message. */
function FieldGroup({ id, label, hint, error, children }: Common & { children: ReactNode }) {
  return (
    <div className={error ? "form-group form-error" : "form-group"}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}

/** What every control carries so its label, hint and error are announced with it. */
function controlProps(id: string, hint?: string, error?: string) {
  return { id, name: id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy(id, hint, error) };
}

export function TextField({ id, label, hint, error, ...input }: Common & Omit<InputHTMLAttributes<HTMLInputElement>, "id">) {
  return (
    <FieldGroup id={id} label={label} hint={hint} error={error}>
      <input className="form-input" type="text" {...controlProps(id, hint, error)} {...input} />
    </FieldGroup>
  );
}

export function TextArea({ id, label, hint, error, ...input }: Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id">) {
  return (
    <FieldGroup id={id} label={label} hint={hint} error={error}>
      <textarea className="form-input" rows={5} {...controlProps(id, hint, error)} {...input} />
    </FieldGroup>
  );
}

export function Select({
  id,
  label,
  hint,
  error,
  options,
  placeholder,
  ...select
}: Common & { options: { value: string; label: string }[]; placeholder?: string } & Omit<SelectHTMLAttributes<HTMLSelectElement>, "id">) {
  return (
    <FieldGroup id={id} label={label} hint={hint} error={error}>
      <select className="form-select" {...controlProps(id, hint, error)} {...select}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldGroup>
  );
}

/**
 * A date as one ISO field (`<input type="date">`): the browser's own picker, a plain
 * YYYY-MM-DD text field where there is none, and the server checks the date either way.
 */
export function DateField({ id, label, hint, error, ...input }: Common & Omit<InputHTMLAttributes<HTMLInputElement>, "id">) {
  return <TextField id={id} label={label} hint={hint} error={error} type="date" className="form-input input-width-s" {...input} />;
}

export function Checkbox({ id, label, hint, error, ...input }: Common & Omit<InputHTMLAttributes<HTMLInputElement>, "id">) {
  return (
    <div className={error ? "form-group form-error" : "form-group"}>
      <HintAndError id={id} hint={hint} error={error} />
      <input className="form-checkbox" type="checkbox" {...controlProps(id, hint, error)} aria-invalid={undefined} {...input} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
