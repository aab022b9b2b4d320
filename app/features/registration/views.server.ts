import { receiptReference } from "~/utils/receipt";
import { eq } from "drizzle-orm";
import type { Store } from "../../../db/client";
import { citizens } from "../../../db/schema";
import { codeLabel, codeList, searchOccupations } from "~/features/codelists/codelists.server";
import { consentOf } from "~/features/consent/consent.server";
import { maskCpr } from "~/features/people/cpr";
import { awaitsReporting } from "~/foundation/outbox.server";
import type { Language } from "~/i18n/config";
import { store } from "~/utils/store.server";
import { loadDraft } from "./draft.server";
import { activeRegistration, registrationHistory } from "./period.server";
import { todayIso } from "./schemas";
import type { Draft, StepId } from "./steps";
import type { RegistrationView } from "./view";
import { formatDateTime } from "~/utils/dates";

/** What the registration's pages show: a step's choices, "Tjek dine svar", the receipt and "Min side". */

/** The draft with every code shown by its label, for "Tjek dine svar". */
export function draftSummary(draft: Draft, lng: Language) {
  return {
    benefitCategory: draft.benefitCategory ? codeLabel("benefitCategory", draft.benefitCategory, lng) : null,
    fundMember: draft.fundMember ?? null,
    unemploymentFund: draft.unemploymentFund ? codeLabel("unemploymentFund", draft.unemploymentFund, lng) : null,
    unemploymentDegree: draft.unemploymentDegree ? codeLabel("unemploymentDegree", draft.unemploymentDegree, lng) : null,
    unemployedFrom: draft.unemployedFrom ?? null,
    occupations: (draft.occupations ?? []).map((code) => ({ code, title: codeLabel("occupation", code, lng) })),
    phone: draft.phone ?? null,
    email: draft.email ?? null,
    fetch: draft.fetch ?? null,
    share: draft.share ?? null,
  };
}

/** Name and masked CPR from the login, never typed. */
export function whoIsRegistering(citizenId: string, db: Store = store()) {
  const row = db.select().from(citizens).where(eq(citizens.id, citizenId)).get();
  if (!row) return null;
  return { name: row.name, cprMasked: maskCpr(row.cpr) };
}

/** A moment shown as the citizen reads it: Danish time, in their language. */
export function formatMoment(at: Date, lng: Language): string {
  return formatDateTime(at, lng);
}

/** The active registration as the receipt shows it, or null. */
export function registrationView(citizenId: string, lng: Language, db: Store = store()): RegistrationView | null {
  const active = activeRegistration(db, citizenId);
  const person = whoIsRegistering(citizenId, db);
  if (!active || !person) return null;
  const { consent } = consentOf(citizenId, db);
  return {
    reference: receiptReference(active.id),
    person,
    registeredOn: active.registeredOn,
    registeredAt: formatMoment(active.createdAt, lng),
    benefitCategory: codeLabel("benefitCategory", active.benefitCategory, lng),
    unemploymentFund: active.unemploymentFund ? codeLabel("unemploymentFund", active.unemploymentFund, lng) : null,
    unemploymentDegree: codeLabel("unemploymentDegree", active.unemploymentDegree, lng),
    unemployedFrom: active.unemployedFrom,
    occupations: active.occupations.map((code) => ({ code, title: codeLabel("occupation", code, lng) })),
    phone: active.phone,
    email: active.email,
    consents: consent
      ? { fetch: { given: consent.fetchGiven, on: consent.fetchOn }, share: { given: consent.shareGiven, on: consent.shareOn } }
      : null,
    awaitsReporting: awaitsReporting(db, "citizen", citizenId),
  };
}

export type RegistrationOverview = {
  active: {
    registeredOn: string;
    benefitCategory: string;
    unemploymentDegree: string;
    occupations: number;
    awaitsReporting: boolean;
  } | null;
  /** Periods that have ended (the history is kept). */
  ended: number;
  /** A registration begun but not submitted. */
  draftInProgress: boolean;
};

/** For "Min side": the registration status in a few facts, labels in the user's language. */
export function registrationOverview(citizenId: string, lng: Language, db: Store = store()): RegistrationOverview {
  const history = registrationHistory(db, citizenId);
  const active = history.find((period) => period.status === "active");
  return {
    active: active
      ? {
          registeredOn: active.registeredOn,
          benefitCategory: codeLabel("benefitCategory", active.benefitCategory, lng),
          unemploymentDegree: codeLabel("unemploymentDegree", active.unemploymentDegree, lng),
          occupations: active.occupations.length,
          awaitsReporting: awaitsReporting(db, "citizen", citizenId),
        }
      : null,
    ended: history.filter((period) => period.status === "ended").length,
    draftInProgress: !active && Object.keys(loadDraft(citizenId, db)).length > 0,
  };
}

/**
 * What one step's page needs besides the draft: the choices of its code lists in the user's
 * language, the occupation search's hits, and (on the first step) who is registering.
 */
export function stepPage(citizenId: string, step: StepId, draft: Draft, lng: Language, search: { q: string; now?: Date }) {
  const options = (list: string) => codeList(list, lng).map((o) => ({ value: o.code, label: o.label }));
  const { q } = search;
  return {
    person: step === "ydelse" ? whoIsRegistering(citizenId) : null,
    benefitCategories: step === "ydelse" ? options("benefitCategory") : [],
    unemploymentFunds: step === "ydelse" ? options("unemploymentFund") : [],
    unemploymentDegrees: step === "ledighed" ? options("unemploymentDegree") : [],
    today: todayIso(search.now),
    q,
    results: step === "stillinger" && q ? searchOccupations(q, lng).map((o) => ({ code: o.code, title: o.label })) : [],
    chosen: (draft.occupations ?? []).map((code) => ({ code, title: codeLabel("occupation", code, lng) })),
  };
}

export type StepPage = ReturnType<typeof stepPage>;
