import type { Store } from "../../../db/client";
import { codeEntry, codeList, searchOccupations } from "~/features/codelists/codelists.server";
import type { Language } from "~/i18n/config";
import { store } from "~/utils/store.server";
import { formFields, jobOrderIn, type JobOrderRow, type Reader, type Scope } from "./orders.server";

/** What the order forms offer: the values of an order being edited, the occupations to pick and the code lists' options. */

/** The form's values for editing an order. */
export function formValues(row: JobOrderRow): Record<string, string> {
  const values: Record<string, string | number | null> = formFields(row);
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === null ? "" : String(v)]));
}

/**
 * The occupations the form offers as radio buttons: the one already chosen (so a search never
 * loses it) and those matching the search words. The form works without JavaScript this way: the
 * search is a submit button of the same form, answered with the typed values kept.
 */
export function occupationChoices(query: string | null, chosen: string | null, lng: Language, db: Reader = store()) {
  const current = chosen ? codeEntry("occupation", chosen, lng, db) : null;
  const found = query ? searchOccupations(query, lng, 20, db) : [];
  return [...(current ? [current] : []), ...found.filter((o) => o.code !== current?.code)].map((o) => ({ value: o.code, label: o.label }));
}

/** A code list as the options of a select or a radio group, in the user's language. */
export const listOptions = (list: string, lng: Language, db: Reader = store()) => codeList(list, lng, db).map((o) => ({ value: o.code, label: o.label }));

/** The code lists the form's selects offer. */
export function formOptions(lng: Language, db: Reader = store()) {
  return { jobOrderTypes: listOptions("jobOrderType", lng, db), workingTimes: listOptions("workingTime", lng, db) };
}

/** What the edit page needs: the order's values for the form, its occupation and the selects' options. */
export function editableOrder(scope: Scope, id: string, lng: Language, db: Store = store()) {
  const row = jobOrderIn(scope, id, db);
  if (!row) return null;
  return { id: row.id, title: row.title, values: formValues(row), occupations: occupationChoices(null, row.occupation, lng, db), options: formOptions(lng, db) };
}

/** The statuses staff may set on an order and on a person on its log, in the user's language. */
export function staffStatusOptions(lng: Language, db: Reader = store()) {
  return { statuses: listOptions("jobOrderStatus", lng, db), placementStatuses: listOptions("placementStatus", lng, db) };
}

