/**
 * Bench support: the production stack on free ports with a fresh store, and a login through
 * the MitID test provider over plain HTTP (as a browser would, cookies and redirects included).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "../app/foundation/testing/stub";

export type Stack = { url: string; foundationUrl: string; dir: string; pid: number; startMs: number; stop: () => Promise<void> };

export async function startStack(options: { compression?: boolean } = {}): Promise<Stack> {
  const [portal, foundation, mitid] = [await freePort(), await freePort(), await freePort()];
  const dir = mkdtempSync(join(tmpdir(), "bench-"));
  const url = `http://127.0.0.1:${portal}`;
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: {
      ...process.env,
      SKIP_BUILD: "1",
      PORT: String(portal),
      PUBLIC_URL: url,
      FOUNDATION_PORT: String(foundation),
      FOUNDATION_URL: `http://127.0.0.1:${foundation}`,
      MITID_PORT: String(mitid),
      MITID_ISSUER: `http://127.0.0.1:${mitid}`,
      PORTAL_URLS: url,
      DATA_DIR: dir,
      LOG_LEVEL: "warn",
      // The HTTP benchmark measures the server's own work, as issue 8 asks; the browser benchmark wants what a phone gets.
      COMPRESSION: options.compression ? "on" : "off",
      RATE_LIMIT_LOGIN_PER_MINUTE: "100000",
      RATE_LIMIT_WRITES_PER_MINUTE: "100000",
    },
    stdio: "ignore",
    detached: true,
  });
  for (;;) {
    try {
      if ((await fetch(`${url}/healthz`)).status === 200) break;
    } catch {
      // starting
    }
    if (performance.now() - started > 60_000) throw new Error("the stack did not start");
    await new Promise((r) => setTimeout(r, 20));
  }
  const startMs = performance.now() - started;
  // The portal can answer before the MitID test provider does; a login needs both (not part of the start time).
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${mitid}/.well-known/openid-configuration`)).status === 200) break;
    } catch {
      // starting
    }
    if (performance.now() - started > 60_000) throw new Error("the MitID test provider did not start");
    await new Promise((r) => setTimeout(r, 20));
  }
  return {
    url,
    foundationUrl: `http://127.0.0.1:${foundation}`,
    dir,
    pid: child.pid!,
    startMs,
    stop: async () => {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
      await new Promise((r) => child.once("exit", r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Logs in as a test identity and returns the Cookie header of the portal session. */
export async function loginCookie(portal: string, identity: string, path: string): Promise<string> {
  const jar = new Map<string, string>();
  const send = async (url: string, init: RequestInit = {}) => {
    const response = await fetch(url, {
      ...init,
      redirect: "manual",
      headers: { ...(init.headers as Record<string, string>), Cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; ") },
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const [name, ...value] = pair!.split("=");
      jar.set(name!.trim(), value.join("="));
    }
    return response;
  };
  let response = await send(`${portal}/log-ind?til=${encodeURIComponent(path)}`);
  let location = response.headers.get("location");
  if (!location) throw new Error(`login as ${identity}: /log-ind answered ${response.status}, not a redirect to MitID`);
  let current = "";
  for (let hops = 0; location && hops < 10; hops++) {
    current = new URL(location, current || portal).href;
    response = await send(current);
    location = response.headers.get("location");
  }
  // The identity picker: choose one.
  response = await send(current, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: new URL(current).origin },
    body: `identity=${encodeURIComponent(identity)}`,
  });
  location = response.headers.get("location");
  for (let hops = 0; location && hops < 10; hops++) {
    current = new URL(location, current).href;
    if (current.startsWith(portal) && !current.includes("/auth/callback")) break;
    response = await send(current);
    location = response.headers.get("location");
  }
  const session = [...jar].find(([name]) => name.endsWith("jp-session"));
  if (!session) throw new Error(`login as ${identity} failed`);
  return `${session[0]}=${session[1]}`;
}

/** `--smoke`: a seconds-long run of a benchmark that proves it works, for `npm test`; its figures mean nothing. */
export const smoke = process.argv.includes("--smoke");

/** Writes a benchmark's figures: the full run's to `bench/results` (committed, the history), a smoke run's beside the scratch data. */
export function saveResults(name: string, results: Record<string, unknown>): void {
  const dir = smoke ? ".bench-data/results-smoke" : "bench/results";
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify({ measuredAt: new Date().toISOString(), smoke, ...results }, null, 2)}\n`);
}
