/**
 * `npm run bench:sync`: how fast the portal reports to the foundation, measured against the real
 * stub process over loopback, with ratios to a baseline measured in the same run.
 *
 *   raw insert   single-row inserts, one transaction each, synchronous=FULL (the baseline)
 *   drain        pending changes pushed per second (ratio to raw insert)
 *   lag          commit → applied at the foundation, p50 and p99, under a steady 300 changes/s
 *   backlog      time to drain 100,000 changes queued during an outage
 *
 * Targets (issue 3): drain ≥ 3,000/s and ≥ 0.1 × raw insert; lag p99 < 500 ms.
 */
import { randomUUID } from "node:crypto";
import { count, desc, eq } from "drizzle-orm";
import { write, type Store } from "../db/client";
import { citizens, outbox } from "../db/schema";
import { changeConsent } from "../app/features/consent/consent.server";
import { enqueue } from "../app/foundation/outbox.server";
import { freshPortalStore, startStub, testSyncContext, until, type RunningStub } from "../app/foundation/testing/stub";
import { startSyncWorker } from "../app/foundation/worker.server";
import { syncRegistry } from "../app/sync-registry.server";
import { saveResults, smoke } from "./support";

process.env.LOG_LEVEL ??= "error";
const backlogSize = Number(process.env.BENCH_BACKLOG ?? (smoke ? 2_000 : 100_000));
const lagSeconds = smoke ? 1 : 10;

function addCitizens(store: Store, n: number): { id: string; cpr: string }[] {
  const people = Array.from({ length: n }, (_, i) => ({
    id: randomUUID(),
    cpr: `0101${String(i).padStart(6, "0")}`,
  }));
  write(store, (tx) => {
    for (const [i, p] of people.entries()) tx.insert(citizens).values({ id: p.id, cpr: p.cpr, name: `Bench ${i}` }).run();
  });
  return people;
}

/** Queues `perCitizen` consent changes for each citizen, many per transaction (setup, not measured). */
function queueChanges(store: Store, people: { id: string; cpr: string }[], perCitizen: number) {
  for (let round = 0; round < perCitizen; round++) {
    for (let start = 0; start < people.length; start += 1000) {
      write(store, (tx) => {
        for (const p of people.slice(start, start + 1000)) {
          enqueue(tx, {
            type: "consent",
            aggregateType: "citizen",
            aggregateId: p.id,
            data: { cpr: p.cpr, fetch: { given: round % 2 === 0, on: "2026-11-23" }, share: { given: true, on: "2026-11-23" } },
          });
        }
      });
    }
  }
}

const pending = (store: Store) => store.select({ n: count() }).from(outbox).where(eq(outbox.status, "pending")).get()!.n;

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function rawInsertRate(): Promise<number> {
  const portal = freshPortalStore();
  const n = 3000;
  const insert = portal.store.$client.prepare("insert into sync_state (key, value) values (?, ?)");
  const started = performance.now();
  for (let i = 0; i < n; i++) portal.store.$client.transaction(() => insert.run(`k${i}`, "v")).immediate();
  const rate = n / ((performance.now() - started) / 1000);
  portal.remove();
  return rate;
}

async function drainRate(stub: RunningStub): Promise<number> {
  const portal = freshPortalStore();
  const people = addCitizens(portal.store, smoke ? 100 : 2_000);
  queueChanges(portal.store, people, 10);
  const total = pending(portal.store);
  const started = performance.now();
  const worker = startSyncWorker(testSyncContext(portal.store, stub.url, { registry: syncRegistry, concurrency: 32 }), 60_000);
  await until(() => pending(portal.store) === 0, 300_000, "drain");
  const seconds = (performance.now() - started) / 1000;
  await worker.stop();
  portal.remove();
  return total / seconds;
}

async function lag(stub: RunningStub): Promise<{ p50: number; p99: number; changes: number }> {
  await stub.reset();
  const portal = freshPortalStore();
  const people = addCitizens(portal.store, 3_000);
  const worker = startSyncWorker(testSyncContext(portal.store, stub.url, { registry: syncRegistry, concurrency: 32 }), 60_000);
  const committedAt = new Map<string, number>();
  const perSecond = 300;
  for (let tick = 0; tick < lagSeconds * 10; tick++) {
    const batchStart = Date.now();
    for (let i = 0; i < perSecond / 10; i++) {
      const person = people[(tick * (perSecond / 10) + i) % people.length]!;
      changeConsent(person.id, { fetch: (tick + i) % 2 === 0, share: true }, { db: portal.store });
      const key = portal.store.select({ key: outbox.idempotencyKey }).from(outbox).orderBy(desc(outbox.seq)).limit(1).get()!.key;
      committedAt.set(key, Date.now());
    }
    await new Promise((r) => setTimeout(r, Math.max(0, 100 - (Date.now() - batchStart))));
  }
  await until(() => pending(portal.store) === 0, 60_000, "lag drain");
  await worker.stop();
  const ledger = await stub.ledger();
  const lags = (ledger.entries as unknown as { key: string; outcome: string; at: string }[])
    .filter((e) => e.outcome === "applied" && committedAt.has(e.key))
    .map((e) => Date.parse(e.at) - committedAt.get(e.key)!)
    .sort((a, b) => a - b);
  portal.remove();
  return { p50: percentile(lags, 50), p99: percentile(lags, 99), changes: lags.length };
}

async function backlog(stub: RunningStub): Promise<{ seconds: number; rate: number }> {
  await stub.reset();
  const portal = freshPortalStore();
  await stub.faults({ down: true });
  const people = addCitizens(portal.store, backlogSize / 10);
  queueChanges(portal.store, people, 10);
  const worker = startSyncWorker(testSyncContext(portal.store, stub.url, { registry: syncRegistry, concurrency: 32, backoff: { baseMs: 100, capMs: 1_000 } }), 60_000);
  await new Promise((r) => setTimeout(r, 500));
  const started = performance.now();
  await stub.faults({});
  await until(() => pending(portal.store) === 0, 600_000, "backlog drain");
  const seconds = (performance.now() - started) / 1000;
  await worker.stop();
  portal.remove();
  return { seconds, rate: backlogSize / seconds };
}

const stub = await startStub();
try {
  const raw = await rawInsertRate();
  const drain = await drainRate(stub);
  const lagResult = await lag(stub);
  const backlogResult = await backlog(stub);
  const results = {
    rawInsertPerSecond: Math.round(raw),
    drainPerSecond: Math.round(drain),
    drainToRawInsert: Number((drain / raw).toFixed(3)),
    lagMs: lagResult,
    backlog: { size: backlogSize, seconds: Number(backlogResult.seconds.toFixed(1)), perSecond: Math.round(backlogResult.rate) },
    targets: {
      drainPerSecond: drain >= 3000,
      drainToRawInsert: drain / raw >= 0.1,
      lagP99: lagResult.p99 < 500,
    },
  };
  console.table({
    "raw insert (baseline)": { value: `${results.rawInsertPerSecond}/s`, target: "" },
    drain: { value: `${results.drainPerSecond}/s`, target: "≥ 3000/s" },
    "drain / raw insert": { value: results.drainToRawInsert, target: "≥ 0.1" },
    "lag p50": { value: `${lagResult.p50} ms`, target: "" },
    "lag p99": { value: `${lagResult.p99} ms`, target: "< 500 ms" },
    [`backlog of ${backlogSize}`]: { value: `${results.backlog.seconds} s (${results.backlog.perSecond}/s)`, target: "" },
  });
  saveResults("sync", results);
} finally {
  await stub.stop();
}
