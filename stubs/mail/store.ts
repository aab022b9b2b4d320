/**
 * The mail stub's own SQLite file: every message it accepted, once per Message-ID. A message whose
 * Message-ID it holds already is not stored again; its `deliveries` count grows instead, so a test
 * sees both that the portal sent again (a retry after a lost answer) and that the inbox shows it once.
 */
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { join } from "node:path";

const schema = `
  CREATE TABLE IF NOT EXISTS messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    message_id TEXT NOT NULL UNIQUE,
    received_at TEXT NOT NULL,
    mail_from TEXT NOT NULL,
    rcpt_to TEXT NOT NULL,
    subject TEXT NOT NULL,
    text TEXT NOT NULL,
    html TEXT,
    attachments TEXT NOT NULL,
    size INTEGER NOT NULL,
    deliveries INTEGER NOT NULL DEFAULT 1
  );
  CREATE TABLE IF NOT EXISTS recipients (
    message INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    address TEXT NOT NULL,
    PRIMARY KEY (address, message)
  ) WITHOUT ROWID;
`;

export type Attachment = { filename: string; contentType: string; size: number; content: string };

export type StoredMessage = {
  id: number;
  messageId: string;
  receivedAt: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string | null;
  attachments: Attachment[];
  size: number;
  deliveries: number;
};

export type IncomingMessage = Omit<StoredMessage, "id" | "receivedAt" | "deliveries">;

type Row = {
  id: number;
  message_id: string;
  received_at: string;
  mail_from: string;
  rcpt_to: string;
  subject: string;
  text: string;
  html: string | null;
  attachments: string;
  size: number;
  deliveries: number;
};

const fromRow = (row: Row): StoredMessage => ({
  id: row.id,
  messageId: row.message_id,
  receivedAt: row.received_at,
  from: row.mail_from,
  to: JSON.parse(row.rcpt_to) as string[],
  subject: row.subject,
  text: row.text,
  html: row.html,
  attachments: JSON.parse(row.attachments) as Attachment[],
  size: row.size,
  deliveries: row.deliveries,
});

export function openMailStore(dataDir: string) {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, "mail.sqlite"));
  db.pragma("journal_mode = WAL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  db.exec(schema);

  const insert = db.prepare(
    `INSERT INTO messages (message_id, received_at, mail_from, rcpt_to, subject, text, html, attachments, size)
     VALUES (@messageId, @receivedAt, @from, @to, @subject, @text, @html, @attachments, @size)
     ON CONFLICT (message_id) DO UPDATE SET deliveries = deliveries + 1
     RETURNING id, deliveries`,
  );
  const insertRecipient = db.prepare("INSERT OR IGNORE INTO recipients (message, address) VALUES (?, ?)");
  const save = db.transaction((message: IncomingMessage, at: Date): { id: number; duplicate: boolean } => {
    const row = insert.get({
      ...message,
      receivedAt: at.toISOString(),
      to: JSON.stringify(message.to),
      attachments: JSON.stringify(message.attachments),
    }) as { id: number; deliveries: number };
    for (const address of message.to) insertRecipient.run(row.id, address.toLowerCase());
    return { id: row.id, duplicate: row.deliveries > 1 };
  });
  const list = db.prepare("SELECT * FROM messages ORDER BY id DESC LIMIT ?");
  const listTo = db.prepare(
    "SELECT m.* FROM messages m JOIN recipients r ON r.message = m.id WHERE r.address = ? ORDER BY m.id DESC LIMIT ?",
  );
  const one = db.prepare("SELECT * FROM messages WHERE id = ?");

  return {
    save: (message: IncomingMessage, at = new Date()) => save(message, at),
    /** Newest first; only those to `to` when given. */
    list: (options: { to?: string; limit?: number } = {}): StoredMessage[] => {
      const limit = Math.min(options.limit ?? 200, 1000);
      const rows = (options.to ? listTo.all(options.to.toLowerCase(), limit) : list.all(limit)) as Row[];
      return rows.map(fromRow);
    },
    get: (id: number): StoredMessage | null => {
      const row = one.get(id) as Row | undefined;
      return row ? fromRow(row) : null;
    },
    reset: () => db.exec("DELETE FROM recipients; DELETE FROM messages;"),
    ping: () => db.prepare("SELECT 1").get(),
    close: () => db.close(),
  };
}

export type MailStore = ReturnType<typeof openMailStore>;
