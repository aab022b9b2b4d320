import { data, redirect } from "@remix-run/node";
import * as z from "zod";
import type { Language } from "~/i18n/config";
import { occupationChoices } from "./form-options.server";
import { type ChangeResult } from "./orders.server";
import { findOccupationIntent, jobOrderSchema, type JobOrderInput } from "./schemas";
import { parseSubmission } from "~/utils/forms.server";

/**
 * The action behind JobOrderForm, shared by the employer's and the staff's create and edit pages:
 * the occupation search answers with the typed values kept and the matches; a bad form answers
 * 400 with the field messages; a good one is saved by `save` and redirects to `done(id)`.
 */
export function jobOrderFormAction<T>(formData: FormData, lng: Language, save: (input: JobOrderInput) => ChangeResult<T>, done: (value: T) => string, now = new Date()) {
  const chosen = String(formData.get("occupation") ?? "") || null;
  if (formData.get("intent") === findOccupationIntent) {
    const kept = parseSubmission(formData, { schema: z.object({}).loose() }).reply();
    const query = String(formData.get("occupationQuery") ?? "").slice(0, 100);
    return data({ result: { ...kept, status: undefined }, occupations: occupationChoices(query, chosen, lng) });
  }
  const submission = parseSubmission(formData, { schema: jobOrderSchema(now) });
  const occupations = occupationChoices(null, chosen, lng);
  if (submission.status !== "success") return data({ result: submission.reply(), occupations }, { status: 400 });
  const saved = save(submission.value);
  if (!saved.ok) return data({ result: submission.reply({ fieldErrors: saved.errors }), occupations }, { status: 400 });
  return redirect(done(saved.value));
}
