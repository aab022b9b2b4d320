import type { FieldMetadata } from "@conform-to/react";
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { useTranslation } from "react-i18next";
import { useFieldMessage } from "./form";

/**
 * DKFDS form fields. Each owns its label, hint, error message, `aria-invalid` and
 * `aria-describedby`, so every field is announced the same way. Given Conform's field metadata
 * (`meta`), a field takes its name, what was typed and its translated error from it (inside a
 * `ValidatedForm`, whose namespace holds the error texts); `id`, `defaultValue` and `error` can
 * still be given by hand. The error text is identical to the error summary's link text.
 */
type Common = { id?: string; meta?: FieldMetadata<unknown>; label: ReactNode; hint?: string; error?: string };

/** What was typed (after a refused submit) or the form's default, when it is text. */
export const initialText = (field: FieldMetadata<unknown>) => (typeof field.initialValue === "string" ? field.initialValue : undefined);

/** The id, the shown value and the translated error of a field, from its metadata or its props. */
function useResolved<T extends { id?: string; meta?: FieldMetadata<unknown>; error?: string; defaultValue?: unknown }>(props: T) {
  const message = useFieldMessage();
  const { meta, ...rest } = props;
  const id = props.id ?? meta?.name ?? "";
  const error = props.error ?? (meta ? message(meta.errors) : undefined);
  const defaultValue = props.defaultValue ?? (meta ? initialText(meta) : undefined);
  return { ...rest, id, error, defaultValue: defaultValue as string | undefined };
}

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
function FieldGroup({ id, label, hint, error, children }: Omit<Common, "meta"> & { id: string; children: ReactNode }) {
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

/** DKFDS input widths: a field is as wide as what it takes (a time, a number, a name). */
export type InputWidth = "xxs" | "xs" | "s" | "m" | "l" | "xl";

export function TextField(props: Common & { width?: InputWidth } & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "className" | "width">) {
  const { id, label, hint, error, width, ...input } = useResolved(props);
  return (
    <FieldGroup id={id} label={label} hint={hint} error={error}>
      <input className={width ? `form-input input-width-${width}` : "form-input"} type="text" {...controlProps(id, hint, error)} {...input} />
    </FieldGroup>
  );
}

export function TextArea(props: Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "className">) {
  const { id, label, hint, error, ...input } = useResolved(props);
  return (
    <FieldGroup id={id} label={label} hint={hint} error={error}>
      <textarea className="form-input" rows={5} {...controlProps(id, hint, error)} {...input} />
    </FieldGroup>
  );
}

export function Select(props: Common & { options: { value: string; label: string }[]; placeholder?: string } & Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "className">) {
  const { id, label, hint, error, options, placeholder, ...select } = useResolved(props);
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
export function DateField(props: Common & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "className" | "width">) {
  return <TextField type="date" width="s" {...props} />;
}

/** A checkbox; with `meta`, checked when the form last held "on". */
export function Checkbox(props: Common & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "className">) {
  const checked = props.defaultChecked ?? (props.meta ? props.meta.initialValue === "on" : undefined);
  const { id, label, hint, error, defaultValue: _unused, ...input } = useResolved({ ...props, defaultChecked: checked });
  return (
    <div className={error ? "form-group form-error" : "form-group"}>
      <HintAndError id={id} hint={hint} error={error} />
      <input className="form-checkbox" type="checkbox" {...controlProps(id, hint, error)} aria-invalid={undefined} {...input} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
