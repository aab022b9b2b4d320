import type * as z from "zod";
import type { WriteTx } from "../../db/client";
import { logger } from "~/utils/logger.server";
import { parseFeedItem, parseMessage, type AggregateFeedItem, type AggregateType, type FeedItem, type MessageOf, type MessageType } from "./contract";
import { undoSchemas, type UndoOf } from "./undo";

export type Refusal = { status: number; error: string; reason?: string; correlationId: string };

/**
 * Undoes the local effect of a change of message type T that the foundation refused. Runs in the
 * transaction that dead-letters the row, with the message and its undo payload parsed.
 */
export type Compensation<T extends MessageType> = (tx: WriteTx, input: { message: MessageOf<T>; undo: UndoOf<T>; refusal: Refusal }) => void;

/** Applies a feed item of aggregate type A to the feature's own tables (the generic copy in foundation_aggregates is always kept). */
export type FeedApplier<A extends AggregateType> = (tx: WriteTx, item: AggregateFeedItem<A>) => void;

/**
 * What the features plug into the sync. The foundation knows messages and feed items, not what
 * they mean to the features' tables: the composition root (app/sync-registry.server.ts) fills this
 * in and hands it over in the sync context, so the foundation imports nothing from the features.
 */
export type SyncRegistry = {
  /** Per aggregate type: how its state from the feed lands in the feature's tables */
  feedAppliers: { [A in AggregateType]?: FeedApplier<A> };
  /** Per message type: how a refused change is undone locally */
  compensations: { [T in MessageType]?: Compensation<T> };
};

function dispatchFeedItem<A extends AggregateType>(tx: WriteTx, registry: SyncRegistry, item: AggregateFeedItem<A>): void {
  registry.feedAppliers[item.type]?.(tx, item);
}

/**
 * Hands a feed item to its feature once its state fits the aggregate type's schema. One that does
 * not fit is skipped and logged (ids, never the data), and the caller goes on with the next:
 * one odd item must not stop the feed. Returns whether it fitted.
 */
export function applyFeedItem(tx: WriteTx, registry: SyncRegistry, item: FeedItem): boolean {
  const parsed = parseFeedItem(item);
  if (!parsed.ok) {
    logger.warn("sync.feed-item-skipped", { seq: item.seq, aggregateType: item.type, aggregateId: item.id, version: item.version, issues: parsed.issues });
    return false;
  }
  dispatchFeedItem(tx, registry, parsed.item);
  return true;
}

function dispatchCompensation<T extends MessageType>(tx: WriteTx, registry: SyncRegistry, message: MessageOf<T>, rawUndo: unknown, refusal: Refusal, seq: number | undefined): void {
  const schema: z.ZodType<UndoOf<T>, unknown> = undoSchemas[message.type];
  const undo = schema.safeParse(rawUndo);
  if (!undo.success) {
    logger.error("sync.undo-unreadable", { seq, type: message.type, aggregateId: message.aggregateId, issues: undo.error.issues.map((i) => `${i.path.join(".")}: ${i.code}`) });
    return;
  }
  registry.compensations[message.type]?.(tx, { message, undo: undo.data, refusal });
}

/**
 * Undoes a refused change through its message type's compensation, with the stored message and
 * undo payload parsed first. A row that no longer parses (written by an older version) is logged
 * and left as it is: the change is dead-lettered all the same.
 */
export function undoRefusedChange(tx: WriteTx, registry: SyncRegistry, change: { seq?: number; message: unknown; undo: unknown; refusal: Refusal }): void {
  let message;
  try {
    message = parseMessage(change.message);
  } catch {
    logger.error("sync.undo-unreadable", { seq: change.seq, issues: ["message"] });
    return;
  }
  dispatchCompensation(tx, registry, message, change.undo, change.refusal, change.seq);
}
