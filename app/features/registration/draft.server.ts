import { eq } from "drizzle-orm";
import { write, type Store } from "../../../db/client";
import { registrationDrafts } from "../../../db/schema";
import { isCode } from "~/features/codelists/codelists.server";
import { store } from "~/utils/store.server";
import { activeRegistration } from "./period.server";
import { maxOccupations, occupationsSchema } from "./schemas";
import { applyAnswers, firstUnanswered, type Draft, type FlowPosition, type StepId } from "./steps";

/**
 * The registration draft: the answers kept per step until the citizen submits, checked against the
 * code lists, with the occupations step's add, remove and "Næste".
 */

export type Options = { db?: Store; now?: Date };

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

export type StepSave = { ok: true; draft: Draft } | { ok: false; fieldErrors: FieldErrors };

/** A step's schema-valid answers: refused by field when a code is not in its list, saved otherwise. */
export function saveStepAnswers(citizenId: string, step: StepId, answers: Partial<Draft>, options: Options = {}): StepSave {
  const fieldErrors = codeErrors(step, answers);
  if (fieldErrors) return { ok: false, fieldErrors };
  return { ok: true, draft: saveStep(citizenId, step, answers, options) };
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

/** What a post on the occupations step asks for: one of its buttons. */
export type OccupationsIntent = { kind: "add"; code: string } | { kind: "remove"; code: string } | { kind: "next" };

export function occupationsIntentOf(formData: FormData): OccupationsIntent {
  const add = formData.get("add");
  if (typeof add === "string") return { kind: "add", code: add };
  const remove = formData.get("remove");
  if (typeof remove === "string") return { kind: "remove", code: remove };
  return { kind: "next" };
}

/** Adds, removes, or (for "Næste") checks that the chosen occupations may be sent on. */
export function changeOccupations(citizenId: string, intent: OccupationsIntent, options: Options = {}): OccupationChange {
  if (intent.kind === "add") return addOccupation(citizenId, intent.code, options);
  if (intent.kind === "remove") return { ok: true, draft: removeOccupation(citizenId, intent.code, options) };
  const draft = loadDraft(citizenId, options.db ?? store());
  const checked = occupationsSchema.safeParse({ occupations: draft.occupations ?? [] });
  if (!checked.success) return { ok: false, error: checked.error.issues[0]?.message ?? "errors.occupations.required" };
  return { ok: true, draft };
}
