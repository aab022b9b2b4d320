/**
 * The SMS stub's own SQLite file: every message it accepted, one per idempotency key, with the
 * answer it gave, so the same key always gets the same answer and the message is stored once.
 */
import Database from "better-sqlite3";
import { createHash, randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import { join } from "node:path";

const schema = `
  CREATE TABLE IF NOT EXISTS messages (
    id TEXT PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    client TEXT NOT NULL,
    body_hash TEXT NOT NULL,
    recipient TEXT NOT NULL,
    text TEXT NOT NULL,
    received_at TEXT NOT NULL,
    deliveries INTEGER NOT NULL DEFAULT 1
  ) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS messages_recipient ON messages (recipient, received_at);
`;

export type SmsMessage = { id: string; idempotencyKey: string; to: string; text: string; receivedAt: string; deliveries: number };

type Row = { id: string; idempotency_key: string; client: string; body_hash: string; recipient: string; text: string; received_at: string; deliveries: number };

const fromRow = (row: Row): SmsMessage => ({
  id: row.id,
  idempotencyKey: row.idempotency_key,
  to: row.recipient,
  text: row.text,
  receivedAt: row.received_at,
  deliveries: row.deliveries,
});

export type Accepted = { status: 202; body: { id: string; status: "accepted" } } | { status: 422; body: { error: "idempotency-key-reused" } };

export function openSmsStore(dataDir: string) {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, "sms.sqlite"));
  db.pragma("journal_mode = WAL");
  db.pragma("busy_timeout = 5000");
  db.exec(schema);
  const byKey = db.prepare("SELECT * FROM messages WHERE client = ? AND idempotency_key = ?");
  const again = db.prepare("UPDATE messages SET deliveries = deliveries + 1 WHERE id = ?");
  const insert = db.prepare(
    "INSERT INTO messages (id, idempotency_key, client, body_hash, recipient, text, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
  );
  /** One transaction from the key lookup to the stored message: a key is never stored twice. */
  const accept = db.transaction((client: string, key: string, message: { to: string; text: string }, at: Date): Accepted => {
    const hash = createHash("sha256").update(JSON.stringify([message.to, message.text])).digest("hex");
    const known = byKey.get(client, key) as Row | undefined;
    if (known) {
      if (known.body_hash !== hash) return { status: 422, body: { error: "idempotency-key-reused" } };
      again.run(known.id);
      return { status: 202, body: { id: known.id, status: "accepted" } };
    }
    const id = randomUUID();
    insert.run(id, key, client, hash, message.to, message.text, at.toISOString());
    return { status: 202, body: { id, status: "accepted" } };
  });
  const list = db.prepare("SELECT * FROM messages ORDER BY received_at DESC, id LIMIT ?");
  const listTo = db.prepare("SELECT * FROM messages WHERE recipient = ? ORDER BY received_at DESC, id LIMIT ?");
  return {
    accept: (client: string, key: string, message: { to: string; text: string }, at = new Date()) => accept(client, key, message, at),
    list: (options: { to?: string; limit?: number } = {}): SmsMessage[] => {
      const limit = Math.min(options.limit ?? 200, 1000);
      return ((options.to ? listTo.all(options.to, limit) : list.all(limit)) as Row[]).map(fromRow);
    },
    reset: () => db.exec("DELETE FROM messages"),
    ping: () => db.prepare("SELECT 1").get(),
    close: () => db.close(),
  };
}

export type SmsStore = ReturnType<typeof openSmsStore>;
