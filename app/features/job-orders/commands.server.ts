import { and, eq, inArray, lt } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { write, type Store, type WriteTx } from "../../../db/client";
import { jobOrders } from "../../../db/schema";
import { enqueue } from "~/foundation/outbox.server";
import { codeEntry } from "~/features/codelists/codelists.server";
import { danishDate } from "~/utils/dates";
import { store } from "~/utils/store.server";
import { expiredStatus, expiringStatuses, formFields, outboxActor, recordEvent, scoped, type Actor, type ChangeResult, type FieldErrors, type JobOrderRow, type Options, type Scope } from "./orders.server";
import { openStatus, type JobOrderInput } from "./schemas";
import { jobOrderMessage } from "./sync.server";

/**
 * What changes a job order: create, edit, change status, expire. Every change is one transaction
 * with its report to the foundation and a line in the order's latest changes.
 */

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
    const values = { cvr: employer.cvr, pNumber: null, employerName: employer.name, ...formFields(input), municipalityCode: null, origin: "arbejdsgiver-jobag" };
    return { ok: true, value: { id: insertJobOrder(tx, values, { kind: "employer", cvr: employer.cvr }, now).id } };
  });
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
      .set({ ...formFields(input), updatedAt: now })
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

