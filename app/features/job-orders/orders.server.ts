import { and, count, eq } from "drizzle-orm";
import type { Store, WriteTx } from "../../../db/client";
import { jobOrderEvents, jobOrders, placements, type JobOrderEventKind } from "../../../db/schema";
import { store } from "~/utils/store.server";
import { jobOrderFields, openStatus, type JobOrderField, type JobOrderInput } from "./schemas";
import { NotFound } from "~/utils/not-found.server";

/**
 * Job orders (seed 004 § 137): what the order modules share — the row, who acts and in which
 * scope, the change lines. Commands are in commands.server.ts, the read views in views.server.ts,
 * the form's options in form-options.server.ts, the feed and the undoing of refused changes in
 * sync.server.ts, placements in placements.server.ts and the search in search.server.ts.
 */

export type Reader = Pick<Store, "select"> | WriteTx;
export type Options = { db?: Store; now?: Date };
export type JobOrderRow = typeof jobOrders.$inferSelect;

/** Set by the expiry, never by a person: "afsluttet – ansøgningsfristen er udløbet". */
export const expiredStatus = "afsluttet-frist-udloebet";
/** Orders the deadline closes: open ones and those paused because of enough referrals. */
export const expiringStatuses = [openStatus, "inaktiv-nok-henvisninger"];

/** Who made a change: an employer (its CVR), a staff member (their id), the system or the feed. */
export type Actor = { kind: "employer"; cvr: string } | { kind: "staff"; id: string } | { kind: "system" };

/** Which orders a caller may touch: an employer only those of its CVR, staff every order. */
export type Scope = { cvr: string } | "all";

export type FieldErrors = Record<string, string[]>;
export type ChangeResult<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** No such job order in the caller's scope. */
export class JobOrderNotFound extends NotFound {
  constructor() {
    super("jobOrder");
  }
}

export function outboxActor(actor: Actor) {
  if (actor.kind === "employer") return { audience: "employer" as const, id: actor.cvr };
  if (actor.kind === "staff") return { audience: "staff" as const, id: actor.id };
  return undefined;
}

export function recordEvent(tx: WriteTx, jobOrderId: string, kind: JobOrderEventKind, actor: Actor["kind"] | "feed", now: Date, status: string | null = null) {
  tx.insert(jobOrderEvents).values({ jobOrderId, at: now, kind, status, actor }).run();
}


/** The form's columns of an order or of the form's values: what a save writes and an edit page shows. */
export function formFields<T extends Pick<JobOrderInput, JobOrderField> | Pick<JobOrderRow, JobOrderField>>(input: T): Pick<T, JobOrderField> {
  return Object.fromEntries(jobOrderFields.map((name) => [name, input[name]])) as Pick<T, JobOrderField>;
}

export function scoped(tx: Reader, id: string, scope: Scope): JobOrderRow {
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

export const placementCount = (db: Reader, jobOrderId: string) =>
  db.select({ n: count() }).from(placements).where(eq(placements.jobOrderId, jobOrderId)).get()?.n ?? 0;

