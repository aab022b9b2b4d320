/**
 * Runs every *.test.ts beside the code with node's own test runner (through tsx). Node 20 has no
 * glob for --test, so the files are listed here; e2e/ holds the browser specs, run by Playwright.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

const roots = ["app", "db", "server", "stubs", "scripts"];
const skip = new Set(["node_modules", "build", "public", "e2e"]);

function find(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return skip.has(entry.name) ? [] : find(path);
    return /\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const files = roots.flatMap((root) => {
  try {
    return find(root);
  } catch {
    return [];
  }
});
if (files.length === 0) {
  console.error("no unit tests found");
  process.exit(1);
}
const result = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-reporter=spec", ...files], {
  stdio: "inherit",
  env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" },
});
process.exit(result.status ?? 1);
