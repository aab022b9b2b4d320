import { eq } from "drizzle-orm";
import { write, type Store } from "../../../db/client";
import { citizens, registrationDrafts } from "../../../db/schema";
import { codeLabel, isCode } from "~/features/codelists/codelists.server";
import { consentOf } from "~/features/consent/consent.server";
import { maskCpr } from "~/features/people/cpr";
import { awaitsReporting } from "~/foundation/outbox.server";
import type { Language } from "~/i18n/config";
import { store } from "~/utils/store.server";
import { activeRegistration, registrationHistory, startRegistration, type RegistrationAnswers } from "./period.server";
import type { RegistrationView } from "./view";
import { completeDraftSchema, maxOccupations, todayIso } from "./schemas";
import { applyAnswers, firstUnanswered, stepFields, stepIds, type Draft, type FlowPosition, type StepId } from "./steps";

/**
 * The registration flow on the server: the draft kept per step, the checks against the code lists,
 * the submit that starts the registration period, and what the receipt and "Min side" show.
 */

type Options = { db?: Store; now?: Date };

const draftKeys = [
  "benefitCategory",
  "fundMember",
  "unemploymentFund",
  "unemploymentDegree",
  "unemployedFrom",
  "occupations",
  "phone",
  "email",
  "fetch",
  "share",
] as const satisfies readonly (keyof Draft)[];

/** Keeps only what a draft may hold, so an odd row never reaches a page. */
function cleanDraft(raw: Record<string, unknown> | undefined): Draft {
  const draft: Record<string, unknown> = {};
  for (const key of draftKeys) {
    const value = raw?.[key];
    if (key === "occupations") {
      if (Array.isArray(value)) draft.occupations = value.filter((v): v is string => typeof v === "string");
    } else if (typeof value === "string" && value !== "") draft[key] = value;
  }
  return draft as Draft;
}

export function loadDraft(citizenId: string, db: Store = store()): Draft {
  const row = db.select().from(registrationDrafts).where(eq(registrationDrafts.citizenId, citizenId)).get();
  return cleanDraft(row?.answers);
}

function saveDraft(db: Store, citizenId: string, draft: Draft, now: Date): void {
  const values = { citizenId, answers: draft as Record<string, unknown>, updatedAt: now };
  db.insert(registrationDrafts)
    .values(values)
    .onConflictDoUpdate({ target: registrationDrafts.citizenId, set: { answers: values.answers, updatedAt: now } })
    .run();
}

/** Where the citizen stands: an active registration (the flow is closed), or the draft. */
export function flowState(citizenId: string, db: Store = store()): { registered: boolean; draft: Draft; first: FlowPosition } {
  const registered = !!activeRegistration(db, citizenId);
  const draft = loadDraft(citizenId, db);
  return { registered, draft, first: firstUnanswered(draft) };
}

export type FieldErrors = Record<string, string[]>;

/**
 * The codes of one step's answers checked against the code lists. Returns field errors (locale
 * keys) or null. `isCode` reads the portal's store: the code lists are the same in every store.
 */
export function codeErrors(step: StepId, answers: Partial<Draft>): FieldErrors | null {
  const errors: FieldErrors = {};
  if (step === "ydelse") {
    if (answers.benefitCategory && !isCode("benefitCategory", answers.benefitCategory)) errors.benefitCategory = ["errors.benefitCategory"];
    if (answers.unemploymentFund && !isCode("unemploymentFund", answers.unemploymentFund)) errors.unemploymentFund = ["errors.unemploymentFund"];
  }
  if (step === "ledighed" && answers.unemploymentDegree && !isCode("unemploymentDegree", answers.unemploymentDegree)) {
    errors.unemploymentDegree = ["errors.unemploymentDegree"];
  }
  return Object.keys(errors).length > 0 ? errors : null;
}

/** Saves one step's (already validated and code-checked) answers, clearing what depends on them. */
export function saveStep(citizenId: string, step: StepId, answers: Partial<Draft>, options: Options = {}): Draft {
  const db = options.db ?? store();
  const now = options.now ?? new Date();
  return write(db, () => {
    const next = applyAnswers(loadDraft(citizenId, db), step, answers);
    saveDraft(db, citizenId, next, now);
    return next;
  });
}

export type OccupationChange = { ok: true; draft: Draft } | { ok: false; error: string };

/** Adds one occupation from the list (at most 200, each once). */
export function addOccupation(citizenId: string, code: string, options: Options = {}): OccupationChange {
  const db = options.db ?? store();
  if (!isCode("occupation", code)) return { ok: false, error: "errors.occupations.unknown" };
  return write(db, () => {
    const draft = loadDraft(citizenId, db);
    const list = draft.occupations ?? [];
    if (list.includes(code)) return { ok: true, draft };
    if (list.length >= maxOccupations) return { ok: false, error: "errors.occupations.tooMany" };
    const next = applyAnswers(draft, "stillinger", { occupations: [...list, code] });
    saveDraft(db, citizenId, next, options.now ?? new Date());
    return { ok: true, draft: next };
  });
}

export function removeOccupation(citizenId: string, code: string, options: Options = {}): Draft {
  const db = options.db ?? store();
  return write(db, () => {
    const draft = loadDraft(citizenId, db);
    const next = applyAnswers(draft, "stillinger", { occupations: (draft.occupations ?? []).filter((c) => c !== code) });
    saveDraft(db, citizenId, next, options.now ?? new Date());
    return next;
  });
}

export class IncompleteDraft extends Error {
  constructor(readonly step: FlowPosition) {
    super("the registration draft is not complete");
  }
}

/** The step that asks for a field (the first step when the problem is not one field's). */
export function stepOfField(field: PropertyKey | undefined): StepId {
  const found = stepIds.find((step) => (stepFields[step] as readonly PropertyKey[]).includes(field ?? ""));
  return found ?? "ydelse";
}

function answersOf(draft: Draft): RegistrationAnswers {
  return {
    benefitCategory: draft.benefitCategory!,
    unemploymentDegree: draft.unemploymentDegree!,
    unemployedFrom: draft.unemployedFrom!,
    unemploymentFund: draft.fundMember === "ja" ? (draft.unemploymentFund ?? null) : null,
    occupations: draft.occupations ?? [],
    phone: draft.phone ?? null,
    email: draft.email ?? null,
    consents: { fetch: draft.fetch === "ja", share: draft.share === "ja" },
  };
}

/**
 * Submits the draft: checks it whole once more (codes included), starts the registration period
 * with its report to the foundation and deletes the draft, all in one transaction. Throws
 * `AlreadyRegistered` or `IncompleteDraft` (with the step to send the citizen to).
 */
export function submitRegistration(citizenId: string, options: Options = {}): string {
  const db = options.db ?? store();
  const now = options.now ?? new Date();
  return write(db, (tx) => {
    const draft = loadDraft(citizenId, db);
    const first = firstUnanswered(draft);
    if (first !== "tjek") throw new IncompleteDraft(first);
    const checked = completeDraftSchema(todayIso(now)).safeParse(draft);
    if (!checked.success) throw new IncompleteDraft(stepOfField(checked.error.issues[0]?.path[0]));
    if (codeErrors("ydelse", draft)) throw new IncompleteDraft("ydelse");
    if (codeErrors("ledighed", draft)) throw new IncompleteDraft("ledighed");
    if (!(draft.occupations ?? []).every((c) => isCode("occupation", c))) throw new IncompleteDraft("stillinger");
    const id = startRegistration(tx, citizenId, answersOf(draft), { registeredOn: todayIso(now), now });
    tx.delete(registrationDrafts).where(eq(registrationDrafts.citizenId, citizenId)).run();
    return id;
  });
}

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
  return new Intl.DateTimeFormat(lng === "en" ? "en-GB" : "da-DK", {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Europe/Copenhagen",
  }).format(at);
}

/** The active registration as the receipt shows it, or null. */
export function registrationView(citizenId: string, lng: Language, db: Store = store()): RegistrationView | null {
  const active = activeRegistration(db, citizenId);
  const person = whoIsRegistering(citizenId, db);
  if (!active || !person) return null;
  const { consent } = consentOf(citizenId, db);
  return {
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
