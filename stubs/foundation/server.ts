/**
 * Stand-in for the common data foundation ("det fælles it-baserede datagrundlag"): its own process,
 * its own SQLite file, the same contract the portal uses. It also plays the systems around the
 * foundation (job centres' planners and caseworker systems, employers elsewhere) through the
 * "planner" client, and records the forwarding to the a-kasse. See README.md.
 *
 *   node --import tsx stubs/foundation/server.ts
 */
import { createServer } from "node:http";
import { join } from "node:path";
import { createApi } from "./api";
import { createApp } from "./app";
import { clockFromEnv } from "./clock";
import { createFaults } from "./faults";
import { openStore } from "./store";

if (process.env.FOUNDATION_ENV_FILE !== "ignore") {
  try {
    process.loadEnvFile(".env");
  } catch {
    // no .env: defaults apply
  }
}

function log(level: "info" | "error", event: string, fields: Record<string, unknown>): void {
  const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...fields });
  (level === "error" ? process.stderr : process.stdout).write(`${line}\n`);
}

/** "name:token,name:token" → token → name. */
function parseClients(spec: string): [string, string][] {
  return spec
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const at = entry.indexOf(":");
      const name = entry.slice(0, at).trim();
      const token = entry.slice(at + 1).trim();
      if (at < 1 || !name || !token) throw new Error("FOUNDATION_CLIENTS must look like name:token,name:token");
      return [token, name];
    });
}

const port = Number(process.env.FOUNDATION_PORT ?? 4010);
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error("FOUNDATION_PORT must be a port number");
const host = process.env.HOST ?? "127.0.0.1";
const dataDir = process.env.DATA_DIR ?? "./data";
const testControls = process.env.FOUNDATION_TEST_CONTROLS === "1";
const clients = new Map<string, string>([
  ...parseClients(process.env.FOUNDATION_CLIENTS ?? "planner:dev-planner-token-change-me"),
  [process.env.FOUNDATION_TOKEN ?? "dev-portal-token-change-me", "portal"],
]);

const store = openStore(dataDir, clockFromEnv(process.env, testControls));
const faults = createFaults();
const api = createApi({ store, faults, clients, log });
const app = createApp({ store, faults, testControls, log });

// `/v1/*` on plain node:http (the hot path, see api.ts); everything else through express.
const server = createServer((req, res) => {
  if (!api(req, res)) app(req, res);
});
server.listen(port, host, () => {
  const address = server.address();
  const actualPort = address && typeof address === "object" ? address.port : port;
  log("info", "foundation.listening", {
    url: `http://${host}:${actualPort}`,
    database: join(dataDir, "foundation.sqlite"),
    clients: [...new Set(clients.values())],
    testControls,
  });
});
// Many requests in flight from one sync worker: keep its connections open between bursts.
server.keepAliveTimeout = 65_000;

let stopping = false;
function shutdown(): void {
  if (stopping) return;
  stopping = true;
  server.close(() => {
    store.close();
    process.exit(0);
  });
  server.closeIdleConnections();
  setTimeout(() => {
    server.closeAllConnections();
    store.close();
    process.exit(1);
  }, 5_000).unref();
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
