import { receiptReference } from "~/utils/receipt";
import type { Store } from "../../../db/client";
import { write } from "../../../db/client";
import { awaitsReporting } from "~/foundation/outbox.server";
import { activeRegistration, endRegistration, registrationHistory } from "~/features/registration/period.server";
import type { Language } from "~/i18n/config";
import { store } from "~/utils/store.server";
import { codeEntry, codeList } from "~/features/codelists/codelists.server";
import { danishDate } from "~/utils/dates";
import { checkDeregistration, reasonRules, type DeregistrationErrors } from "./rules";

/**
 * Deregistration as jobseeker (seed 002 § 8 stk. 2): the citizen ends the active period with a
 * reason and a date; the period is kept as history and the citizen can register again.
 */

type Options = { db?: Store; now?: Date };

/** The reasons a citizen may pick (system reasons left out), in the list's order. */
export function citizenReasons(lng: Language, db: Store = store()) {
  return codeList("deregistrationReason", lng, db)
    .filter((entry) => !reasonRules(entry.attributes).system)
    .map((entry) => ({ code: entry.code, label: entry.label }));
}

export function reasonLabel(code: string, lng: Language, db: Store = store()): string {
  return codeEntry("deregistrationReason", code, lng, db)?.label ?? code;
}

/** Whether the citizen is registered now, and since when. */
export function deregistrationStart(citizenId: string, options: Options = {}) {
  const db = options.db ?? store();
  const active = activeRegistration(db, citizenId);
  return { registered: !!active, registeredOn: active?.registeredOn ?? null, today: danishDate(options.now ?? new Date()) };
}

/** Checks the answers without storing anything (the "Er du sikker?" page shows them first). */
export function checkAnswers(citizenId: string, answers: { reason: string; deregisteredOn: string }, options: Options = {}) {
  const db = options.db ?? store();
  const entry = codeEntry("deregistrationReason", answers.reason, "da", db);
  return checkDeregistration({
    reason: entry ? reasonRules(entry.attributes) : null,
    deregisteredOn: answers.deregisteredOn,
    today: danishDate(options.now ?? new Date()),
    registered: !!activeRegistration(db, citizenId),
  });
}

/** Ends the active registration with the citizen's reason and date, reported in the same transaction. */
export function deregister(
  citizenId: string,
  answers: { reason: string; deregisteredOn: string },
  options: Options = {},
): { ok: true; registrationId: string } | { ok: false; errors: DeregistrationErrors } {
  const db = options.db ?? store();
  const now = options.now ?? new Date();
  return write(db, (tx) => {
    const entry = codeEntry("deregistrationReason", answers.reason, "da", tx);
    const verdict = checkDeregistration({
      reason: entry ? reasonRules(entry.attributes) : null,
      deregisteredOn: answers.deregisteredOn,
      today: danishDate(now),
      registered: !!activeRegistration(tx, citizenId),
    });
    if (!verdict.ok) return verdict;
    const registrationId = endRegistration(tx, citizenId, { on: answers.deregisteredOn, reason: answers.reason, now });
    return { ok: true as const, registrationId };
  });
}

type Answers = { reason: string; deregisteredOn: string };

/**
 * Where the two-step flow goes next, with no state kept between the steps: "review" checks the
 * answers and asks "Er du sikker?" with them; "edit" goes back to the form with them; "confirm"
 * checks them again and deregisters. A refusal goes back to the form with its errors.
 */
export type DeregistrationStep =
  | { step: "form"; answers: Answers; errors?: DeregistrationErrors }
  | { step: "confirm"; answers: Answers }
  | { step: "done"; registrationId: string };

export function deregistrationStep(citizenId: string, intent: "review" | "edit" | "confirm", answers: Answers, options: Options = {}): DeregistrationStep {
  if (intent === "edit") return { step: "form", answers };
  if (intent === "review") {
    const verdict = checkAnswers(citizenId, answers, options);
    return verdict.ok ? { step: "confirm", answers } : { step: "form", answers, errors: verdict.errors };
  }
  const done = deregister(citizenId, answers, options);
  return done.ok ? { step: "done", registrationId: done.registrationId } : { step: "form", answers, errors: done.errors };
}

/** The receipt: the last ended period, its date and reason, and whether it has reached the foundation. */
export function deregistrationReceipt(citizenId: string, options: Options & { lng?: Language } = {}) {
  const db = options.db ?? store();
  const history = registrationHistory(db, citizenId);
  const [last] = history;
  if (!last || last.status !== "ended" || !last.endedOn || !last.endReason) return null;
  return {
    reference: receiptReference(last.id),
    registeredOn: last.registeredOn,
    deregisteredOn: last.endedOn,
    reason: last.endReason,
    reasonLabel: reasonLabel(last.endReason, options.lng ?? "da", db),
    awaitsReporting: awaitsReporting(db, "citizen", citizenId),
    periods: history.map((p) => ({ registeredOn: p.registeredOn, endedOn: p.endedOn, status: p.status })),
  };
}
