import { eq } from "drizzle-orm";
import { write } from "../../../db/client";
import { registrationDrafts } from "../../../db/schema";
import { isCode } from "~/features/codelists/codelists.server";
import { store } from "~/utils/store.server";
import { codeErrors, loadDraft, type Options } from "./draft.server";
import { startRegistration, type RegistrationAnswers } from "./period.server";
import { completeDraftSchema, todayIso } from "./schemas";
import { firstUnanswered, stepFields, stepIds, type Draft, type FlowPosition, type StepId } from "./steps";

/** Sending the registration: the whole draft checked once more, then the registration period begins. */

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
