import { and, asc, count, eq, min } from "drizzle-orm";
import { outbox, syncState } from "../../db/schema";
import { store } from "~/utils/store.server";
import { portalSyncContext } from "./context.server";
import { retryDeadLetters } from "./push.server";

/** What staff see of the sync: the backlog, the last good push and pull, and the dead letters. */
export function syncStatus(now = Date.now()) {
  const db = store();
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

/** Staff's "try again" on a dead letter. */
export function retryDeadLetter(seq: number): boolean {
  return retryDeadLetters(portalSyncContext(), [seq]) === 1;
}
