import { and, eq, min } from "drizzle-orm";
import { outbox } from "../../db/schema";
import { env } from "~/utils/env.server";
import { logger } from "~/utils/logger.server";
import { portalSyncContext, type SyncContext } from "./context.server";
import { pullPass } from "./feed.server";
import { outboxSignal } from "./outbox.server";
import { pushPass } from "./push.server";
import type { SyncRegistry } from "./registry.server";

export type SyncWorker = { stop: () => Promise<void>; wake: () => void };

function earliestDue(ctx: SyncContext): number | null {
  const row = ctx.store
    .select({ at: min(outbox.nextAttemptAt) })
    .from(outbox)
    .where(and(eq(outbox.status, "pending")))
    .get();
  return row?.at ? new Date(row.at).getTime() : null;
}

/** Pushes until nothing is due, then reads the feed once: what `npm run sync -- --once` does. */
export async function syncOnce(ctx: SyncContext) {
  let sent = 0;
  let deadLettered = 0;
  for (;;) {
    const pass = await pushPass(ctx);
    sent += pass.sent;
    deadLettered += pass.deadLettered;
    if (pass.sent + pass.deadLettered === 0) break;
  }
  const pulled = await pullPass(ctx);
  return { sent, deadLettered, pending: earliestDue(ctx) === null ? 0 : 1, pulled };
}

/**
 * The sync worker that runs inside the portal: wakes at once when a change is committed, pushes
 * what is due, reads the feed every `feedIntervalMs`, and otherwise sleeps until the next retry.
 */
export function startSyncWorker(ctx: SyncContext, feedIntervalMs = 1_000): SyncWorker {
  let running = true;
  let wakeUp: (() => void) | null = null;
  const wake = () => wakeUp?.();
  outboxSignal.on("row", wake);
  let pullFailures = 0;

  const loop = async () => {
    let nextPullAt = 0;
    while (running) {
      try {
        for (;;) {
          const pass = await pushPass(ctx);
          if (!running || pass.sent + pass.deadLettered === 0) break;
        }
      } catch (error) {
        logger.error("sync.push-failed", { error });
      }
      if (running && ctx.now() >= nextPullAt) {
        try {
          await pullPass(ctx);
          pullFailures = 0;
          nextPullAt = ctx.now() + feedIntervalMs;
        } catch (error) {
          pullFailures++;
          if (pullFailures === 1) logger.warn("sync.pull-failed", { error: error instanceof Error ? error.message : String(error) });
          nextPullAt = ctx.now() + Math.min(ctx.backoff.capMs, feedIntervalMs * 2 ** Math.min(pullFailures, 6));
        }
      }
      if (!running) break;
      const due = earliestDue(ctx);
      const until = Math.min(nextPullAt, due ?? Infinity);
      const waitMs = Math.max(0, Math.min(until - ctx.now(), feedIntervalMs));
      if (waitMs > 0) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, waitMs);
          wakeUp = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wakeUp = null;
      }
    }
  };

  const done = loop();
  return {
    wake,
    stop: async () => {
      running = false;
      outboxSignal.off("row", wake);
      wake();
      await done;
    },
  };
}

/** Started by the portal server (through the Remix build, so routes and worker share one signal). */
export function startSync(registry: SyncRegistry): SyncWorker {
  return startSyncWorker(portalSyncContext(registry), env().SYNC_FEED_INTERVAL_MS);
}
