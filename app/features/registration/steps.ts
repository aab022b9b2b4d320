/**
 * The registration flow's step table: a pure function of the draft, kept on the server so it
 * works without JavaScript. Which steps exist, their order, when a step counts as answered, where
 * a citizen may go, and which answers a changed answer clears.
 */

export const stepIds = ["ydelse", "ledighed", "stillinger", "kontakt", "samtykke"] as const;
export type StepId = (typeof stepIds)[number];
/** After the steps: "Tjek dine svar" (the summary). The receipt lies outside the flow. */
export const summaryStep = "tjek" as const;
export type FlowPosition = StepId | typeof summaryStep;

export type YesNo = "ja" | "nej";

/** The answers so far, as kept in `registration_drafts` (every field optional). */
export type Draft = {
  benefitCategory?: string;
  fundMember?: YesNo;
  unemploymentFund?: string;
  unemploymentDegree?: string;
  unemployedFrom?: string;
  occupations?: string[];
  phone?: string;
  email?: string;
  fetch?: YesNo;
  share?: YesNo;
};

/** The fields each step asks for. */
export const stepFields = {
  ydelse: ["benefitCategory", "fundMember", "unemploymentFund"],
  ledighed: ["unemploymentDegree", "unemployedFrom"],
  stillinger: ["occupations"],
  kontakt: ["phone", "email"],
  samtykke: ["fetch", "share"],
} as const satisfies Record<StepId, readonly (keyof Draft)[]>;

export function isStepId(value: unknown): value is StepId {
  return stepIds.includes(value as StepId);
}

export function stepNumber(step: StepId): number {
  return stepIds.indexOf(step) + 1;
}

/** Whether a step holds a complete answer. */
export function isAnswered(step: StepId, draft: Draft): boolean {
  switch (step) {
    case "ydelse":
      if (!draft.benefitCategory || !draft.fundMember) return false;
      return draft.fundMember === "nej" || !!draft.unemploymentFund;
    case "ledighed":
      return !!draft.unemploymentDegree && !!draft.unemployedFrom;
    case "stillinger":
      return (draft.occupations?.length ?? 0) > 0;
    case "kontakt":
      // At least one way to reach the citizen.
      return !!draft.phone || !!draft.email;
    case "samtykke":
      return !!draft.fetch && !!draft.share;
  }
}

/** The first step without a complete answer, or the summary when every step is answered. */
export function firstUnanswered(draft: Draft): FlowPosition {
  return stepIds.find((step) => !isAnswered(step, draft)) ?? summaryStep;
}

function positionIndex(position: FlowPosition): number {
  return position === summaryStep ? stepIds.length : stepIds.indexOf(position);
}

/**
 * Where a request for `wanted` lands: the step itself when every step before it is answered,
 * otherwise the first unanswered step (jumping ahead by URL is not possible).
 */
export function resolveStep(wanted: FlowPosition, draft: Draft): FlowPosition {
  const first = firstUnanswered(draft);
  return positionIndex(wanted) <= positionIndex(first) ? wanted : first;
}

/** The step after `step`: the next step, or the summary after the last. */
export function nextStep(step: StepId): FlowPosition {
  return stepIds[stepIds.indexOf(step) + 1] ?? summaryStep;
}

/** The page before `position`: null before the first step (the flow starts there). */
export function previousStep(position: FlowPosition): StepId | null {
  const index = positionIndex(position);
  return index > 0 ? (stepIds[index - 1] ?? null) : null;
}

/**
 * Where the citizen goes after saving a step: back to the summary when they came from there to
 * change an answer (or to the first step a change left open), else onwards to the next step.
 */
export function afterSaving(step: StepId, draft: Draft, fromSummary: boolean): FlowPosition {
  if (fromSummary) return firstUnanswered(draft);
  return resolveStep(nextStep(step), draft);
}

/**
 * Merges one step's answers into the draft and clears what depends on a changed answer:
 * not a member of an a-kasse (any longer) clears the chosen a-kasse. Pure: returns a new draft.
 */
export function applyAnswers(draft: Draft, step: StepId, answers: Partial<Draft>): Draft {
  const next: Draft = { ...draft };
  for (const field of stepFields[step] as readonly (keyof Draft)[]) {
    const value = answers[field];
    if (value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) delete next[field];
    else (next as Record<string, unknown>)[field] = value;
  }
  if (next.fundMember !== "ja") delete next.unemploymentFund;
  return next;
}

export type StepState = "done" | "current" | "available" | "disabled";

/**
 * The step indicator's view, the summary ("Tjek dine svar") last as DKFDS requires: the current
 * page; answered steps are done and linked; a page the citizen may open but has not answered is
 * available; later pages are disabled. The receipt is never in the indicator.
 */
export function stepStates(current: FlowPosition, draft: Draft): { step: FlowPosition; state: StepState }[] {
  const reachable = positionIndex(firstUnanswered(draft));
  const positions: FlowPosition[] = [...stepIds, summaryStep];
  return positions.map((step, index) => {
    if (step === current) return { step, state: "current" };
    if (index > reachable) return { step, state: "disabled" };
    if (step !== summaryStep && isAnswered(step, draft)) return { step, state: "done" };
    return { step, state: "available" };
  });
}

/** The flow's URLs. */
export function stepHref(position: FlowPosition, options: { fromSummary?: boolean } = {}): string {
  return `/borger/tilmelding/${position}${options.fromSummary ? "?fra=tjek" : ""}`;
}
