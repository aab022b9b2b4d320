/**
 * The foundation stub's own SQLite file: aggregates, the change feed, the idempotency keys and the
 * append-only ledger. Every message is handled in one transaction, from the key lookup to the
 * stored answer, so a key can never be applied twice and a crash leaves either all or nothing.
 */
import Database from "better-sqlite3";
import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { AggregateType, Message } from "../../app/foundation/contract";
import type { Clock } from "./clock";
import {
  bookSlot,
  cprOf,
  heldSlot,
  inContactGroup1,
  isForwarded,
  reduce,
  refusal,
  slotToBook,
  slotToRelease,
  type Slot,
  type State,
} from "./aggregates";

const schema = `
  CREATE TABLE IF NOT EXISTS aggregates (
    type TEXT NOT NULL,
    id TEXT NOT NULL,
    version INTEGER NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    cpr TEXT,
    -- the feed row holding the current state (the state is stored once, in the feed)
    last_seq INTEGER NOT NULL,
    PRIMARY KEY (type, id)
  ) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS aggregates_by_cpr ON aggregates (type, cpr, last_seq) WHERE cpr IS NOT NULL;

  CREATE TABLE IF NOT EXISTS feed (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    type TEXT NOT NULL,
    id TEXT NOT NULL,
    version INTEGER NOT NULL,
    deleted INTEGER NOT NULL,
    data TEXT NOT NULL,
    at TEXT NOT NULL
  );

  CREATE TABLE IF NOT EXISTS idempotency (
    key TEXT PRIMARY KEY,
    client TEXT NOT NULL,
    body_hash TEXT NOT NULL,
    status INTEGER NOT NULL,
    answer TEXT NOT NULL,
    deliveries INTEGER NOT NULL,
    created_at TEXT NOT NULL
  ) WITHOUT ROWID;
`;

const ledgerSchema = `
  CREATE TABLE IF NOT EXISTS ledger (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    client TEXT NOT NULL,
    key TEXT NOT NULL,
    message_type TEXT NOT NULL,
    aggregate_type TEXT NOT NULL,
    aggregate_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    outcome TEXT NOT NULL
  );
  CREATE TRIGGER IF NOT EXISTS ledger_no_update BEFORE UPDATE ON ledger
    BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;
  CREATE TRIGGER IF NOT EXISTS ledger_no_delete BEFORE DELETE ON ledger
    BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;
`;

/** Ledger outcomes. */
export type Outcome = "applied" | "refused" | "version-conflict" | "slot-booked" | "slot-released" | "forwarded-to-unemployment-fund";

export interface LedgerEntry {
  seq: number;
  at: string;
  client: string;
  key: string;
  messageType: string;
  aggregateType: string;
  aggregateId: string;
  version: number;
  outcome: Outcome;
}

export interface Submission {
  client: string;
  key: string;
  /** sha256 of the canonical body (see `bodyHash`). */
  hash: string;
  message: Message;
  /** The "refuse type" fault is on for this message's type. */
  refusedByTestControl: boolean;
}

export interface Answer {
  status: number;
  /** The JSON answer, exactly as stored under the key. */
  body: string;
  /** True when this delivery stored a new answer (false for a replay or a reused key). */
  fresh: boolean;
}

interface AggregateRow {
  version: number;
  deleted: number;
  data: string;
}

interface KeyRow {
  body_hash: string;
  status: number;
  answer: string;
}

interface FeedRow {
  seq: number;
  type: string;
  id: string;
  version: number;
  deleted: number;
  data: string;
}

/** JSON with the keys of every object sorted, so equal bodies give equal text. */
export function canonicalJson(value: unknown): string {
  if (typeof value !== "object" || value === null) return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) {
    let text = "[";
    for (let i = 0; i < value.length; i++) text += (i === 0 ? "" : ",") + canonicalJson(value[i]);
    return `${text}]`;
  }
  const record = value as Record<string, unknown>;
  let text = "{";
  let first = true;
  for (const key of Object.keys(record).sort()) {
    const field = record[key];
    if (field === undefined) continue;
    text += `${first ? "" : ","}${JSON.stringify(key)}:${canonicalJson(field)}`;
    first = false;
  }
  return `${text}}`;
}

export function bodyHash(body: unknown): string {
  return createHash("sha256").update(canonicalJson(body)).digest("hex");
}

export type Store = ReturnType<typeof openStore>;

export function openStore(dataDir: string, clock: Clock = Date.now) {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, "foundation.sqlite"));
  db.pragma("journal_mode = WAL");
  // A stub: NORMAL keeps every commit atomic and consistent under WAL but may lose the last
  // commits on a power cut (not on a process crash). The real foundation would run FULL.
  db.pragma("synchronous = NORMAL");
  db.pragma("busy_timeout = 5000");
  db.exec(schema);
  db.exec(ledgerSchema);

  const sql = {
    ping: db.prepare("SELECT 1"),
    getAggregate: db.prepare<[string, string], AggregateRow>(
      "SELECT a.version, a.deleted, f.data FROM aggregates a JOIN feed f ON f.seq = a.last_seq WHERE a.type = ? AND a.id = ?",
    ),
    putAggregate: db.prepare<[string, string, number, number, string | null, number]>(
      `INSERT INTO aggregates (type, id, version, deleted, cpr, last_seq) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (type, id) DO UPDATE SET version = excluded.version, deleted = excluded.deleted,
         cpr = excluded.cpr, last_seq = excluded.last_seq`,
    ),
    conversationsByCpr: db.prepare<[string], { data: string }>(
      `SELECT f.data FROM aggregates a JOIN feed f ON f.seq = a.last_seq WHERE a.type = 'heldConversation' AND a.cpr = ?`,
    ),
    citizenByCpr: db.prepare<[string], { data: string }>(
      `SELECT f.data FROM aggregates a JOIN feed f ON f.seq = a.last_seq
       WHERE a.type = 'citizen' AND a.cpr = ? ORDER BY a.last_seq DESC LIMIT 1`,
    ),
    appendFeed: db.prepare<[string, string, number, number, string, string]>(
      "INSERT INTO feed (type, id, version, deleted, data, at) VALUES (?, ?, ?, ?, ?, ?)",
    ),
    feedPage: db.prepare<[number, number], FeedRow>(
      "SELECT seq, type, id, version, deleted, data FROM feed WHERE seq > ? ORDER BY seq LIMIT ?",
    ),
    lastSeq: db.prepare<[], { seq: number }>("SELECT seq FROM sqlite_sequence WHERE name = 'feed'"),
    getKey: db.prepare<[string], KeyRow>("SELECT body_hash, status, answer FROM idempotency WHERE key = ?"),
    countDelivery: db.prepare<[string]>("UPDATE idempotency SET deliveries = deliveries + 1 WHERE key = ?"),
    putKey: db.prepare<[string, string, string, number, string, string]>(
      "INSERT INTO idempotency (key, client, body_hash, status, answer, deliveries, created_at) VALUES (?, ?, ?, ?, ?, 1, ?)",
    ),
    deliveries: db.prepare<[], { key: string; deliveries: number }>("SELECT key, deliveries FROM idempotency"),
    aggregatesOfType: db.prepare<[string], FeedRow>(
      `SELECT a.type, a.id, a.version, a.deleted, f.data FROM aggregates a JOIN feed f ON f.seq = a.last_seq
       WHERE a.type = ? ORDER BY a.last_seq`,
    ),
    allAggregates: db.prepare<[], FeedRow>(
      "SELECT a.type, a.id, a.version, a.deleted, f.data FROM aggregates a JOIN feed f ON f.seq = a.last_seq ORDER BY a.last_seq",
    ),
  };
  // The ledger's statements are prepared again after a reset recreates the table.
  let ledger = prepareLedger();

  function prepareLedger() {
    return {
      append: db.prepare<[string, string, string, string, string, string, number, Outcome]>(
        `INSERT INTO ledger (at, client, key, message_type, aggregate_type, aggregate_id, version, outcome)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      all: db.prepare<[], LedgerEntry>(
        `SELECT seq, at, client, key, message_type AS messageType, aggregate_type AS aggregateType,
           aggregate_id AS aggregateId, version, outcome FROM ledger ORDER BY seq`,
      ),
    };
  }

  function read(type: string, id: string): { version: number; state: State | null } {
    const row = sql.getAggregate.get(type, id);
    return row ? { version: row.version, state: JSON.parse(row.data) as State } : { version: 0, state: null };
  }

  /** Writes a new version of an aggregate and its feed row; returns the feed seq. */
  function write(type: AggregateType, id: string, version: number, state: State, at: string): number {
    const data = JSON.stringify(state);
    const seq = Number(sql.appendFeed.run(type, id, version, 0, data, at).lastInsertRowid);
    sql.putAggregate.run(type, id, version, 0, cprOf(state), seq);
    return seq;
  }

  const submitTx = db.transaction((input: Submission): Answer => {
    const { client, key, hash, message } = input;
    const known = sql.getKey.get(key);
    if (known) {
      sql.countDelivery.run(key);
      if (known.body_hash === hash) return { status: known.status, body: known.answer, fresh: false };
      return { status: 422, body: JSON.stringify({ error: "idempotency-key-reused" }), fresh: false };
    }

    const at = new Date(clock()).toISOString();
    const note = (aggregateType: string, aggregateId: string, version: number, outcome: Outcome) =>
      ledger.append.run(at, client, key, message.type, aggregateType, aggregateId, version, outcome);
    const answer = (status: number, body: object): Answer => {
      const text = JSON.stringify(body);
      sql.putKey.run(key, client, hash, status, text, at);
      return { status, body: text, fresh: true };
    };
    const { aggregateType, aggregateId } = message;
    const current = read(aggregateType, aggregateId);

    if (input.refusedByTestControl) {
      note(aggregateType, aggregateId, current.version, "refused");
      return answer(422, { error: "refused", reason: "refused-by-test-control" });
    }
    if (message.expectedVersion !== current.version) {
      note(aggregateType, aggregateId, current.version, "version-conflict");
      return answer(409, { error: "version-conflict", currentVersion: current.version, current: current.state });
    }

    const slotId = slotToBook(message);
    const slotRead = slotId ? read("slotOffer", slotId) : null;
    const slot: Slot | null = slotRead?.state ? { version: slotRead.version, state: slotRead.state } : null;
    const reason = refusal(message, current.state, { now: clock(), slot, ...personContext(message) });
    if (reason) {
      note(aggregateType, aggregateId, current.version, "refused");
      return answer(422, { error: "refused", reason });
    }

    let next = reduce(current.state, message, slot);
    const forward = isForwarded(message.type) && inContactGroup1(citizenByCpr(cprOf(next)));
    if (forward) next = { ...next, forwardedToUnemploymentFundAt: at };
    const version = current.version + 1;
    const seq = write(aggregateType, aggregateId, version, next, at);
    note(aggregateType, aggregateId, version, "applied");
    if (forward) note(aggregateType, aggregateId, version, "forwarded-to-unemployment-fund");

    const released = slotToRelease(message, current.state);
    if (released) {
      const old = read("slotOffer", released);
      if (old.state) {
        write("slotOffer", released, old.version + 1, bookSlot(old.state, -1), at);
        note("slotOffer", released, old.version + 1, "slot-released");
      }
    }
    if (slot && slotId && slotId !== heldSlot(current.state)) {
      write("slotOffer", slotId, slot.version + 1, bookSlot(slot.state, 1), at);
      note("slotOffer", slotId, slot.version + 1, "slot-booked");
    }

    return answer(200, { applied: true, aggregateType, aggregateId, version, seq });
  });

  /** What the person-dependent rules read: only a held conversation with a visitation group needs it. */
  function personContext(message: Message): { citizen?: State | null; latestVisitationGroup?: string | null } {
    if (message.type !== "heldConversation" || !message.data.newVisitationGroup) return {};
    const registered = sql.conversationsByCpr
      .all(message.data.cpr)
      .map((row) => JSON.parse(row.data) as State)
      .filter((c) => typeof c.newVisitationGroup === "string" && c.newVisitationGroup && c.conversationId !== message.data.conversationId)
      .sort((a, b) => String(a.registeredAt ?? "").localeCompare(String(b.registeredAt ?? "")));
    return { citizen: citizenByCpr(message.data.cpr), latestVisitationGroup: (registered.at(-1)?.newVisitationGroup as string | undefined) ?? null };
  }

  function citizenByCpr(cpr: string | null): State | null {
    if (!cpr) return null;
    const row = sql.citizenByCpr.get(cpr);
    return row ? (JSON.parse(row.data) as State) : null;
  }

  return {
    /** Idempotency, version check, rules and apply: one transaction per message. */
    submit(input: Submission): Answer {
      return submitTx.immediate(input);
    },

    /** A feed page as JSON text; the stored data is spliced in without parsing it again. */
    feedPage(after: number, limit: number, chaos: boolean): string {
      const rows = sql.feedPage.all(after, limit);
      const lastSeq = sql.lastSeq.get()?.seq ?? 0;
      let items = rows.map(feedItemJson);
      if (chaos) items = shuffle(items.flatMap((item) => (Math.random() < 0.5 ? [item, item] : [item])));
      return `{"items":[${items.join(",")}],"lastSeq":${lastSeq}}`;
    },

    ledger(): { entries: LedgerEntry[]; deliveries: Record<string, number> } {
      const deliveries = Object.fromEntries(sql.deliveries.all().map((row) => [row.key, row.deliveries]));
      return { entries: ledger.all.all(), deliveries };
    },

    aggregates(type: AggregateType | undefined) {
      const rows = type ? sql.aggregatesOfType.all(type) : sql.allAggregates.all();
      return rows.map((row) => ({
        type: row.type,
        id: row.id,
        version: row.version,
        deleted: row.deleted === 1,
        data: JSON.parse(row.data) as State,
      }));
    },

    /** Empties every table. The feed's seq starts at 1 again, so a reader must reset its cursor too. */
    reset(): void {
      db.transaction(() => {
        db.exec("DELETE FROM aggregates; DELETE FROM feed; DELETE FROM idempotency; DROP TABLE IF EXISTS ledger;");
        db.exec("DELETE FROM sqlite_sequence");
        db.exec(ledgerSchema);
      }).immediate();
      ledger = prepareLedger();
    },

    ping(): void {
      sql.ping.get();
    },

    close(): void {
      db.close();
    },
  };
}

/** A feed row as the contract's feed item; the stored state is spliced in without parsing it again. */
function feedItemJson(row: FeedRow): string {
  const head = `"seq":${row.seq},"type":${JSON.stringify(row.type)},"id":${JSON.stringify(row.id)},"version":${row.version}`;
  return `{${head},"deleted":${row.deleted === 1},"data":${row.data}}`;
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}
