/**
 * `npm start`: builds the portal when its sources changed, then runs the portal, the foundation
 * stub, the MitID test provider, the mail stub and the SMS stub side by side. Ctrl-C (or SIGTERM) stops them
 * all; if one dies, the others are stopped too, so a half-running stack never hides a failure.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

if (existsSync(".env")) process.loadEnvFile(".env");

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, entry) => Math.max(newest, newestMtime(join(path, entry))), stat.mtimeMs);
}

function buildIsStale(): boolean {
  if (!existsSync("build/index.js")) return true;
  const built = statSync("build/index.js").mtimeMs;
  return ["app", "db", "public/locales", "remix.config.js", "package.json"].some((p) => existsSync(p) && newestMtime(p) > built);
}

if (process.env.SKIP_BUILD !== "1" && buildIsStale()) {
  process.stdout.write("Building the portal…\n");
  const result = spawnSync(process.execPath, ["node_modules/@remix-run/dev/dist/cli.js", "build"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const services = [
  { name: "mitid", entry: "stubs/mitid/server.ts" },
  { name: "foundation", entry: "stubs/foundation/server.ts" },
  { name: "mail", entry: "stubs/mail/server.ts" },
  { name: "sms", entry: "stubs/sms/server.ts" },
  { name: "portal", entry: "server/index.ts" },
];

const children: ChildProcess[] = [];
let stopping = false;

function stopAll(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  const deadline = setTimeout(() => {
    for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
    process.exit(code);
  }, 8_000);
  deadline.unref();
  Promise.all(children.map((child) => (child.exitCode !== null ? Promise.resolve() : new Promise((r) => child.once("exit", r))))).then(
    () => process.exit(code),
  );
}

// npm start is the demo: the stubs offer their test controls (faults, ledger, JSON views) unless told otherwise.
const environment = {
  ...process.env,
  FOUNDATION_TEST_CONTROLS: process.env.FOUNDATION_TEST_CONTROLS ?? "1",
  MAIL_TEST_CONTROLS: process.env.MAIL_TEST_CONTROLS ?? "1",
  SMS_TEST_CONTROLS: process.env.SMS_TEST_CONTROLS ?? "1",
};

for (const service of services) {
  const child = spawn(process.execPath, ["--import", "tsx", service.entry], { stdio: "inherit", env: environment });
  child.once("exit", (code, signal) => {
    if (!stopping) {
      process.stderr.write(`${service.name} stopped (${signal ?? `exit ${code}`}); stopping the rest.\n`);
      stopAll(code || 1);
    }
  });
  children.push(child);
}

process.on("SIGINT", () => stopAll(0));
process.on("SIGTERM", () => stopAll(0));

const port = process.env.PORT ?? "3000";
const publicUrl = process.env.PUBLIC_URL ?? `http://localhost:${port}`;
async function announce(): Promise<void> {
  for (let attempt = 0; attempt < 100 && !stopping; attempt++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) {
        const mailInbox = `http://127.0.0.1:${process.env.MAIL_HTTP_PORT ?? Number(process.env.MAIL_PORT ?? 4030) + 1}`;
        const smsInbox = `http://127.0.0.1:${process.env.SMS_PORT ?? 4040}`;
        process.stdout.write(
          `\nJobportalen is running at ${publicUrl} (Ctrl-C stops it)\nWhat it sends: e-mail ${mailInbox}, SMS ${smsInbox}\n\n`,
        );
        return;
      }
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
void announce();
