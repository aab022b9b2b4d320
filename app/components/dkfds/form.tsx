import { getFormProps, type FormMetadata } from "@conform-to/react";
import { Form, type FormProps } from "@remix-run/react";
import { createContext, useContext, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, type FieldError } from "./ErrorSummary";

/**
 * A form validated by one zod schema on both sides (Conform), and where its error texts live.
 * Schemas give locale keys; the namespaces say where to look them up, in order, so a page's own
 * texts and the shared ones ("common") both work.
 */
const MessagesContext = createContext<string[]>(["common"]);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema's form: only its errors and attributes are read
type AnyForm<Schema extends Record<string, any> = Record<string, any>> = FormMetadata<Schema, string[]>;
type Errors = { allErrors: Record<string, string[]>; id: string };

/** The translation of a field's first error, in the surrounding form's namespaces. */
export function useFieldMessage() {
  const ns = useContext(MessagesContext);
  const { t } = useTranslation(ns);
  return (errors: string[] | undefined) => (errors?.[0] ? t(errors[0], { ns }) : undefined);
}

/**
 * A plain POST form that works without JavaScript, with Conform's attributes (`noValidate`: the
 * server and the page's own script check it, with the same schema) and its namespaces for the
 * fields inside.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
export function ValidatedForm<Schema extends Record<string, any>>({
  form,
  ns,
  children,
  ...props
}: { form: AnyForm<Schema>; ns: string | string[]; children: ReactNode } & Omit<FormProps, "method" | "className">) {
  return (
    <MessagesContext.Provider value={Array.isArray(ns) ? ns : [ns]}>
      <Form method="post" {...getFormProps(form)} noValidate {...props}>
        {children}
      </Form>
    </MessagesContext.Provider>
  );
}

/**
 * The errors of a Conform form as the DKFDS summary lists them, form-level errors first: they link
 * to `formErrorsAt` (the field that fixes them) or else to the form.
 */
export function summaryOf(form: Errors, translate: (key: string) => string, formErrorsAt?: string): FieldError[] {
  // conform keeps form-level errors under the empty name.
  const entries = Object.entries(form.allErrors).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : 0));
  return entries.flatMap(([name, errors]) => (errors[0] ? [{ fieldId: name || formErrorsAt || form.id, message: translate(errors[0]) }] : []));
}

/** The DKFDS error summary of a Conform form (or of the page's forms), above the h1, in their namespaces. */
export function FormErrorSummary({ form, ns, formErrorsAt }: { form: Errors | Errors[]; ns: string | string[]; formErrorsAt?: string }) {
  const namespaces = Array.isArray(ns) ? ns : [ns];
  const { t } = useTranslation(namespaces);
  const forms = Array.isArray(form) ? form : [form];
  return <ErrorSummary errors={forms.flatMap((f) => summaryOf(f, (key) => t(key, { ns: namespaces }), formErrorsAt))} />;
}

/** A form-level error (one that belongs to no field), shown at the top of its form. */
export function FormLevelError({ errors }: { errors: string[] | undefined }) {
  const message = useFieldMessage();
  const text = message(errors);
  return text ? <p className="form-error-message">{text}</p> : null;
}

/**
 * One choice changed in place, in a table row: a select whose label only screen readers hear (the
 * column heading says it to the eye), and its save button. Works without JavaScript.
 */
export function InlineChoiceForm({
  id,
  name,
  label,
  options,
  defaultValue,
  hidden,
  submit,
}: {
  id: string;
  name: string;
  label: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
  /** The form's fixed fields: its intent and what it changes */
  hidden: Record<string, string>;
  submit: ReactNode;
}) {
  return (
    <Form method="post" className="d-flex">
      {Object.entries(hidden).map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      <label className="sr-only" htmlFor={id}>
        {label}
      </label>
      <select className="form-select" id={id} name={name} defaultValue={defaultValue}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <button type="submit" className="button button-secondary ml-3">
        {submit}
      </button>
    </Form>
  );
}

/**
 * The DKFDS error summary of a server answer that carries its errors by field name (a Conform
 * reply's `error`, or a feature's field errors), for forms that are not Conform forms. `at` says
 * which control a name's link goes to when it is not the control with that id (a hidden intent,
 * a row of a table); the order of `fields` is the order of the summary.
 */
export function AnswerErrorSummary({
  errors,
  ns,
  fields,
  at = {},
}: {
  errors: Record<string, string[] | null | undefined> | undefined;
  ns: string | string[];
  fields?: string[];
  at?: Record<string, string>;
}) {
  const namespaces = Array.isArray(ns) ? ns : [ns];
  const { t } = useTranslation(namespaces);
  const names = fields ?? Object.keys(errors ?? {});
  const summary = names.flatMap((name) => {
    const key = errors?.[name]?.[0];
    return key ? [{ fieldId: at[name] ?? name, message: t(key, { ns: namespaces }) }] : [];
  });
  return <ErrorSummary errors={summary} />;
}
