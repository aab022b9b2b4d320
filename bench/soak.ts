/**
 * `npm run bench:soak [-- --smoke]`: ten minutes of mixed traffic against the production stack
 * at about 300 requests per second, three times the estimated national peak:
 *
 *   70 %  citizens' pages (Min side, meetings, their meeting, absences)
 *   20 %  public pages (the landing page, the job search)
 *   10 %  writes (absences reported by citizens)
 *
 * 200 registered jobseekers, each with a meeting and a session, are made in the stack's store
 * before the run, and each request goes to the next of them, so no page grows unrealistically.
 *
 * Targets (issue 8): no errors, p99 < 200 ms, memory growth < 10 %, the WAL file bounded, sync lag
 * p99 < 1 s, and afterwards every write of the run exactly once in the foundation stub's ledger.
 */
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { saveResults, smoke, startStack } from "./support";

process.env.LOG_LEVEL ??= "warn";
const seconds = smoke ? 8 : Number(process.env.SOAK_SECONDS ?? 600);
const rate = smoke ? 60 : 300;
const jobseekers = smoke ? 20 : 200;

/** Registered jobseekers with a meeting each and a session cookie, made as the features make them. */
async function makeJobseekers(dir: string, n: number): Promise<{ cookie: string; meetingPath: string }[]> {
  process.env.DATA_DIR = dir;
  const { write } = await import("../db/client");
  const { citizens } = await import("../db/schema");
  const { store } = await import("~/utils/store.server");
  const { startSession } = await import("~/features/auth/session.server");
  const { startRegistration } = await import("~/features/registration/period.server");
  const { registrationAnswers } = await import("~/features/registration/testing");
  const { createSummons } = await import("~/features/meetings/summons.server");
  const { summonsInput } = await import("~/features/meetings/testing");
  const now = new Date();
  const made = write(store(), (tx) =>
    Array.from({ length: n }, (_, i) => {
      const id = crypto.randomUUID();
      tx.insert(citizens).values({ id, cpr: `0101700${String(i).padStart(3, "0")}`, name: `Soak ${i}` }).run();
      startRegistration(tx, id, registrationAnswers(), { registeredOn: now.toISOString().slice(0, 10), now, actor: false });
      const summonsId = createSummons(tx, id, summonsInput(new Date(now.getTime() + (2 + (i % 20)) * 86_400_000)), { now });
      return { id, name: `Soak ${i}`, summonsId };
    }),
  );
  return Promise.all(
    made.map(async ({ id, name, summonsId }) => ({
      cookie: (await startSession(new Request("http://127.0.0.1"), { audience: "citizen", subjectId: id, displayName: name })).split(";")[0]!,
      meetingPath: `/borger/moeder/${summonsId}`,
    })),
  );
}

const stack = await startStack({ compression: true });
try {
  const portalPid = Number(execFileSync("pgrep", ["-P", String(stack.pid), "-f", "server/index.ts"]).toString().trim().split("\n")[0]);
  const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${portalPid}/status`, "utf8"))![1]) * 1024;
  const walFile = join(stack.dir, "portal.sqlite-wal");
  const wal = () => (existsSync(walFile) ? statSync(walFile).size : 0);

  const people = await makeJobseekers(stack.dir, jobseekers);
  // The store above is the portal's: its session cookies are the portal's too. Check one before the run.
  if ((await fetch(`${stack.url}/borger`, { headers: { Cookie: people[0]!.cookie }, redirect: "manual" })).status !== 200) throw new Error("the soak's sessions are not accepted");

  let next = 0;
  let writes = 0;
  let failures = 0;
  const failed: Record<string, number> = {};
  const as = (path: string | ((person: (typeof people)[number]) => string), method = "GET", citizenPage = true) => ({
    method,
    path: typeof path === "string" ? path : "/borger/moeder",
    setupRequest: (request: Record<string, unknown>) => {
      const person = people[next++ % people.length]!;
      const target = typeof path === "string" ? path : path(person);
      if (method === "GET") return { ...request, path: target, headers: citizenPage ? { Cookie: person.cookie } : {} };
      writes++;
      const start = new Date(Date.now() + (30 + (writes % 300)) * 86_400_000).toISOString().slice(0, 10);
      return {
        ...request,
        path: target,
        headers: { Cookie: person.cookie, Origin: stack.url, "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ absenceType: "10", startDate: start, endDate: start, comment: `Soak ${writes}` }).toString(),
      };
    },
    onResponse: (status: number) => {
      const ok = method === "GET" ? status === 200 : status === 302;
      const what = `${method} ${typeof path === "string" ? path : "/borger/moeder/<id>"} ${status}`;
      if (!ok) {
        failures++;
        failed[what] = (failed[what] ?? 0) + 1;
      }
    },
  });
  // Ten requests a round: seven citizens' pages, two public, one write.
  const requests = [
    as("/borger"),
    as("/borger/moeder"),
    as((person) => person.meetingPath),
    as("/", "GET", false),
    as("/borger"),
    as("/borger/fravaer"),
    as("/borger/fravaer/ny", "POST"),
    as("/borger"),
    as("/job?q=lager", "GET", false),
    as((person) => person.meetingPath),
  ];

  const samples: { at: number; rss: number; wal: number }[] = [];
  const started = Date.now();
  const sampler = setInterval(() => samples.push({ at: Date.now() - started, rss: rss(), wal: wal() }), 2_000);
  const result = await autocannon({ url: stack.url, connections: 32, overallRate: rate, duration: seconds, requests: requests as never });
  clearInterval(sampler);

  // Let the worker report the last writes, then compare what was written with what the foundation holds.
  const db = new Database(join(stack.dir, "portal.sqlite"), { readonly: true });
  const pending = db.prepare("select count(*) from outbox where status = 'pending'").pluck();
  for (let waited = 0; (pending.get() as number) > 0 && waited < 60_000; waited += 250) await new Promise((r) => setTimeout(r, 250));
  const rows = db
    .prepare("select idempotency_key key, created_at createdAt, sent_at sentAt from outbox where message_type = 'absence' and created_at >= ?")
    .all(started) as { key: string; createdAt: number; sentAt: number | null }[];
  db.close();
  const ledger = (await (await fetch(`${stack.foundationUrl}/_test/ledger`)).json()) as { entries: { key: string; outcome: string }[] };
  const applied = new Map<string, number>();
  for (const entry of ledger.entries) if (entry.outcome === "applied") applied.set(entry.key, (applied.get(entry.key) ?? 0) + 1);
  const notExactlyOnce = rows.filter((row) => applied.get(row.key) !== 1).length;
  const lags = rows.filter((row) => row.sentAt !== null).map((row) => row.sentAt! - row.createdAt).sort((a, b) => a - b);
  const lagP99 = lags.length ? lags[Math.min(lags.length - 1, Math.floor(lags.length * 0.99))]! : 0;

  // Memory is compared after the first fifth of the run, once the process has warmed up.
  const warm = samples[Math.floor(samples.length / 5)] ?? samples[0]!;
  const last = samples.at(-1)!;
  const figures = {
    seconds,
    rate,
    requests: result.requests.total,
    perSecond: Math.round(result.requests.average),
    errors: failures + result.errors + result.timeouts,
    failed,
    latency: { p50: result.latency.p50, p99: result.latency.p99 },
    memoryGrowth: Number(((last.rss - warm.rss) / warm.rss).toFixed(3)),
    rssMb: { warm: Math.round(warm.rss / 1e6), last: Math.round(last.rss / 1e6) },
    walMaxMb: Number((Math.max(...samples.map((s) => s.wal)) / 1e6).toFixed(1)),
    writes: rows.length,
    notExactlyOnce,
    syncLagP99Ms: lagP99,
  };
  const check = (ok: boolean) => (ok ? "✓" : "✗");
  console.table({
    requests: { value: `${figures.requests} (${figures.perSecond}/s)`, target: `≈ ${rate}/s` },
    errors: { value: figures.errors, target: `0 ${check(figures.errors === 0)}` },
    "latency p99": { value: `${figures.latency.p99} ms`, target: `< 200 ms ${check(figures.latency.p99 < 200)}` },
    "memory growth": { value: `${(figures.memoryGrowth * 100).toFixed(1)} % (${figures.rssMb.warm} → ${figures.rssMb.last} MB)`, target: `< 10 % ${check(figures.memoryGrowth < 0.1)}` },
    "WAL file, largest": { value: `${figures.walMaxMb} MB`, target: `bounded ${check(figures.walMaxMb < 64)}` },
    "sync lag p99": { value: `${figures.syncLagP99Ms} ms`, target: `< 1000 ms ${check(figures.syncLagP99Ms < 1000)}` },
    "writes in the ledger exactly once": { value: `${figures.writes - figures.notExactlyOnce} of ${figures.writes}`, target: check(figures.notExactlyOnce === 0) },
  });
  if (figures.errors > 0) console.log("failed requests:", failed);
  saveResults("soak", figures);
  if (smoke && (figures.errors > 0 || figures.notExactlyOnce > 0 || figures.writes === 0)) process.exitCode = 1;
} finally {
  await stack.stop();
}
