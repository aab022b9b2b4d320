/**
 * A stand-in SMS gateway: `POST /v1/messages` with a bearer token and an Idempotency-Key, kept in
 * its own SQLite file and shown on a small web inbox with a JSON view for tests. See README.md.
 *
 *   node --import tsx stubs/sms/server.ts
 */
import express, { type ErrorRequestHandler, type Response } from "express";
import { createServer } from "node:http";
import { join } from "node:path";
import * as z from "zod";
import { escapeHtml, loadEnvFile, log, page, pageHeaders, port, stopWithParent } from "../shared/process";
import { openSmsStore } from "./store";

loadEnvFile(process.env.SMS_ENV_FILE === "ignore");

const host = process.env.HOST ?? "127.0.0.1";
const smsPort = port(process.env.SMS_PORT, 4040, "SMS_PORT");
const dataDir = process.env.DATA_DIR ?? "./data";
const testControls = process.env.SMS_TEST_CONTROLS === "1";
const clients = new Map([[process.env.SMS_TOKEN ?? "dev-sms-token-change-me", "portal"]]);

const store = openSmsStore(dataDir);
let down = false;

/** A Danish or international number in E.164, and at most ten SMS parts of text. */
export const messageSchema = z.strictObject({
  to: z.string().regex(/^\+[1-9]\d{6,14}$/),
  text: z.string().min(1).max(1530),
});
const keySchema = z.string().min(8).max(200).regex(/^[\w:.@-]+$/);
const toQuery = z.string().max(20).optional();

const app = express();
app.disable("x-powered-by");
app.disable("etag");

// Down: every /v1/* connection is cut before an answer, as when the gateway is gone.
app.use("/v1", (req, res, next) => {
  if (down) req.socket.destroy();
  else next();
});

app.post("/v1/messages", express.json({ limit: "8kb" }), (req, res) => {
  const token = /^Bearer (.+)$/.exec(req.get("Authorization") ?? "")?.[1];
  const client = token ? clients.get(token) : undefined;
  if (!client) {
    res.status(401).json({ error: "unauthorized" });
    return;
  }
  const key = keySchema.safeParse(req.get("Idempotency-Key"));
  if (!key.success) {
    res.status(400).json({ error: "idempotency-key-required" });
    return;
  }
  const message = messageSchema.safeParse(req.body);
  if (!message.success) {
    res.status(400).json({ error: "invalid", issues: message.error.issues.map((i) => ({ path: i.path, code: i.code })) });
    return;
  }
  const answer = store.accept(client, key.data, message.data);
  log("info", "sms.received", { status: answer.status, id: "id" in answer.body ? answer.body.id : undefined });
  res.status(answer.status).json(answer.body);
});

app.get("/healthz", (_req, res) => {
  store.ping();
  res.json({ status: "ok", down });
});

const html = (res: Response, title: string, body: string) => res.set(pageHeaders).type("html").send(page(title, body));
app.get("/", (req, res) => {
  const to = toQuery.safeParse(req.query.to);
  const messages = store.list({ to: to.success ? to.data : undefined });
  const rows = messages
    .map((m) => `<tr><td>${escapeHtml(m.receivedAt)}</td><td>${escapeHtml(m.to)}</td><td>${escapeHtml(m.text)}</td><td>${m.deliveries}</td></tr>`)
    .join("");
  html(
    res,
    "SMS stub – inbox",
    `<h1>SMS stub – inbox</h1><p>${messages.length} message(s), newest first. The gateway ${down ? "is <strong>down</strong>" : "is up"}.</p>
<form method="get"><label>To <input name="to" type="tel" value="${escapeHtml(to.success ? (to.data ?? "") : "")}"></label> <button>Filter</button></form>
<table><thead><tr><th>Received</th><th>To</th><th>Text</th><th>Deliveries</th></tr></thead><tbody>${rows}</tbody></table>`,
  );
});

if (testControls) {
  app.get("/_test/messages", (req, res) => {
    const to = toQuery.safeParse(req.query.to);
    if (!to.success) {
      res.status(400).json({ error: "invalid" });
      return;
    }
    res.json({ items: store.list({ to: to.data, limit: 1000 }) });
  });
  app.get("/_test/faults", (_req, res) => {
    res.json({ down });
  });
  app.post("/_test/faults", express.json({ limit: "4kb" }), (req, res) => {
    const parsed = z.strictObject({ down: z.boolean() }).safeParse(req.body);
    if (!parsed.success) {
      res.status(400).json({ error: "invalid" });
      return;
    }
    down = parsed.data.down;
    log("info", "sms.faults", { down });
    res.json({ down });
  });
  app.post("/_test/reset", (_req, res) => {
    store.reset();
    res.json({ reset: true });
  });
}

app.use((_req, res) => {
  res.status(404).json({ error: "not-found" });
});
const onError: ErrorRequestHandler = (error: { type?: string; status?: number }, _req, res, _next) => {
  if (error.type === "entity.parse.failed") res.status(400).json({ error: "invalid" });
  else if (error.type === "entity.too.large") res.status(413).json({ error: "too-large" });
  else if (typeof error.status === "number" && error.status < 500) res.status(error.status).json({ error: "bad-request" });
  else res.status(500).json({ error: "internal" });
};
app.use(onError);

const server = createServer(app);
server.listen(smsPort, host, () => {
  const address = server.address();
  log("info", "sms.listening", {
    url: `http://${host}:${address && typeof address === "object" ? address.port : smsPort}`,
    database: join(dataDir, "sms.sqlite"),
    testControls,
  });
});

stopWithParent(async () => {
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
  store.close();
});
