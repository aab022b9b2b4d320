import { and, eq } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { EventEmitter } from "node:events";
import type { WriteTx } from "../../db/client";
import { foundationAggregates, outbox } from "../../db/schema";
import type { Audience } from "../../db/schema/sessions";
import { parseMessage, type AggregateType, type MessageData, type MessageType } from "./contract";
import type { UndoOf } from "./undo";

/** Tells the sync worker that a row was committed, so it pushes at once instead of at its next poll. */
export const outboxSignal = new EventEmitter();

export type Change<T extends MessageType> = {
  type: T;
  aggregateType: AggregateType;
  aggregateId: string;
  data: MessageData<T>;
  actor?: { audience: Audience; id: string };
  /** Handed to the message type's compensation if the foundation refuses the change */
  undo?: UndoOf<T>;
  now?: Date;
};

/** The version the portal holds of an aggregate (0 when it has none). */
export function knownVersion(tx: Pick<WriteTx, "select">, aggregateType: string, aggregateId: string): number {
  return (
    tx
      .select({ version: foundationAggregates.version })
      .from(foundationAggregates)
      .where(and(eq(foundationAggregates.aggregateType, aggregateType), eq(foundationAggregates.aggregateId, aggregateId)))
      .get()?.version ?? 0
  );
}

/**
 * Records a change for the foundation inside the caller's transaction, so the change and its
 * report commit or roll back together. The message is checked against the contract here: a
 * change that could never be reported is not stored either.
 */
export function enqueue<T extends MessageType>(tx: WriteTx, change: Change<T>): { idempotencyKey: string; version: number } {
  const now = change.now ?? new Date();
  const expectedVersion = knownVersion(tx, change.aggregateType, change.aggregateId);
  const message = parseMessage({
    type: change.type,
    aggregateType: change.aggregateType,
    aggregateId: change.aggregateId,
    expectedVersion,
    occurredAt: now.toISOString(),
    data: change.data,
  });
  const idempotencyKey = randomUUID();
  tx.insert(outbox)
    .values({
      idempotencyKey,
      messageType: message.type,
      aggregateType: message.aggregateType,
      aggregateId: message.aggregateId,
      expectedVersion,
      message: message as unknown as Record<string, unknown>,
      nextAttemptAt: now,
      createdAt: now,
      actorAudience: change.actor?.audience ?? null,
      actorId: change.actor?.id ?? null,
      undo: change.undo ?? null,
    })
    .run();
  // The portal's copy moves ahead at once; the foundation confirms (or refuses) later.
  tx.insert(foundationAggregates)
    .values({ aggregateType: message.aggregateType, aggregateId: message.aggregateId, version: expectedVersion + 1, updatedAt: now })
    .onConflictDoUpdate({
      target: [foundationAggregates.aggregateType, foundationAggregates.aggregateId],
      set: { version: expectedVersion + 1, updatedAt: now },
    })
    .run();
  // Transactions are synchronous: this runs after the commit (or the rollback, which is harmless).
  queueMicrotask(() => outboxSignal.emit("row"));
  return { idempotencyKey, version: expectedVersion + 1 };
}

/** Whether this aggregate still has changes on their way to the foundation ("afventer indberetning"). */
export function awaitsReporting(tx: Pick<WriteTx, "select">, aggregateType: string, aggregateId: string): boolean {
  return !!tx
    .select({ seq: outbox.seq })
    .from(outbox)
    .where(and(eq(outbox.aggregateType, aggregateType), eq(outbox.aggregateId, aggregateId), eq(outbox.status, "pending")))
    .limit(1)
    .get();
}
