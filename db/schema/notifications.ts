import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { citizens } from "./people";

export type NotificationChannel = "email" | "sms";
/**
 * "expired": a reminder not sent before its meeting began (a mail server down all day); "skipped":
 * the meeting it reminds of was cancelled or moved before it went.
 */
export type NotificationStatus = "pending" | "sent" | "dead" | "expired" | "skipped";

/** What an e-mail or an SMS says, as rendered in the citizen's language when it was written. */
export type NotificationPayload =
  | { channel: "email"; subject: string; text: string; html: string; attachments: { filename: string; contentType: string; content: string }[] }
  | { channel: "sms"; text: string };

/**
 * E-mails and SMS to citizens, written in the same transaction as the change they tell of and sent
 * by the notification worker (app/notifications/worker.server.ts), one row per channel. `key` is the
 * idempotency key: the Message-ID of the e-mail and the SMS gateway's Idempotency-Key, so a retry is
 * never a second message; for a reminder it is made from the summons and its start, so the
 * scheduler can write it any number of times and it exists once. Kept after sending as the record
 * of what was sent (see ADR 0021).
 */
export const notificationOutbox = sqliteTable(
  "notification_outbox",
  {
    seq: integer("seq").primaryKey({ autoIncrement: true }),
    key: text("key").notNull().unique(),
    kind: text("kind").notNull(),
    channel: text("channel").$type<NotificationChannel>().notNull(),
    citizenId: text("citizen_id")
      .notNull()
      .references(() => citizens.id),
    /** The e-mail address or phone number (E.164) as it was when the row was written */
    recipient: text("recipient").notNull(),
    language: text("language").notNull(),
    payload: text("payload", { mode: "json" }).$type<NotificationPayload>().notNull(),
    /** The meeting it is about; a reminder goes only while the meeting is still at `meetingStart` */
    summonsId: text("summons_id"),
    meetingStart: text("meeting_start"),
    /** Not sent after this instant (a reminder after its meeting began is no use) */
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }),
    status: text("status").$type<NotificationStatus>().notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at", { mode: "timestamp_ms" }).notNull(),
    lastError: text("last_error"),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    index("notification_outbox_due").on(t.nextAttemptAt).where(sql`status = 'pending'`),
    index("notification_outbox_citizen").on(t.citizenId, t.seq),
  ],
);
