import { and, asc, count, eq, min } from "drizzle-orm";
import { outbox, syncState } from "../../db/schema";
import { store } from "~/utils/store.server";
import type { SyncContext } from "./context.server";
import type { Store, WriteTx } from "../../db/client";
import type { Audience } from "../../db/schema/sessions";
import { retryDeadLetter as retry, type RetryOutcome } from "./push.server";

/**
 * The sync's state: the backlog, the last good push and pull, and the dead letters with what
 * they concern (aggregate and message), for the caller to show only what the viewer may see.
 */
export function syncStatus(db: Store = store(), now = Date.now()) {
  const backlog = db
    .select({ n: count(), oldest: min(outbox.createdAt) })
    .from(outbox)
    .where(eq(outbox.status, "pending"))
    .get();
  const state = Object.fromEntries(db.select().from(syncState).all().map((row) => [row.key, row.value]));
  const deadLetters = db
    .select({
      seq: outbox.seq,
      messageType: outbox.messageType,
      aggregateType: outbox.aggregateType,
      aggregateId: outbox.aggregateId,
      message: outbox.message,
      createdAt: outbox.createdAt,
      attempts: outbox.attempts,
      lastError: outbox.lastError,
    })
    .from(outbox)
    .where(and(eq(outbox.status, "dead")))
    .orderBy(asc(outbox.seq))
    .limit(200)
    .all()
    .map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
  const oldest = backlog?.oldest ? new Date(backlog.oldest).getTime() : null;
  return {
    pending: backlog?.n ?? 0,
    oldestPendingSeconds: oldest === null ? null : Math.max(0, Math.round((now - oldest) / 1000)),
    lastPushAt: state["push.lastOkAt"] ?? null,
    lastPullAt: state["pull.lastOkAt"] ?? null,
    feedCursor: Number(state["feed.cursor"] ?? 0),
    deadLetters,
  };
}

export type DeadLetter = ReturnType<typeof syncStatus>["deadLetters"][number];

/** "Try again" on a dead letter, by `actor`, if `allowed` lets them; see push.server's retryDeadLetter. */
export function retryDeadLetter(
  seq: number,
  actor: { audience: Audience; id: string },
  hooks: { allowed: (tx: WriteTx, row: Pick<DeadLetter, "aggregateType" | "aggregateId" | "message">) => boolean; onQueued: (tx: WriteTx, row: Pick<DeadLetter, "aggregateType" | "aggregateId" | "message">) => void },
  ctx: Pick<SyncContext, "store" | "now"> = { store: store(), now: Date.now },
): RetryOutcome {
  return retry(ctx, seq, actor, hooks);
}
