import { and, asc, eq } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { write, type Store, type WriteTx } from "../../../db/client";
import { absences, citizens, outbox } from "../../../db/schema";
import type { Compensation } from "~/foundation/registry.server";
import { enqueue } from "~/foundation/outbox.server";
import { activeRegistration, endRegistration, registrationHistory, restoreRegistration } from "~/features/registration/period.server";
import type { Language } from "~/i18n/config";
import { store } from "~/utils/store.server";
import { codeEntry, codeList } from "~/features/codelists/codelists.server";
import { danishDate } from "~/utils/dates";
import { absenceStatus, checkEndChange, checkNewAbsence, mayChangeEnd, mayWithdraw, overlapsSameType, registrationRestoredOn, typeRules, type AbsenceStatus, type FieldErrors } from "./rules";
import { NotFound } from "~/utils/not-found.server";

/**
 * Absence (periodiske forhold, seed 002 § 4 stk. 3, § 8 stk. 5): report, list, change the end date,
 * withdraw. Every change is one transaction with its report to the foundation; sickness ends the
 * jobseeker registration and recovery restores it, in the same transaction.
 */

/** The system reason a sickness report ends the registration with ("deregistrationReason" list). */
export const sicknessReason = "sygemelding";

type Options = { db?: Store; now?: Date };
type Row = typeof absences.$inferSelect;

/** No such absence for this citizen. */
export class AbsenceNotFound extends NotFound {
  constructor() {
    super("absence");
  }
}

export type AbsenceView = {
  id: string;
  absenceType: string;
  typeLabel: string;
  startDate: string;
  endDate: string | null;
  comment: string | null;
  reportedOn: string;
  withdrawn: boolean;
  awaitsJobCentreDecision: boolean;
  /** The job centre's decision on a holiday that awaited it, with its day and (refused) its reason */
  decision: { decision: "approved" | "refused"; decidedOn: string; reason: string | null; by: string | null } | null;
  /** A change of it is still on its way to the foundation ("afventer indberetning") */
  awaitsReporting: boolean;
  status: AbsenceStatus;
  mayWithdraw: boolean;
  mayChangeEnd: boolean;
  /** Sickness: its end date is the report of recovery */
  isSickness: boolean;
  /** Sickness with its recovery reported: the day the registration is restored */
  restoredFrom: string | null;
};

/** Absence ids with a report still pending, for this citizen. */
function pendingAbsenceIds(db: Pick<Store, "select">, citizenId: string): Set<string> {
  const rows = db
    .select({ message: outbox.message })
    .from(outbox)
    .where(and(eq(outbox.aggregateType, "citizen"), eq(outbox.aggregateId, citizenId), eq(outbox.messageType, "absence"), eq(outbox.status, "pending")))
    .all();
  return new Set(rows.map((r) => (r.message as { data?: { absenceId?: string } }).data?.absenceId).filter((id): id is string => !!id));
}

function view(db: Pick<Store, "select">, row: Row, lng: Language, today: string, pending: Set<string>): AbsenceView {
  const entry = codeEntry("absenceType", row.absenceType, lng, db);
  const rules = typeRules(entry?.attributes);
  return {
    id: row.id,
    absenceType: row.absenceType,
    typeLabel: entry?.label ?? row.absenceType,
    startDate: row.startDate,
    endDate: row.endDate,
    comment: row.comment,
    reportedOn: row.reportedOn,
    withdrawn: row.withdrawn,
    awaitsJobCentreDecision: row.awaitsJobCentreDecision,
    decision: row.decision && row.decidedOn ? { decision: row.decision, decidedOn: row.decidedOn, reason: row.decisionReason, by: row.decidedBy } : null,
    awaitsReporting: pending.has(row.id),
    status: absenceStatus(row, today),
    mayWithdraw: mayWithdraw(row, today),
    mayChangeEnd: mayChangeEnd(row, rules, today),
    isSickness: rules.endsRegistration,
    restoredFrom: rules.endsRegistration && row.endDate ? registrationRestoredOn(row.endDate) : null,
  };
}

/** Every absence of the citizen, newest start first, split into current/upcoming and history. */
export function listAbsences(citizenId: string, options: Options & { lng?: Language } = {}) {
  const db = options.db ?? store();
  const today = danishDate(options.now ?? new Date());
  const lng = options.lng ?? "da";
  const pending = pendingAbsenceIds(db, citizenId);
  const all = db
    .select()
    .from(absences)
    .where(eq(absences.citizenId, citizenId))
    .orderBy(asc(absences.startDate), asc(absences.createdAt))
    .all()
    .map((row) => view(db, row, lng, today, pending));
  return {
    current: all.filter((a) => a.status === "current" || a.status === "upcoming"),
    past: all.filter((a) => a.status === "past" || a.status === "withdrawn").reverse(),
    registered: !!activeRegistration(db, citizenId),
    today,
  };
}

/** One absence of this citizen; another citizen's (or none) throws AbsenceNotFound. */
export function absenceOf(citizenId: string, absenceId: string, options: Options & { lng?: Language } = {}): AbsenceView {
  const db = options.db ?? store();
  const row = db
    .select()
    .from(absences)
    .where(and(eq(absences.id, absenceId), eq(absences.citizenId, citizenId)))
    .get();
  if (!row) throw new AbsenceNotFound();
  return view(db, row, options.lng ?? "da", danishDate(options.now ?? new Date()), pendingAbsenceIds(db, citizenId));
}

/** The types a citizen may report themselves, the common ones first (the code list's `citizenOrder`). */
export function reportableTypes(lng: Language, db: Store = store()) {
  const rank = (entry: { attributes: Record<string, unknown> }) => (typeof entry.attributes.citizenOrder === "number" ? entry.attributes.citizenOrder : 99);
  return codeList("absenceType", lng, db)
    .filter((entry) => typeRules(entry.attributes).citizenMayReport)
    .sort((a, b) => rank(a) - rank(b))
    .map((entry) => ({ code: entry.code, label: entry.label, noticeDays: typeRules(entry.attributes).noticeDays, isSickness: typeRules(entry.attributes).endsRegistration }));
}

function report(tx: WriteTx, row: Row, cpr: string, now: Date, undo: Row | null) {
  enqueue(tx, {
    type: "absence",
    aggregateType: "citizen",
    aggregateId: row.citizenId,
    data: {
      absenceId: row.id,
      cpr,
      absenceType: row.absenceType,
      startDate: row.startDate,
      endDate: row.endDate,
      comment: row.comment,
      reportedOn: row.reportedOn,
      withdrawn: row.withdrawn,
      awaitsJobCentreDecision: row.awaitsJobCentreDecision,
    },
    actor: { audience: "citizen", id: row.citizenId },
    undo: { before: undo ? { endDate: undo.endDate, withdrawn: undo.withdrawn } : null },
    now,
  });
}

function cprOf(tx: WriteTx, citizenId: string): string {
  const citizen = tx.select({ cpr: citizens.cpr }).from(citizens).where(eq(citizens.id, citizenId)).get();
  if (!citizen) throw new Error("unknown citizen");
  return citizen.cpr;
}

export type ChangeResult<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/**
 * Reports a new absence: the row and its report in one transaction; sickness also ends the
 * registration (reason "sygemelding") in that transaction. Nothing is stored when a rule refuses.
 */
export function reportAbsence(
  citizenId: string,
  input: { absenceType: string; startDate: string; endDate?: string | null; comment?: string | null },
  options: Options = {},
): ChangeResult<{ id: string; awaitsJobCentreDecision: boolean; endedRegistration: boolean }> {
  const db = options.db ?? store();
  const now = options.now ?? new Date();
  const today = danishDate(now);
  return write(db, (tx) => {
    const entry = codeEntry("absenceType", input.absenceType, "da", tx);
    const verdict = checkNewAbsence({
      rules: entry ? typeRules(entry.attributes) : null,
      registered: !!activeRegistration(tx, citizenId),
      today,
      startDate: input.startDate,
      endDate: input.endDate ?? null,
    });
    if (!verdict.ok) return verdict;
    const period = { startDate: input.startDate, endDate: input.endDate ?? null };
    if (overlapsSameType(period, sameType(tx, citizenId, input.absenceType))) return { ok: false, errors: { startDate: ["report.errors.overlaps"] } };
    const row: Row = {
      id: randomUUID(),
      citizenId,
      absenceType: input.absenceType,
      startDate: input.startDate,
      endDate: input.endDate ?? null,
      comment: input.comment ?? null,
      reportedOn: today,
      withdrawn: false,
      awaitsJobCentreDecision: verdict.value.awaitsJobCentreDecision,
      decision: null,
      decidedOn: null,
      decidedBy: null,
      decisionReason: null,
      createdAt: now,
    };
    tx.insert(absences).values(row).run();
    report(tx, row, cprOf(tx, citizenId), now, null);
    if (verdict.value.endsRegistration) endRegistration(tx, citizenId, { on: row.startDate, reason: sicknessReason, now });
    return { ok: true, value: { id: row.id, awaitsJobCentreDecision: row.awaitsJobCentreDecision, endedRegistration: verdict.value.endsRegistration } };
  });
}

/** The citizen's absences of one type, to check a period against. */
function sameType(tx: WriteTx, citizenId: string, absenceType: string) {
  return tx
    .select({ id: absences.id, startDate: absences.startDate, endDate: absences.endDate, withdrawn: absences.withdrawn })
    .from(absences)
    .where(and(eq(absences.citizenId, citizenId), eq(absences.absenceType, absenceType)))
    .all();
}

function ownRow(tx: WriteTx, citizenId: string, absenceId: string): Row {
  const row = tx
    .select()
    .from(absences)
    .where(and(eq(absences.id, absenceId), eq(absences.citizenId, citizenId)))
    .get();
  if (!row) throw new AbsenceNotFound();
  return row;
}

/**
 * Changes the end date. Ending a sickness is the report of recovery: the registration is restored
 * from the day after, with the answers of the period the sickness ended (when that is still the
 * last period and no other registration has started since).
 */
export function changeAbsenceEnd(
  citizenId: string,
  absenceId: string,
  endDate: string | null,
  options: Options = {},
): ChangeResult<{ restoredRegistration: boolean }> {
  const db = options.db ?? store();
  const now = options.now ?? new Date();
  const today = danishDate(now);
  return write(db, (tx) => {
    const before = ownRow(tx, citizenId, absenceId);
    const rules = typeRules(codeEntry("absenceType", before.absenceType, "da", tx)?.attributes);
    const verdict = checkEndChange({ absence: before, rules, endDate, today });
    if (!verdict.ok) return verdict;
    if (overlapsSameType({ startDate: before.startDate, endDate }, sameType(tx, citizenId, before.absenceType), before.id)) {
      return { ok: false, errors: { endDate: ["change.errors.overlaps"] } };
    }
    const after: Row = { ...before, endDate };
    tx.update(absences).set({ endDate }).where(eq(absences.id, absenceId)).run();
    report(tx, after, cprOf(tx, citizenId), now, before);
    let restoredRegistration = false;
    const restoreOn = verdict.value.restoreRegistrationOn;
    if (restoreOn && !activeRegistration(tx, citizenId)) {
      const [last] = registrationHistory(tx, citizenId);
      if (last && last.status === "ended" && last.endReason === sicknessReason) {
        restoreRegistration(tx, citizenId, { on: restoreOn, now });
        restoredRegistration = true;
      }
    }
    return { ok: true, value: { restoredRegistration } };
  });
}

/** Withdraws an absence that has not started: kept, marked withdrawn, and reported. */
export function withdrawAbsence(citizenId: string, absenceId: string, options: Options = {}): ChangeResult<null> {
  const db = options.db ?? store();
  const now = options.now ?? new Date();
  return write(db, (tx) => {
    const before = ownRow(tx, citizenId, absenceId);
    if (!mayWithdraw(before, danishDate(now))) return { ok: false, errors: { form: ["change.errors.notWithdrawable"] } };
    const after: Row = { ...before, withdrawn: true };
    tx.update(absences).set({ withdrawn: true }).where(eq(absences.id, absenceId)).run();
    report(tx, after, cprOf(tx, citizenId), now, before);
    return { ok: true, value: null };
  });
}

export type AbsenceOverviewItem = {
  id: string;
  typeLabel: string;
  startDate: string;
  endDate: string | null;
  status: "current" | "upcoming";
  awaitsReporting: boolean;
  awaitsJobCentreDecision: boolean;
  isSickness: boolean;
  href: string;
};

/**
 * For "Min side": the current and upcoming absences (not withdrawn, not over), soonest first, with
 * the type's label in the user's language, their flags and the link to each.
 */
export function absenceOverview(citizenId: string, options: Options & { lng?: Language } = {}) {
  const { current } = listAbsences(citizenId, options);
  const items: AbsenceOverviewItem[] = current.map((a) => ({
    id: a.id,
    typeLabel: a.typeLabel,
    startDate: a.startDate,
    endDate: a.endDate,
    status: a.status as "current" | "upcoming",
    awaitsReporting: a.awaitsReporting,
    awaitsJobCentreDecision: a.awaitsJobCentreDecision,
    isSickness: a.isSickness,
    href: `/borger/fravaer/${a.id}`,
  }));
  return {
    items,
    /** Reported sick and not yet recovered: the registration is paused (ended with "sygemelding") */
    sick: items.some((i) => i.isSickness && i.status === "current" && i.endDate === null),
    awaitsReporting: items.some((i) => i.awaitsReporting),
    awaitsJobCentreDecision: items.some((i) => i.awaitsJobCentreDecision),
  };
}

/**
 * The foundation refused an absence report: the absence returns to what it was before (a new one is
 * removed), unless it has changed again since. A registration ended or restored with it has its own
 * report and its own compensation.
 */
export const undoAbsenceChange: Compensation<"absence"> = (tx, { message, undo: { before } }) => {
  const refused = message.data;
  const current = tx.select().from(absences).where(eq(absences.id, refused.absenceId)).get();
  if (!current || current.citizenId !== message.aggregateId) return;
  const unchangedSince = current.endDate === refused.endDate && current.withdrawn === refused.withdrawn && current.startDate === refused.startDate;
  if (!unchangedSince) return;
  if (before) {
    tx.update(absences).set({ endDate: before.endDate, withdrawn: before.withdrawn }).where(eq(absences.id, refused.absenceId)).run();
  } else {
    tx.delete(absences).where(eq(absences.id, refused.absenceId)).run();
  }
};
