/**
 * `npm run bench:soak [-- --smoke]`: ten minutes of mixed traffic against the production stack
 * at about 300 requests per second, three times the estimated national peak:
 *
 *   70 %  citizens' pages (Min side, meetings, a meeting, absences)
 *   20 %  public pages
 *   10 %  writes (absences reported by citizens)
 *
 * Targets (issue 8): no errors, p99 < 200 ms, memory growth < 10 %, the WAL file bounded, sync lag
 * p99 < 1 s, and afterwards every write of the run exactly once in the foundation stub's ledger.
 */
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { loginCookie, saveResults, smoke, startStack } from "./support";

const seconds = smoke ? 8 : Number(process.env.SOAK_SECONDS ?? 600);
const rate = smoke ? 60 : 300;
const citizens = ["borger-anna", "borger-gustav", "borger-hanne"];

const stack = await startStack({ compression: true });
try {
  const portalPid = Number(execFileSync("pgrep", ["-P", String(stack.pid), "-f", "server/index.ts"]).toString().trim().split("\n")[0]);
  const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${portalPid}/status`, "utf8"))![1]) * 1024;
  const walFile = join(stack.dir, "portal.sqlite-wal");
  const wal = () => (existsSync(walFile) ? statSync(walFile).size : 0);

  const cookies = await Promise.all(citizens.map((identity) => loginCookie(stack.url, identity, "/borger")));
  const meetingsHtml = await (await fetch(`${stack.url}/borger/moeder`, { headers: { Cookie: cookies[0]! } })).text();
  const meetingPath = /href="(\/borger\/moeder\/[0-9a-f-]{36})"/.exec(meetingsHtml)?.[1] ?? "/borger/moeder";

  type Context = { cookie?: string; citizen?: number };
  let nextCitizen = 0;
  let writes = 0;
  let failures = 0;
  const failed: Record<string, number> = {};
  // A meeting page only answers its own citizen (Anna has the demo meetings); other pages answer anyone logged in.
  const as = (path: string, method = "GET", citizenPage = true, cookie?: string) => ({
    method,
    path,
    setupRequest: (request: Record<string, unknown>, context: Context) => {
      context.citizen ??= nextCitizen++ % citizens.length;
      context.cookie ??= cookies[context.citizen]!;
      if (method === "GET") return { ...request, headers: citizenPage ? { Cookie: cookie ?? context.cookie } : {} };
      writes++;
      const start = new Date(Date.now() + (30 + (writes % 300)) * 86_400_000).toISOString().slice(0, 10);
      return {
        ...request,
        headers: { Cookie: context.cookie, Origin: stack.url, "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ absenceType: "10", startDate: start, endDate: start, comment: `Soak ${writes}` }).toString(),
      };
    },
    onResponse: (status: number) => {
      const ok = method === "GET" ? status === 200 : status === 302;
      if (!ok) {
        failures++;
        failed[`${method} ${path} ${status}`] = (failed[`${method} ${path} ${status}`] ?? 0) + 1;
      }
    },
  });
  // Ten requests a round: seven citizens' pages, two public, one write.
  const requests = [
    as("/borger"),
    as("/borger/moeder"),
    as(meetingPath, "GET", true, cookies[0]),
    as("/", "GET", false),
    as("/borger"),
    as("/borger/fravaer"),
    as("/borger/fravaer/ny", "POST"),
    as("/borger"),
    as("/privatlivspolitik", "GET", false),
    as("/borger/moeder"),
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
