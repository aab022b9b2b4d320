/**
 * `npm run bench:http`: pages served by the production stack at 50 connections, against a bare
 * node:http hello-world measured the same way in the same run, so the ratios hold on a shared
 * machine whose absolute speed drifts. Also the stack's start time (process start to first 200).
 *
 * Targets (issue 8): each page ≥ 0.03 × the hello-world rate, p99 < 100 ms; start < 2 s.
 */
import autocannon from "autocannon";
import { spawn } from "node:child_process";
import { freePort } from "../app/foundation/testing/stub";
import { loginCookie, saveResults, smoke, startStack } from "./support";

const seconds = Number(process.env.BENCH_SECONDS ?? (smoke ? 1 : 10));
const connections = smoke ? 10 : 50;

async function load(url: string, headers: Record<string, string> = {}) {
  const result = await autocannon({ url, connections, duration: seconds, headers });
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed > 0) throw new Error(`${url}: ${failed} failed requests of ${result.requests.total}`);
  return { perSecond: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99 };
}

async function helloWorld() {
  const port = await freePort();
  const child = spawn(process.execPath, ["-e", `require("node:http").createServer((q, s) => s.end("hello")).listen(${port}, "127.0.0.1")`], { stdio: "ignore" });
  for (;;) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  try {
    return await load(`http://127.0.0.1:${port}/`);
  } finally {
    child.kill();
  }
}

const baseline = await helloWorld();
const stack = await startStack();
try {
  const cookie = await loginCookie(stack.url, "borger-anna", "/borger");
  const meetings = await (await fetch(`${stack.url}/borger/moeder`, { headers: { Cookie: cookie } })).text();
  const meetingPath = /href="(\/borger\/moeder\/[0-9a-f-]{36})"/.exec(meetings)?.[1];
  if (!meetingPath) throw new Error("no meeting found for the demo citizen");
  const pages = {
    "landing page /": await load(`${stack.url}/`),
    'citizen "Min side" /borger': await load(`${stack.url}/borger`, { Cookie: cookie }),
    "meeting page": await load(`${stack.url}${meetingPath}`, { Cookie: cookie }),
    "public job search /job?q=lager": await load(`${stack.url}/job?q=lager`),
  };
  const rows: Record<string, Record<string, string | number>> = {
    "hello world (baseline)": { "req/s": baseline.perSecond, "p99 ms": baseline.p99, ratio: 1, target: "" },
  };
  for (const [name, figures] of Object.entries(pages)) {
    rows[name] = {
      "req/s": figures.perSecond,
      "p99 ms": figures.p99,
      ratio: Number((figures.perSecond / baseline.perSecond).toFixed(3)),
      target: `ratio ≥ 0.03 ${figures.perSecond / baseline.perSecond >= 0.03 ? "✓" : "✗"}, p99 < 100 ${figures.p99 < 100 ? "✓" : "✗"}`,
    };
  }
  rows["stack start to first 200"] = { "req/s": "", "p99 ms": Math.round(stack.startMs), ratio: "", target: `< 2000 ms ${stack.startMs < 2000 ? "✓" : "✗"}` };
  console.table(rows);
  saveResults("http", { seconds, connections, baseline, pages, startMs: Math.round(stack.startMs) });
} finally {
  await stack.stop();
}
