/**
 * Runs the unit suite under shifted clocks with Debian's libfaketime (`apt-get install faketime`):
 * a year and more ahead, and across both of Denmark's daylight-saving changes, in Danish local
 * time. A test that reads the wall clock where it should take `now`, or that turns a Danish time
 * into UTC with a fixed offset, fails in one of these runs though it passes today.
 *
 *   npm run test:time             all clocks
 *   npm run test:time -- spring   one of them (ahead, spring, autumn)
 *
 * Child processes (the foundation stub, worker threads) share the faked clock: absolute start
 * times go through the faketime wrapper's shared memory, relative ones are the same offset.
 */
import { spawnSync } from "node:child_process";

const clocks = {
  // The issue's own shift: every date a test computes from "today" lands in another year.
  ahead: "+400 days",
  // 02:00 becomes 03:00 twenty seconds into the run.
  spring: "2027-03-28 01:59:40",
  // 03:00 becomes 02:00 again twenty seconds into the run.
  autumn: "2027-10-31 02:59:40",
} as const;

const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !(name in clocks));
if (unknown.length > 0) {
  console.error(`unknown clock ${unknown.join(", ")}; choose from ${Object.keys(clocks).join(", ")}`);
  process.exit(2);
}
if (spawnSync("faketime", ["-h"], { stdio: "ignore" }).error) {
  console.error("faketime is missing: apt-get install faketime (Debian's libfaketime)");
  process.exit(2);
}

for (const name of (chosen.length > 0 ? chosen : Object.keys(clocks)) as (keyof typeof clocks)[]) {
  const at = clocks[name];
  console.log(`\n== unit tests with the clock at ${at} (Europe/Copenhagen) ==\n`);
  const result = spawnSync("faketime", [at, "npm", "run", "test:unit"], {
    stdio: "inherit",
    // Timers and timeouts keep the real monotonic clock; only the calendar moves.
    env: { ...process.env, TZ: "Europe/Copenhagen", FAKETIME_DONT_FAKE_MONOTONIC: "1" },
  });
  if (result.status !== 0) {
    console.error(`\nthe unit tests failed with the clock at ${at}`);
    process.exit(result.status ?? 1);
  }
}
