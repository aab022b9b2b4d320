import type { Store } from "../../db/client";
import { env } from "~/utils/env.server";
import { store } from "~/utils/store.server";
import { configuredEndpoint, type FoundationEndpoint } from "./client.server";
import type { SyncRegistry } from "./registry.server";

/** Everything a sync pass needs; tests and the CLI build their own, the portal uses its configuration. */
export type SyncContext = {
  store: Store;
  endpoint: FoundationEndpoint;
  /** Aggregates pushed side by side */
  concurrency: number;
  /** Capped exponential backoff with full jitter */
  backoff: { baseMs: number; capMs: number };
  feedPageSize: number;
  now: () => number;
  random: () => number;
  /** The features' feed appliers and compensations, from the composition root */
  registry: SyncRegistry;
};

export function portalSyncContext(registry: SyncRegistry, overrides: Partial<SyncContext> = {}): SyncContext {
  const e = env();
  return {
    store: store(),
    endpoint: configuredEndpoint(),
    concurrency: e.SYNC_CONCURRENCY,
    backoff: { baseMs: e.SYNC_BACKOFF_BASE_MS, capMs: e.SYNC_BACKOFF_CAP_MS },
    feedPageSize: 500,
    now: Date.now,
    random: Math.random,
    registry,
    ...overrides,
  };
}

/** Full jitter: a random wait between 0 and the capped exponential bound. */
export function backoffDelay(ctx: Pick<SyncContext, "backoff" | "random">, attempt: number): number {
  const bound = Math.min(ctx.backoff.capMs, ctx.backoff.baseMs * 2 ** Math.min(attempt, 30));
  return Math.floor(ctx.random() * bound);
}
