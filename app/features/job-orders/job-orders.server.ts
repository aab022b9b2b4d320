import { and, count, desc, eq, inArray, lt } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { write, type Store, type WriteTx } from "../../../db/client";
import { jobOrderEvents, jobOrders, placements, type JobOrderEventKind } from "../../../db/schema";
import type { AggregateFeedItem, MessageData } from "~/foundation/contract";
import type { Compensation } from "~/foundation/registry.server";
import { awaitsReporting, enqueue } from "~/foundation/outbox.server";
import { codeEntry, codeLabel, codeList, searchOccupations } from "~/features/codelists/codelists.server";
import type { Language } from "~/i18n/config";
import { danishDate } from "~/utils/dates";
import { store } from "~/utils/store.server";
import { openStatus, type JobOrderInput } from "./schemas";

/**
 * Job orders (seed 004 § 137): create, change, change status, expire. Every change is one
 * transaction with its report to the foundation and a line in the order's latest changes.
 * Placements are in placements.server.ts, the search in search.server.ts.
 */

type Reader = Pick<Store, "select"> | WriteTx;
type Options = { db?: Store; now?: Date };
export type JobOrderRow = typeof jobOrders.$inferSelect;

/** Set by the expiry, never by a person: "afsluttet – ansøgningsfristen er udløbet". */
export const expiredStatus = "afsluttet-frist-udloebet";
/** Orders the deadline closes: open ones and those paused because of enough referrals. */
const expiringStatuses = [openStatus, "inaktiv-nok-henvisninger"];

/** Who made a change: an employer (its CVR), a staff member (their id), the system or the feed. */
export type Actor = { kind: "employer"; cvr: string } | { kind: "staff"; id: string } | { kind: "system" };

/** Which orders a caller may touch: an employer only those of its CVR, staff every order. */
export type Scope = { cvr: string } | "all";

export type FieldErrors = Record<string, string[]>;
export type ChangeResult<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

export class JobOrderNotFound extends Error {
  constructor() {
    super("no such job order in this scope");
  }
}

function outboxActor(actor: Actor) {
  if (actor.kind === "employer") return { audience: "employer" as const, id: actor.cvr };
  if (actor.kind === "staff") return { audience: "staff" as const, id: actor.id };
  return undefined;
}

export function recordEvent(tx: WriteTx, jobOrderId: string, kind: JobOrderEventKind, actor: Actor["kind"] | "feed", now: Date, status: string | null = null) {
  tx.insert(jobOrderEvents).values({ jobOrderId, at: now, kind, status, actor }).run();
}

/** The order as the contract's jobOrder message carries it. */
export function jobOrderMessage(row: JobOrderRow): MessageData<"jobOrder"> {
  return {
    jobOrderId: row.id,
    cvr: row.cvr,
    pNumber: row.pNumber,
    employerName: row.employerName,
    title: row.title,
    occupation: row.occupation,
    description: row.description,
    internalComment: row.internalComment,
    jobOrderType: row.jobOrderType,
    workingTime: row.workingTime,
    weeklyHours: row.weeklyHours,
    positions: row.positions,
    startDate: row.startDate,
    applicationDeadline: row.applicationDeadline,
    workplaceAddress: row.workplaceAddress,
    postcode: row.postcode,
    municipalityCode: row.municipalityCode,
    contactPerson: { name: row.contactName, phone: row.contactPhone, email: row.contactEmail },
    origin: row.origin,
    status: row.status,
  };
}

/** The rules that need the store: codes from their lists, and a deadline not already passed. */
function checkInput(tx: WriteTx, input: JobOrderInput, today: string, previousDeadline: string | null): FieldErrors | null {
  const errors: FieldErrors = {};
  if (!codeEntry("occupation", input.occupation, "da", tx)) errors.occupation = ["form.errors.occupation"];
  if (!codeEntry("jobOrderType", input.jobOrderType, "da", tx)) errors.jobOrderType = ["form.errors.jobOrderType"];
  if (!codeEntry("workingTime", input.workingTime, "da", tx)) errors.workingTime = ["form.errors.workingTime"];
  // An unchanged deadline may lie in the past (an expired order being corrected); a new one may not.
  if (input.applicationDeadline < today && input.applicationDeadline !== previousDeadline) errors.applicationDeadline = ["form.errors.deadlinePassed"];
  return Object.keys(errors).length ? errors : null;
}

const fields = (input: JobOrderInput) => ({
  title: input.title,
  occupation: input.occupation,
  description: input.description,
  internalComment: input.internalComment,
  jobOrderType: input.jobOrderType,
  workingTime: input.workingTime,
  weeklyHours: input.weeklyHours,
  positions: input.positions,
  startDate: input.startDate,
  applicationDeadline: input.applicationDeadline,
  workplaceAddress: input.workplaceAddress,
  postcode: input.postcode,
  contactName: input.contactName,
  contactPhone: input.contactPhone,
  contactEmail: input.contactEmail,
});

function report(tx: WriteTx, row: JobOrderRow, actor: Actor, now: Date, before: JobOrderRow | null) {
  enqueue(tx, { type: "jobOrder", aggregateType: "jobOrder", aggregateId: row.id, data: jobOrderMessage(row), actor: outboxActor(actor), undo: { before }, now });
}

export type NewJobOrder = Omit<typeof jobOrders.$inferInsert, "seq" | "id" | "status" | "statusComment" | "publishedAt" | "updatedAt">;

/** Stores a new open order with its report and its first change line, in the caller's transaction. */
export function insertJobOrder(tx: WriteTx, values: NewJobOrder, actor: Actor, now: Date): JobOrderRow {
  const row = tx
    .insert(jobOrders)
    .values({ ...values, id: randomUUID(), status: openStatus, statusComment: null, publishedAt: now, updatedAt: now })
    .returning()
    .get();
  report(tx, row, actor, now, null);
  recordEvent(tx, row.id, "created", actor.kind, now, row.status);
  return row;
}

/** An employer posts an order through JobAG: open at once, reported at once. */
export function createJobOrder(
  employer: { cvr: string; name: string },
  input: JobOrderInput,
  options: Options = {},
): ChangeResult<{ id: string }> {
  const db = options.db ?? store();
  const now = options.now ?? new Date();
  return write(db, (tx) => {
    const errors = checkInput(tx, input, danishDate(now), null);
    if (errors) return { ok: false, errors };
    const values = { cvr: employer.cvr, pNumber: null, employerName: employer.name, ...fields(input), municipalityCode: null, origin: "arbejdsgiver-jobag" };
    return { ok: true, value: { id: insertJobOrder(tx, values, { kind: "employer", cvr: employer.cvr }, now).id } };
  });
}

function scoped(tx: Reader, id: string, scope: Scope): JobOrderRow {
  const row = tx
    .select()
    .from(jobOrders)
    .where(scope === "all" ? eq(jobOrders.id, id) : and(eq(jobOrders.id, id), eq(jobOrders.cvr, scope.cvr)))
    .get();
  if (!row) throw new JobOrderNotFound();
  return row;
}

/** One order the caller may see, or null (the route answers 404 either way). */
export function jobOrderIn(scope: Scope, id: string, db: Reader = store()): JobOrderRow | null {
  try {
    return scoped(db, id, scope);
  } catch (error) {
    if (error instanceof JobOrderNotFound) return null;
    throw error;
  }
}

/** Changes every field of the form; the status and the placements stay as they are. */
export function updateJobOrder(scope: Scope, id: string, input: JobOrderInput, options: Options & { actor: Actor }): ChangeResult<null> {
  const db = options.db ?? store();
  const now = options.now ?? new Date();
  return write(db, (tx) => {
    const before = scoped(tx, id, scope);
    const errors = checkInput(tx, input, danishDate(now), before.applicationDeadline);
    if (errors) return { ok: false, errors };
    const after = tx
      .update(jobOrders)
      .set({ ...fields(input), updatedAt: now })
      .where(eq(jobOrders.id, id))
      .returning()
      .get();
    report(tx, after, options.actor, now, before);
    recordEvent(tx, id, "updated", options.actor.kind, now);
    return { ok: true, value: null };
  });
}

function changeStatus(tx: WriteTx, before: JobOrderRow, status: string, comment: string | null, actor: Actor, now: Date) {
  tx.update(jobOrders).set({ status, statusComment: comment, updatedAt: now }).where(eq(jobOrders.id, before.id)).run();
  enqueue(tx, {
    type: "jobOrderStatus",
    aggregateType: "jobOrder",
    aggregateId: before.id,
    data: { jobOrderId: before.id, status, comment },
    actor: outboxActor(actor),
    undo: { before: { status: before.status, statusComment: before.statusComment } },
    now,
  });
  recordEvent(tx, before.id, "status", actor.kind, now, status);
}

/**
 * Sets an order's status. Reopening an order whose deadline has passed is refused: it would
 * close again at the next expiry run, so the deadline has to move first.
 */
export function setJobOrderStatus(scope: Scope, id: string, status: string, options: Options & { actor: Actor; comment?: string | null }): ChangeResult<null> {
  const db = options.db ?? store();
  const now = options.now ?? new Date();
  return write(db, (tx) => {
    const before = scoped(tx, id, scope);
    if (!codeEntry("jobOrderStatus", status, "da", tx)) return { ok: false, errors: { status: ["form.errors.status"] } };
    if (before.status === status) return { ok: true, value: null };
    if (expiringStatuses.includes(status) && before.applicationDeadline < danishDate(now)) return { ok: false, errors: { status: ["form.errors.reopenExpired"] } };
    changeStatus(tx, before, status, options.comment ?? null, options.actor, now);
    return { ok: true, value: null };
  });
}

/**
 * Closes every order whose application deadline is over ("afsluttet – ansøgningsfristen er
 * udløbet"), each reported like any other change. The deadline is the last day applications are
 * taken, so an order expires on the day after it, in Danish time. Runs from the background work;
 * `now` is a parameter so the tests control the clock. Returns how many it closed.
 */
export function expireJobOrders(now: Date = new Date(), db: Store = store(), batch = 500): number {
  const today = danishDate(now);
  let closed = 0;
  for (;;) {
    const done = write(db, (tx) => {
      const due = tx
        .select()
        .from(jobOrders)
        .where(and(inArray(jobOrders.status, expiringStatuses), lt(jobOrders.applicationDeadline, today)))
        .limit(batch)
        .all();
      for (const row of due) changeStatus(tx, row, expiredStatus, null, { kind: "system" }, now);
      return due.length;
    });
    closed += done;
    if (done < batch) return closed;
  }
}

const placementCount = (db: Reader, jobOrderId: string) =>
  db.select({ n: count() }).from(placements).where(eq(placements.jobOrderId, jobOrderId)).get()?.n ?? 0;

export type JobOrderListItem = { id: string; title: string; status: string; statusLabel: string; applicationDeadline: string; placements: number };

/** The employer's own orders, newest first, with status, deadline and how many were put forward. */
export function ordersOfEmployer(cvr: string, lng: Language, db: Store = store()): JobOrderListItem[] {
  const rows = db
    .select({ id: jobOrders.id, title: jobOrders.title, status: jobOrders.status, applicationDeadline: jobOrders.applicationDeadline })
    .from(jobOrders)
    .where(eq(jobOrders.cvr, cvr))
    .orderBy(desc(jobOrders.seq))
    .limit(500)
    .all();
  return rows.map((row) => ({
    ...row,
    statusLabel: codeLabel("jobOrderStatus", row.status, lng, db),
    placements: placementCount(db, row.id),
  }));
}

/** An order with its labels in the user's language, as the detail pages show it. */
export function describeJobOrder(row: JobOrderRow, lng: Language, db: Reader = store()) {
  return {
    ...row,
    publishedAt: row.publishedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    occupationLabel: codeLabel("occupation", row.occupation, lng, db),
    statusLabel: codeLabel("jobOrderStatus", row.status, lng, db),
    workingTimeLabel: codeLabel("workingTime", row.workingTime, lng, db),
    jobOrderTypeLabel: codeLabel("jobOrderType", row.jobOrderType, lng, db),
    originLabel: codeLabel("jobOrderOrigin", row.origin, lng, db),
    open: row.status === openStatus,
    awaitsReporting: awaitsReporting(db, "jobOrder", row.id),
  };
}

export type JobOrderView = ReturnType<typeof describeJobOrder>;

/** The order's latest changes, newest first. */
export function latestChanges(jobOrderId: string, lng: Language, db: Reader = store(), limit = 20) {
  return db
    .select()
    .from(jobOrderEvents)
    .where(eq(jobOrderEvents.jobOrderId, jobOrderId))
    .orderBy(desc(jobOrderEvents.at), desc(jobOrderEvents.id))
    .limit(limit)
    .all()
    .map((e) => ({
      id: e.id,
      at: e.at.toISOString(),
      kind: e.kind,
      actor: e.actor,
      statusLabel: e.status ? codeLabel(e.kind === "placementStatus" || e.kind === "placement" ? "placementStatus" : "jobOrderStatus", e.status, lng, db) : null,
    }));
}

/** The form's values for editing an order. */
export function formValues(row: JobOrderRow): Record<string, string> {
  const values: Record<string, string | number | null> = fields(row as unknown as JobOrderInput);
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === null ? "" : String(v)]));
}

/**
 * Orders from other portals, job centres and a-kasser arrive through the feed (and the
 * foundation's confirmation of our own). The local row takes the foundation's state; the search
 * index follows through the triggers.
 */
export function applyJobOrderFeedItem(tx: WriteTx, item: AggregateFeedItem<"jobOrder">): void {
  const { contactPerson, ...order } = item.data;
  const now = new Date();
  const values = {
    ...order,
    statusComment: order.statusComment ?? null,
    contactName: contactPerson.name,
    contactPhone: contactPerson.phone,
    contactEmail: contactPerson.email,
  };
  const before = tx.select().from(jobOrders).where(eq(jobOrders.id, item.id)).get();
  tx.insert(jobOrders)
    .values({ id: item.id, ...values, publishedAt: now, updatedAt: now })
    .onConflictDoUpdate({ target: jobOrders.id, set: { ...values, updatedAt: now } })
    .run();
  // The foundation echoing our own change is no news; a change made elsewhere is.
  const changed = !before || (Object.keys(values) as (keyof typeof values)[]).some((k) => before[k] !== values[k]);
  if (changed) recordEvent(tx, item.id, before ? "feed" : "created", "feed", now, before?.status === values.status ? null : values.status);
}

/**
 * The foundation refused a job order (new or changed): the order returns to what it was before (a
 * refused new order is removed, with nothing put forward on it yet), unless it has changed again since.
 */
export const undoJobOrder: Compensation<"jobOrder"> = (tx, { message, undo: { before } }) => {
  const current = tx.select().from(jobOrders).where(eq(jobOrders.id, message.aggregateId)).get();
  if (!current) return;
  const unchangedSince = JSON.stringify(jobOrderMessage(current)) === JSON.stringify(message.data);
  if (!unchangedSince) return;
  if (!before) {
    if (placementCount(tx, current.id) === 0) {
      tx.delete(jobOrders).where(eq(jobOrders.id, current.id)).run();
      tx.delete(jobOrderEvents).where(eq(jobOrderEvents.jobOrderId, current.id)).run();
    }
    return;
  }
  const now = new Date();
  tx.update(jobOrders).set({ ...before, updatedAt: now }).where(eq(jobOrders.id, current.id)).run();
  recordEvent(tx, current.id, "updated", "feed", now);
};

/** The foundation refused a status change: the order gets its status back, unless it has changed again since. */
export const undoJobOrderStatus: Compensation<"jobOrderStatus"> = (tx, { message, undo: { before } }) => {
  const current = tx.select().from(jobOrders).where(eq(jobOrders.id, message.aggregateId)).get();
  if (!current || current.status !== message.data.status) return;
  const now = new Date();
  tx.update(jobOrders).set({ status: before.status, statusComment: before.statusComment, updatedAt: now }).where(eq(jobOrders.id, current.id)).run();
  recordEvent(tx, current.id, "status", "feed", now, before.status);
};

/** An order on the public job search: open ones only, without the comment meant for the job centre. */
export function publicJobOrder(id: string, lng: Language, db: Store = store()) {
  const row = db
    .select()
    .from(jobOrders)
    .where(and(eq(jobOrders.id, id), eq(jobOrders.status, openStatus)))
    .get();
  if (!row) return null;
  const { internalComment: _internal, statusComment: _status, ...shown } = describeJobOrder(row, lng, db);
  return shown;
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
