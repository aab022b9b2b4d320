import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { walSafetyNetPages } from "./checkpointer";
import * as schema from "./schema/index";

export type Store = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
export type WriteTx = Parameters<Parameters<Store["transaction"]>[0]>[0];

/**
 * Opens the SQLite file with the settings every connection needs: WAL so readers never wait on
 * the writer, FULL sync so a committed write survives a power cut, foreign keys on, and a busy
 * timeout so a second writer waits instead of failing.
 */
export function openStore(file: string): Store {
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // The portal's checkpointer thread (db/checkpointer.ts) keeps the WAL short; this only bounds it.
  sqlite.pragma(`wal_autocheckpoint = ${walSafetyNetPages}`);
  return drizzle(sqlite, { schema }) as Store;
}

/** Every write goes through here: one BEGIN IMMEDIATE transaction, so it never deadlocks on upgrade. */
export function write<T>(store: Store, work: (tx: WriteTx) => T): T {
  return store.transaction(work, { behavior: "immediate" });
}
