import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import type { Audience } from "./sessions";

/** "superseded": a dead letter that a newer change overtook, closed when someone tried it again */
export type OutboxStatus = "pending" | "sent" | "dead" | "retried" | "superseded";

/**
 * Changes waiting to be reported to the foundation, written in the same transaction as the
 * change itself. Pushed in `seq` order per aggregate; kept after sending as the record of what
 * was reported.
 */
export const outbox = sqliteTable(
  "outbox",
  {
    seq: integer("seq").primaryKey({ autoIncrement: true }),
    idempotencyKey: text("idempotency_key").notNull().unique(),
    messageType: text("message_type").notNull(),
    aggregateType: text("aggregate_type").notNull(),
    aggregateId: text("aggregate_id").notNull(),
    expectedVersion: integer("expected_version").notNull(),
    /** The whole message as the contract defines it */
    message: text("message", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    status: text("status").$type<OutboxStatus>().notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at", { mode: "timestamp_ms" }).notNull(),
    lastError: text("last_error"),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
    /** The aggregate version the foundation gave the change */
    acknowledgedVersion: integer("acknowledged_version"),
    /** Who made the change, to tell them if the foundation refuses it */
    actorAudience: text("actor_audience").$type<Audience>(),
    actorId: text("actor_id"),
    /** What the feature needs to undo the local effect if the foundation refuses */
    undo: text("undo", { mode: "json" }).$type<unknown>(),
  },
  (t) => [
    index("outbox_pending").on(t.seq).where(sql`status = 'pending'`),
    index("outbox_aggregate").on(t.aggregateType, t.aggregateId, t.seq),
    index("outbox_dead").on(t.seq).where(sql`status = 'dead'`),
  ],
);

/**
 * Every aggregate the portal knows: the newest version it has made or received, and the state
 * the foundation last reported (from the feed or from a refusal).
 */
export const foundationAggregates = sqliteTable(
  "foundation_aggregates",
  {
    aggregateType: text("aggregate_type").notNull(),
    aggregateId: text("aggregate_id").notNull(),
    version: integer("version").notNull(),
    deleted: integer("deleted", { mode: "boolean" }).notNull().default(false),
    data: text("data", { mode: "json" }).$type<Record<string, unknown>>(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.aggregateType, t.aggregateId] })],
);

/** Small facts of the sync: the feed cursor, the last successful push and pull. */
export const syncState = sqliteTable("sync_state", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

/** Messages to a user about something that happened in the background, e.g. a refused change. */
export const notices = sqliteTable(
  "notices",
  {
    id: text("id").primaryKey(),
    audience: text("audience").$type<Audience>().notNull(),
    subjectId: text("subject_id").notNull(),
    kind: text("kind").notNull(),
    data: text("data", { mode: "json" }).$type<Record<string, unknown>>(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    readAt: integer("read_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("notices_subject").on(t.audience, t.subjectId, t.createdAt)],
);
