/**
 * Test support: runs the real foundation stub as a process on a free port with its own SQLite
 * file, and a real portal store beside it. Used by the sync tests and the sync benchmark.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore, type Store } from "../../../db/client";
import { migrateStore } from "../../../db/migrate";
import type { SyncContext } from "../context.server";
import type { Refusal } from "../registry.server";

export const portalToken = "dev-portal-token-change-me";
export const plannerToken = "dev-planner-token-change-me";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export type RunningStub = {
  url: string;
  dir: string;
  process: ChildProcess;
  faults: (faults: Record<string, unknown>) => Promise<void>;
  reset: () => Promise<void>;
  ledger: () => Promise<{ entries: { key: string; outcome: string; messageType: string; aggregateId: string }[]; deliveries: Record<string, number> }>;
  aggregates: (type: string) => Promise<{ type: string; id: string; version: number; deleted: boolean; data: Record<string, unknown> }[]>;
  send: (message: unknown, key: string, token?: string) => Promise<Response>;
  stop: () => Promise<void>;
};

/** `now`: the test's clock, handed to the stub's process so both agree on what is past. */
export async function startStub({ now }: { now?: Date } = {}): Promise<RunningStub> {
  const dir = mkdtempSync(join(tmpdir(), "foundation-"));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["--import", "tsx", "stubs/foundation/server.ts"], {
    env: {
      ...process.env,
      FOUNDATION_PORT: String(port),
      DATA_DIR: dir,
      FOUNDATION_TEST_CONTROLS: "1",
      FOUNDATION_ENV_FILE: "ignore",
      HOST: "127.0.0.1",
      ...(now ? { FOUNDATION_CLOCK_START: now.toISOString() } : {}),
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const post = (path: string, body: unknown) =>
    fetch(`${url}${path}`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  return {
    url,
    dir,
    process: child,
    faults: async (faults) => {
      const response = await post("/_test/faults", faults);
      if (!response.ok) throw new Error(`faults: ${response.status}`);
    },
    reset: async () => {
      await post("/_test/reset", {});
    },
    ledger: async () => (await fetch(`${url}/_test/ledger`)).json(),
    aggregates: async (type) => ((await (await fetch(`${url}/_test/aggregates?type=${type}`)).json()) as { items: never[] }).items,
    send: (message, key, token = plannerToken) =>
      fetch(`${url}/v1/messages`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}`, "Idempotency-Key": key },
        body: JSON.stringify(message),
      }),
    stop: async () => {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        await new Promise((r) => child.once("exit", r));
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh, migrated portal store in its own folder. */
export function freshPortalStore(): { store: Store; dir: string; file: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "portal-"));
  const file = join(dir, "portal.sqlite");
  const store = openStore(file);
  migrateStore(store);
  return {
    store,
    dir,
    file,
    remove: () => {
      store.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A test's clock that starts at `start` and runs at the real pace: what a sync context's `now` and
 * the stub's clock (`startStub({ now: start })`) both follow, so a test is on the same day on any day.
 */
export function runningClock(start: Date): () => number {
  const offset = start.getTime() - performance.now();
  return () => offset + performance.now();
}

/** `registry`: the portal's (app/sync-registry.server.ts), so a test's sync passes do what the portal's do. */
export function testSyncContext(store: Store, url: string, overrides: Partial<SyncContext> & Pick<SyncContext, "registry">): SyncContext {
  return {
    store,
    endpoint: { url, token: portalToken },
    concurrency: 16,
    backoff: { baseMs: 20, capMs: 300 },
    feedPageSize: 200,
    now: Date.now,
    random: Math.random,
    ...overrides,
  };
}

export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 30_000, what = "condition"): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await check())) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A refusal as a test hands it to `undoRefusedChange`: the foundation's 422. */
export const testRefusal: Refusal = { status: 422, error: "refused", correlationId: "test-correlation-id" };
