/**
 * Stand-in for the common data foundation ("det fælles it-baserede datagrundlag"): its own
 * process and its own SQLite file. This first version answers health checks and guards its API
 * with the portal's bearer token; the message contract, ledger and feed come with the sync work.
 */
import Database from "better-sqlite3";
import express from "express";
import { mkdirSync } from "node:fs";
import { join } from "node:path";

if (process.env.FOUNDATION_ENV_FILE !== "ignore") {
  try {
    process.loadEnvFile(".env");
  } catch {
    // no .env: defaults apply
  }
}

const port = Number(process.env.FOUNDATION_PORT ?? 4010);
const host = process.env.HOST ?? "127.0.0.1";
const dataDir = process.env.DATA_DIR ?? "./data";
const token = process.env.FOUNDATION_TOKEN ?? "dev-portal-token-change-me";

mkdirSync(dataDir, { recursive: true });
const db = new Database(join(dataDir, "foundation.sqlite"));
db.pragma("journal_mode = WAL");
db.pragma("synchronous = FULL");

const app = express();
app.disable("x-powered-by");

app.get("/healthz", (_req, res) => {
  db.prepare("select 1").get();
  res.json({ status: "ok" });
});

app.use("/v1", (req, res, next) => {
  if (req.get("Authorization") !== `Bearer ${token}`) {
    res.status(401).json({ error: "unauthorized" });
    return;
  }
  next();
});

app.use((_req, res) => {
  res.status(404).json({ error: "not found" });
});

const server = app.listen(port, host, () => {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), level: "info", event: "foundation.listening", url: `http://${host}:${port}` })}\n`);
});

function shutdown() {
  server.close(() => {
    db.close();
    process.exit(0);
  });
  server.closeIdleConnections();
  setTimeout(() => process.exit(1), 5_000).unref();
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
