/**
 * The mail stub's web side: the inbox (list, one message as text and as HTML, its attachments),
 * `/healthz`, and with MAIL_TEST_CONTROLS=1 the JSON view and the controls tests use.
 */
import express, { type ErrorRequestHandler, type Response } from "express";
import * as z from "zod";
import { escapeHtml, page, pageHeaders } from "../shared/process";
import type { MailStore, StoredMessage } from "./store";

export type MailFaults = { get: () => { down: boolean }; set: (next: { down: boolean }) => Promise<void> };

const faultsSchema = z.strictObject({ down: z.boolean() });
const json = express.json({ limit: "4kb" });
const toQuery = z.string().max(320).optional();

/** A message as the JSON view answers it: attachments with their content as text when they are text. */
export function messageJson(message: StoredMessage) {
  return {
    ...message,
    attachments: message.attachments.map(({ content, ...a }) => ({
      ...a,
      ...(a.contentType.startsWith("text/") ? { text: Buffer.from(content, "base64").toString("utf8") } : {}),
    })),
  };
}

export function createInbox({ store, testControls, faults }: { store: MailStore; testControls: boolean; faults: MailFaults }) {
  const app = express();
  app.disable("x-powered-by");
  app.disable("etag");
  const html = (res: Response, title: string, body: string) => res.set(pageHeaders).type("html").send(page(title, body));
  const messageOr404 = (id: string, res: Response): StoredMessage | null => {
    const message = /^\d{1,12}$/.test(id) ? store.get(Number(id)) : null;
    if (!message) res.status(404).set(pageHeaders).type("text").send("Not found");
    return message;
  };

  app.get("/healthz", (_req, res) => {
    store.ping();
    res.json({ status: "ok", down: faults.get().down });
  });

  app.get("/", (req, res) => {
    const to = toQuery.safeParse(req.query.to);
    const messages = store.list({ to: to.success ? to.data : undefined });
    const rows = messages
      .map(
        (m) =>
          `<tr><td>${escapeHtml(m.receivedAt)}</td><td>${escapeHtml(m.to.join(", "))}</td><td><a href="/messages/${m.id}">${escapeHtml(m.subject || "(no subject)")}</a></td><td>${m.attachments.length}</td><td>${m.deliveries}</td></tr>`,
      )
      .join("");
    html(
      res,
      "Mail stub – inbox",
      `<h1>Mail stub – inbox</h1><p>${messages.length} message(s), newest first. SMTP ${faults.get().down ? "is <strong>down</strong>" : "is up"}.</p>
<form method="get"><label>To <input name="to" type="email" value="${escapeHtml(to.success ? (to.data ?? "") : "")}"></label> <button>Filter</button></form>
<table><thead><tr><th>Received</th><th>To</th><th>Subject</th><th>Attachments</th><th>Deliveries</th></tr></thead><tbody>${rows}</tbody></table>`,
    );
  });

  app.get("/messages/:id", (req, res) => {
    const m = messageOr404(req.params.id, res);
    if (!m) return;
    const attachments = m.attachments
      .map((a, i) => `<li><a href="/messages/${m.id}/attachments/${i}">${escapeHtml(a.filename)}</a> (${escapeHtml(a.contentType)}, ${a.size} bytes)</li>`)
      .join("");
    html(
      res,
      `Mail stub – ${m.subject}`,
      `<p><a href="/">Inbox</a></p><h1>${escapeHtml(m.subject || "(no subject)")}</h1>
<table><tbody><tr><th>From</th><td>${escapeHtml(m.from)}</td></tr><tr><th>To</th><td>${escapeHtml(m.to.join(", "))}</td></tr>
<tr><th>Received</th><td>${escapeHtml(m.receivedAt)}</td></tr><tr><th>Message-ID</th><td>${escapeHtml(m.messageId)}</td></tr>
<tr><th>Deliveries</th><td>${m.deliveries}</td></tr></tbody></table>
<h2>Attachments</h2>${attachments ? `<ul>${attachments}</ul>` : "<p>None.</p>"}
<h2>Text</h2><p><a href="/messages/${m.id}/text">As plain text</a></p><pre>${escapeHtml(m.text)}</pre>
<h2>HTML</h2>${m.html ? `<p><a href="/messages/${m.id}/html">On its own</a></p><iframe sandbox title="The message as HTML" src="/messages/${m.id}/html"></iframe>` : "<p>None.</p>"}`,
    );
  });

  app.get("/messages/:id/text", (req, res) => {
    const m = messageOr404(req.params.id, res);
    if (m) res.set(pageHeaders).type("text/plain; charset=utf-8").send(m.text);
  });

  // The message's own HTML, sandboxed: no script runs and nothing outside loads.
  app.get("/messages/:id/html", (req, res) => {
    const m = messageOr404(req.params.id, res);
    if (!m) return;
    res
      .set({ ...pageHeaders, "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox; frame-ancestors 'self'" })
      .type("html")
      .send(m.html ?? "");
  });

  app.get("/messages/:id/attachments/:n", (req, res) => {
    const m = messageOr404(req.params.id, res);
    if (!m) return;
    const a = /^\d{1,3}$/.test(req.params.n) ? m.attachments[Number(req.params.n)] : undefined;
    if (!a) {
      res.status(404).type("text").send("Not found");
      return;
    }
    res
      .set({ ...pageHeaders, "Content-Disposition": `attachment; filename="${a.filename.replace(/[^\w.-]/g, "_")}"` })
      .type(a.contentType.split(";")[0] ?? "application/octet-stream")
      .send(Buffer.from(a.content, "base64"));
  });

  if (testControls) {
    app.get("/_test/messages", (req, res) => {
      const to = toQuery.safeParse(req.query.to);
      if (!to.success) {
        res.status(400).json({ error: "invalid" });
        return;
      }
      res.json({ items: store.list({ to: to.data, limit: 1000 }).map(messageJson) });
    });
    app.get("/_test/faults", (_req, res) => {
      res.json(faults.get());
    });
    app.post("/_test/faults", json, (req, res, next) => {
      const parsed = faultsSchema.safeParse(req.body);
      if (!parsed.success) {
        res.status(400).json({ error: "invalid", issues: parsed.error.issues });
        return;
      }
      faults.set(parsed.data).then(() => res.json(faults.get()), next);
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
    if (error.type === "entity.too.large") res.status(413).json({ error: "too-large" });
    else if (typeof error.status === "number" && error.status < 500) res.status(error.status).json({ error: "bad-request" });
    else res.status(500).json({ error: "internal" });
  };
  app.use(onError);
  return app;
}
