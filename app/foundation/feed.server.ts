import { and, eq } from "drizzle-orm";
import { write } from "../../db/client";
import { foundationAggregates, syncState } from "../../db/schema";
import { callFoundation } from "./client.server";
import type { SyncContext } from "./context.server";
import { feedPageSchema, type FeedItem } from "./contract";
import { applyFeedItem } from "./registry.server";

const cursorKey = "feed.cursor";

export function feedCursor(ctx: Pick<SyncContext, "store">): number {
  const row = ctx.store.select().from(syncState).where(eq(syncState.key, cursorKey)).get();
  return row ? Number(row.value) : 0;
}

/**
 * Applies one feed item unless the portal already holds a newer version. An equal version is
 * applied too: it is the foundation's confirmation of a change the portal made itself.
 */
function applyItem(ctx: SyncContext, tx: Parameters<Parameters<typeof write>[1]>[0], item: FeedItem): boolean {
  const known = tx
    .select({ version: foundationAggregates.version })
    .from(foundationAggregates)
    .where(and(eq(foundationAggregates.aggregateType, item.type), eq(foundationAggregates.aggregateId, item.id)))
    .get();
  if (known && known.version > item.version) return false;
  const values = { version: item.version, deleted: item.deleted, data: item.data, updatedAt: new Date(ctx.now()) };
  tx.insert(foundationAggregates)
    .values({ aggregateType: item.type, aggregateId: item.id, ...values })
    .onConflictDoUpdate({ target: [foundationAggregates.aggregateType, foundationAggregates.aggregateId], set: values })
    .run();
  applyFeedItem(tx, ctx.registry, item);
  return true;
}

export type PullResult = { applied: number; skipped: number; cursor: number };

/**
 * Reads the change feed after the stored cursor until caught up. Each page is applied in one
 * transaction with the new cursor; items may come repeated or out of order, so the newest version
 * wins and the cursor only ever moves forward.
 */
export async function pullPass(ctx: SyncContext, maxPages = 100): Promise<PullResult> {
  const result: PullResult = { applied: 0, skipped: 0, cursor: feedCursor(ctx) };
  for (let page = 0; page < maxPages; page++) {
    const { response } = await callFoundation(`/v1/feed?after=${result.cursor}&limit=${ctx.feedPageSize}`, { endpoint: ctx.endpoint });
    if (!response.ok) throw new Error(`feed answered ${response.status}`);
    const feed = feedPageSchema.parse(response.body);
    const items = [...feed.items].sort((a, b) => a.seq - b.seq);
    const cursor = write(ctx.store, (tx) => {
      const before = Number(tx.select().from(syncState).where(eq(syncState.key, cursorKey)).get()?.value ?? 0);
      let highest = before;
      for (const item of items) {
        if (item.seq <= before) continue;
        if (applyItem(ctx, tx, item)) result.applied++;
        else result.skipped++;
        highest = Math.max(highest, item.seq);
      }
      const at = new Date(ctx.now()).toISOString();
      for (const [key, value] of [
        [cursorKey, String(highest)],
        ["pull.lastOkAt", at],
      ] as const) {
        tx.insert(syncState).values({ key, value }).onConflictDoUpdate({ target: syncState.key, set: { value } }).run();
      }
      return highest;
    });
    result.cursor = cursor;
    if (items.length === 0 || cursor >= feed.lastSeq) break;
  }
  return result;
}
