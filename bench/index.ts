/**
 * `npm run bench [-- --smoke]`: every benchmark back to back, each in its own process so one
 * cannot warm or slow another, then one summary in `bench/results/latest.json`. With `--smoke`
 * each runs for seconds on small data: `npm test` uses that to prove the instruments work.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { saveResults, smoke } from "./support";

// The ten-minute soak is its own command (`bench:soak`); its smoke run belongs to the smoke set.
const benchmarks = smoke ? (["store", "sync", "http", "browser", "soak"] as const) : (["store", "sync", "http", "browser"] as const);
const dir = smoke ? ".bench-data/results-smoke" : "bench/results";
const started = performance.now();
const seconds: Record<string, number> = {};

for (const name of benchmarks) {
  const begun = performance.now();
  console.log(`\n▶ ${name}`);
  const run = spawnSync(process.execPath, ["--import", "tsx", `bench/${name}.ts`, ...(smoke ? ["--smoke"] : [])], { stdio: "inherit" });
  if (run.status !== 0) {
    console.error(`bench ${name} failed (exit ${run.status ?? run.signal})`);
    process.exit(1);
  }
  seconds[name] = Math.round((performance.now() - begun) / 1000);
}

const results = Object.fromEntries(
  benchmarks.map((name) => {
    const file = join(dir, `${name}.json`);
    return [name, existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null];
  }),
);
saveResults("latest", { seconds: { ...seconds, total: Math.round((performance.now() - started) / 1000) }, ...results });
console.log(`\nAll benchmarks in ${Math.round((performance.now() - started) / 1000)} s; figures in ${dir}/latest.json`);
