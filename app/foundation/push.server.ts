import { and, asc, count, desc, eq, gt, inArray, sql } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { write, type WriteTx } from "../../db/client";
import { foundationAggregates, notices, outbox, syncState } from "../../db/schema";
import { logger } from "~/utils/logger.server";
import { callFoundation, type FoundationResponse } from "./client.server";
import { backoffDelay, type SyncContext } from "./context.server";
import { acceptedSchema, aggregateTypeSchema, conflictSchema, refusalNoticeKind, refusalSchema } from "./contract";
import { applyFeedItem, undoRefusedChange, type Refusal } from "./registry.server";
import { knownVersion, outboxSignal } from "./outbox.server";
import type { Audience } from "../../db/schema/sessions";

type Row = typeof outbox.$inferSelect;

type Outcome =
  | { kind: "accepted"; version: number }
  | { kind: "conflict"; refusal: Refusal; currentVersion: number; current: Record<string, unknown> | null }
  | { kind: "refused"; refusal: Refusal }
  | { kind: "transient"; error: string; retryAfterMs: number | null; connection: boolean };

const permanent = new Set([400, 409, 422]);

function retryAfterMs(header: string | null, now: number): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

async function send(ctx: SyncContext, row: Row): Promise<Outcome> {
  let response: FoundationResponse;
  let correlationId: string;
  try {
    ({ response, correlationId } = await callFoundation("/v1/messages", {
      method: "POST",
      endpoint: ctx.endpoint,
      headers: { "Content-Type": "application/json", "Idempotency-Key": row.idempotencyKey },
      body: JSON.stringify(row.message),
    }));
  } catch (error) {
    return { kind: "transient", error: error instanceof Error ? `${error.name}: ${error.message}` : "network error", retryAfterMs: null, connection: true };
  }
  const body = response.body;
  if (response.ok) {
    const accepted = acceptedSchema.safeParse(body);
    if (accepted.success) return { kind: "accepted", version: accepted.data.version };
    return { kind: "transient", error: `unreadable answer (${response.status})`, retryAfterMs: null, connection: false };
  }
  if (permanent.has(response.status)) {
    const refusalBody = refusalSchema.safeParse(body);
    const refusal: Refusal = {
      status: response.status,
      error: refusalBody.success ? refusalBody.data.error : `http-${response.status}`,
      reason: refusalBody.success ? refusalBody.data.reason : undefined,
      correlationId,
    };
    const conflict = conflictSchema.safeParse(body);
    if (response.status === 409 && conflict.success) {
      return { kind: "conflict", refusal, currentVersion: conflict.data.currentVersion, current: conflict.data.current };
    }
    return { kind: "refused", refusal };
  }
  // 408, 429, 5xx and anything unexpected: try again later.
  return {
    kind: "transient",
    error: `http ${response.status}`,
    retryAfterMs: retryAfterMs(response.header("Retry-After"), ctx.now()),
    connection: false,
  };
}

function compensate(tx: WriteTx, ctx: SyncContext, row: Row, refusal: Refusal): void {
  undoRefusedChange(tx, ctx.registry, { seq: row.seq, message: row.message, undo: row.undo, refusal });
  if (row.actorAudience && row.actorId) {
    tx.insert(notices)
      .values({
        id: randomUUID(),
        audience: row.actorAudience,
        subjectId: row.actorId,
        kind: refusalNoticeKind(row.messageType),
        data: { reason: refusal.reason ?? refusal.error, correlationId: refusal.correlationId },
        createdAt: new Date(ctx.now()),
      })
      .run();
  }
  logger.warn("sync.dead-letter", {
    seq: row.seq,
    type: row.messageType,
    status: refusal.status,
    error: refusal.error,
    reason: refusal.reason,
    correlationId: refusal.correlationId,
  });
}

/**
 * The foundation refused a change (400, 422): it is dead-lettered, its local effect undone, and
 * the aggregate's later changes are rebased on the version the foundation still has.
 */
function deadLetterRefused(ctx: SyncContext, row: Row, refusal: Refusal): void {
  write(ctx.store, (tx) => {
    tx.update(outbox)
      .set({ status: "dead", lastError: `${refusal.status} ${refusal.error}${refusal.reason ? `: ${refusal.reason}` : ""}`, attempts: row.attempts + 1 })
      .where(eq(outbox.seq, row.seq))
      .run();
    compensate(tx, ctx, row, refusal);
    const later = and(
      eq(outbox.aggregateType, row.aggregateType),
      eq(outbox.aggregateId, row.aggregateId),
      eq(outbox.status, "pending"),
      gt(outbox.seq, row.seq),
    );
    tx.update(outbox)
      .set({
        expectedVersion: sql`${outbox.expectedVersion} - 1`,
        message: sql`json_set(${outbox.message}, '$.expectedVersion', ${outbox.expectedVersion} - 1)`,
      })
      .where(later)
      .run();
    tx.update(foundationAggregates)
      .set({ version: sql`${foundationAggregates.version} - 1`, updatedAt: new Date(ctx.now()) })
      .where(and(eq(foundationAggregates.aggregateType, row.aggregateType), eq(foundationAggregates.aggregateId, row.aggregateId)))
      .run();
  });
}

/**
 * Someone else changed the aggregate first (409): this change and every later one of the same
 * aggregate are dead-lettered and undone, newest first, and the portal takes the foundation's state.
 */
function deadLetterConflict(ctx: SyncContext, row: Row, outcome: Extract<Outcome, { kind: "conflict" }>): void {
  write(ctx.store, (tx) => {
    const affected = tx
      .select()
      .from(outbox)
      .where(
        and(
          eq(outbox.aggregateType, row.aggregateType),
          eq(outbox.aggregateId, row.aggregateId),
          eq(outbox.status, "pending"),
          sql`${outbox.seq} >= ${row.seq}`,
        ),
      )
      .orderBy(desc(outbox.seq))
      .all();
    for (const victim of affected) {
      const refusal = victim.seq === row.seq ? outcome.refusal : { ...outcome.refusal, error: "blocked-by-earlier-conflict" };
      tx.update(outbox)
        .set({ status: "dead", lastError: `${refusal.status} ${refusal.error}`, attempts: victim.attempts + (victim.seq === row.seq ? 1 : 0) })
        .where(eq(outbox.seq, victim.seq))
        .run();
      compensate(tx, ctx, victim, refusal);
    }
    tx.insert(foundationAggregates)
      .values({
        aggregateType: row.aggregateType,
        aggregateId: row.aggregateId,
        version: outcome.currentVersion,
        data: outcome.current,
        updatedAt: new Date(ctx.now()),
      })
      .onConflictDoUpdate({
        target: [foundationAggregates.aggregateType, foundationAggregates.aggregateId],
        set: { version: outcome.currentVersion, data: outcome.current, updatedAt: new Date(ctx.now()) },
      })
      .run();
    const aggregateType = aggregateTypeSchema.safeParse(row.aggregateType);
    if (outcome.current && aggregateType.success) {
      applyFeedItem(tx, ctx.registry, { seq: 0, type: aggregateType.data, id: row.aggregateId, version: outcome.currentVersion, deleted: false, data: outcome.current });
    }
  });
}

export type PushResult = { sent: number; deadLettered: number; retrying: number };

/**
 * One push pass: the oldest pending changes, in order per aggregate and side by side across
 * aggregates. Acknowledgements are written in batches; a crash before a batch is written only
 * means the same messages go again with the same idempotency keys, which the foundation answers
 * from memory.
 */
export async function pushPass(ctx: SyncContext, batchSize = 2_000): Promise<PushResult> {
  const now = ctx.now();
  const rows = ctx.store.select().from(outbox).where(eq(outbox.status, "pending")).orderBy(asc(outbox.seq)).limit(batchSize).all();
  const queues = new Map<string, Row[]>();
  for (const row of rows) {
    const key = `${row.aggregateType}/${row.aggregateId}`;
    const queue = queues.get(key);
    if (queue) queue.push(row);
    else queues.set(key, [row]);
  }
  // An aggregate whose oldest change waits for its retry time waits as a whole: order first.
  const ready = [...queues.values()].filter((queue) => queue[0]!.nextAttemptAt.getTime() <= now);
  const result: PushResult = { sent: 0, deadLettered: 0, retrying: 0 };
  let acks: { seq: number; version: number; attempts: number }[] = [];
  let stop = false;
  let consecutiveFailures = 0;

  const flushAcks = () => {
    if (acks.length === 0) return;
    const batch = acks;
    acks = [];
    const at = new Date(ctx.now());
    write(ctx.store, (tx) => {
      for (const ack of batch) {
        tx.update(outbox)
          .set({ status: "sent", sentAt: at, acknowledgedVersion: ack.version, attempts: ack.attempts, lastError: null })
          .where(eq(outbox.seq, ack.seq))
          .run();
      }
      tx.insert(syncState)
        .values({ key: "push.lastOkAt", value: at.toISOString() })
        .onConflictDoUpdate({ target: syncState.key, set: { value: at.toISOString() } })
        .run();
    });
  };

  const lane = async () => {
    for (let queue = ready.shift(); queue && !stop; queue = ready.shift()) {
      for (const row of queue) {
        if (stop) break;
        const outcome = await send(ctx, row);
        if (outcome.kind === "accepted") {
          consecutiveFailures = 0;
          acks.push({ seq: row.seq, version: outcome.version, attempts: row.attempts + 1 });
          result.sent++;
          if (acks.length >= 200) flushAcks();
          continue;
        }
        flushAcks(); // keep the order of what is written equal to the order of what happened
        if (outcome.kind === "conflict") {
          deadLetterConflict(ctx, row, outcome);
          result.deadLettered++;
        } else if (outcome.kind === "refused") {
          deadLetterRefused(ctx, row, outcome.refusal);
          result.deadLettered++;
        } else {
          consecutiveFailures++;
          const delay = Math.max(backoffDelay(ctx, row.attempts), outcome.retryAfterMs ?? 0);
          write(ctx.store, (tx) =>
            tx
              .update(outbox)
              .set({ attempts: row.attempts + 1, nextAttemptAt: new Date(ctx.now() + delay), lastError: outcome.error })
              .where(eq(outbox.seq, row.seq))
              .run(),
          );
          result.retrying++;
          // The foundation is unreachable or asks us to wait: stop this pass instead of trying
          // every aggregate against it.
          if (outcome.connection || outcome.retryAfterMs !== null || consecutiveFailures >= ctx.concurrency) stop = true;
        }
        break; // the rest of this aggregate waits for the next pass
      }
    }
  };

  await Promise.all(Array.from({ length: Math.min(ctx.concurrency, ready.length) }, lane));
  flushAcks();
  return result;
}

export type RetryOutcome = "queued" | "stale" | "not-found";

/**
 * Puts one dead-lettered change back in line under a new idempotency key, reported by `actor` (the
 * person who pressed "try again", who hears of a new refusal). Only while it is still the newest
 * word on what it says: when a later change of the same kind was made here on the same aggregate
 * (a newer consent after a refused consent), or the foundation's version moved on for a reason
 * this portal did not cause (a conflict, the feed), sending it again would overwrite the newer
 * one. Such a change is "stale": it is closed as superseded and never sent. Later changes of
 * other kinds made here (a holiday reported after a refused consent) do not touch it; it is sent
 * on the version they left.
 */
export function retryDeadLetter(
  ctx: Pick<SyncContext, "store" | "now">,
  seq: number,
  actor: { audience: Audience; id: string },
  hooks: { allowed?: (tx: WriteTx, row: Row) => boolean; onQueued?: (tx: WriteTx, row: Row) => void } = {},
): RetryOutcome {
  return write(ctx.store, (tx) => {
    const row = tx.select().from(outbox).where(and(eq(outbox.seq, seq), eq(outbox.status, "dead"))).get();
    if (!row || (hooks.allowed && !hooks.allowed(tx, row))) return "not-found";
    const laterHere = and(eq(outbox.aggregateType, row.aggregateType), eq(outbox.aggregateId, row.aggregateId), gt(outbox.seq, row.seq));
    const newerWord = tx.select({ seq: outbox.seq }).from(outbox).where(and(laterHere, eq(outbox.messageType, row.messageType))).limit(1).get();
    // Each later change made here that stands (queued or accepted) moved the version by one; a
    // refused one was rolled back. Any other movement came from elsewhere.
    const standing =
      tx
        .select({ n: count() })
        .from(outbox)
        .where(and(laterHere, inArray(outbox.status, ["pending", "sent"])))
        .get()?.n ?? 0;
    const current = knownVersion(tx, row.aggregateType, row.aggregateId);
    if (newerWord || current !== row.expectedVersion + standing) {
      tx.update(outbox).set({ status: "superseded" }).where(eq(outbox.seq, row.seq)).run();
      return "stale";
    }
    const at = new Date(ctx.now());
    tx.insert(outbox)
      .values({
        idempotencyKey: randomUUID(),
        messageType: row.messageType,
        aggregateType: row.aggregateType,
        aggregateId: row.aggregateId,
        expectedVersion: current,
        message: { ...row.message, expectedVersion: current, occurredAt: at.toISOString() },
        nextAttemptAt: at,
        createdAt: at,
        actorAudience: actor.audience,
        actorId: actor.id,
        undo: row.undo,
      })
      .run();
    tx.update(outbox).set({ status: "retried" }).where(eq(outbox.seq, row.seq)).run();
    tx.update(foundationAggregates)
      .set({ version: current + 1, updatedAt: at })
      .where(and(eq(foundationAggregates.aggregateType, row.aggregateType), eq(foundationAggregates.aggregateId, row.aggregateId)))
      .run();
    hooks.onQueued?.(tx, row);
    queueMicrotask(() => outboxSignal.emit("row"));
    return "queued";
  });
}
