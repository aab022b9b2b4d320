import { addDays, daysBetween } from "~/utils/dates";

/**
 * The absence rules as pure functions (DOMAIN.md "Absence", research 2.4). The facts they need —
 * today, the type's attributes from the code list, whether the citizen is registered — are passed
 * in, so every branch is tested without a store. Errors are locale keys of the "absence" namespace.
 */

/** What the "absenceType" code list says about a type. */
export type AbsenceTypeRules = {
  citizenMayReport: boolean;
  /** Days of notice due (ferie: 14); later notice is accepted but the job centre decides */
  noticeDays: number | null;
  /** Cannot start before the day it is reported (sygdom) */
  cannotBackdate: boolean;
  /** Reporting it ends the jobseeker registration, reporting its end restores it (sygdom) */
  endsRegistration: boolean;
};

export function typeRules(attributes: Record<string, string | number | boolean> | null | undefined): AbsenceTypeRules {
  const a = attributes ?? {};
  return {
    citizenMayReport: a.citizenMayReport === true,
    noticeDays: typeof a.noticeDays === "number" ? a.noticeDays : null,
    cannotBackdate: a.cannotBackdate === true,
    endsRegistration: a.endsRegistration === true,
  };
}

export type FieldErrors = Partial<Record<"absenceType" | "startDate" | "endDate" | "comment" | "form", string[]>>;
export type Verdict<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

const fail = <T>(errors: FieldErrors): Verdict<T> => ({ ok: false, errors });

export type NewAbsence = { startDate: string; endDate: string | null };

/**
 * A new absence. `rules` is null when the code is not in the list at all. Only a registered
 * jobseeker reports absence: periodic circumstances matter for "den ledige" who can be placed in a
 * job or summoned (seed 002 § 4 stk. 3, § 8 stk. 5), and sickness ends a registration that must exist.
 */
export function checkNewAbsence(
  input: NewAbsence & { rules: AbsenceTypeRules | null; registered: boolean; today: string },
): Verdict<{ awaitsJobCentreDecision: boolean; endsRegistration: boolean }> {
  const { rules, today, startDate, endDate } = input;
  if (!input.registered) return fail({ form: ["report.errors.notRegistered"] });
  if (!rules || !rules.citizenMayReport) return fail({ absenceType: ["report.errors.absenceType"] });
  const errors: FieldErrors = {};
  if (endDate && endDate < startDate) errors.endDate = ["report.errors.endBeforeStart"];
  if (rules.cannotBackdate) {
    // Sickness is reported on the first day of illness: not before (it cannot be foreseen), not after.
    if (startDate < today) errors.startDate = ["report.errors.sicknessBackdated"];
    else if (startDate > today) errors.startDate = ["report.errors.sicknessFuture"];
  }
  if (rules.endsRegistration && endDate) errors.endDate = ["report.errors.sicknessEndLater"];
  if (Object.keys(errors).length > 0) return fail(errors);
  return {
    ok: true,
    value: {
      awaitsJobCentreDecision: rules.noticeDays !== null && daysBetween(today, startDate) < rules.noticeDays,
      endsRegistration: rules.endsRegistration,
    },
  };
}

export type StoredAbsence = { startDate: string; endDate: string | null; withdrawn: boolean };

export type AbsenceStatus = "withdrawn" | "upcoming" | "current" | "past";

export function absenceStatus(absence: StoredAbsence, today: string): AbsenceStatus {
  if (absence.withdrawn) return "withdrawn";
  if (absence.startDate > today) return "upcoming";
  if (absence.endDate !== null && absence.endDate < today) return "past";
  return "current";
}

/** Only an absence that has not started yet can be withdrawn. */
export function mayWithdraw(absence: StoredAbsence, today: string): boolean {
  return absenceStatus(absence, today) === "upcoming";
}

/** The end date of an absence that is over, or withdrawn, is history and cannot be changed. */
export function mayChangeEnd(absence: StoredAbsence, rules: AbsenceTypeRules, today: string): boolean {
  const status = absenceStatus(absence, today);
  if (status === "withdrawn" || status === "past") return false;
  // Recovery is reported once: it has restored the registration.
  if (rules.endsRegistration && absence.endDate !== null) return false;
  return true;
}

/** The day a registration ended by sickness is restored: the day after the last day of illness. */
export const registrationRestoredOn = (lastSickDay: string) => addDays(lastSickDay, 1);

/**
 * A new end date. For sickness it is the report of recovery: the last day of illness, yesterday or
 * today (recovery is reported on the first healthy day and, like sickness, not backdated); the
 * registration is restored from the day after.
 */
export function checkEndChange(
  input: { absence: StoredAbsence; rules: AbsenceTypeRules; endDate: string | null; today: string },
): Verdict<{ restoreRegistrationOn: string | null }> {
  const { absence, rules, endDate, today } = input;
  if (!mayChangeEnd(absence, rules, today)) return fail({ form: ["change.errors.notChangeable"] });
  if (endDate !== null && endDate < absence.startDate) return fail({ endDate: ["report.errors.endBeforeStart"] });
  if (rules.endsRegistration) {
    if (endDate === null) return fail({ endDate: ["change.errors.recoveryRequired"] });
    if (endDate > today) return fail({ endDate: ["change.errors.recoveryFuture"] });
    if (endDate < addDays(today, -1)) return fail({ endDate: ["change.errors.recoveryBackdated"] });
    return { ok: true, value: { restoreRegistrationOn: registrationRestoredOn(endDate) } };
  }
  return { ok: true, value: { restoreRegistrationOn: null } };
}

/** A period's last day, or the far future when it is open-ended. */
const lastDay = (period: NewAbsence) => period.endDate ?? "9999-12-31";

/**
 * Whether a period shares a day with one of the citizen's other absences of the same type. Two
 * reports of the same holiday or leave for the same days say the same thing twice, and the job
 * centre could not tell which one holds; absences of different types may overlap (sickness during
 * a holiday is reported as such). Withdrawn ones no longer count.
 */
export function overlapsSameType(period: NewAbsence, others: (StoredAbsence & { id: string })[], except?: string): boolean {
  return others.some((other) => other.id !== except && !other.withdrawn && other.startDate <= lastDay(period) && period.startDate <= lastDay(other));
}
