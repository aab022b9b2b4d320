import { and, desc, eq, isNull, ne, or } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { EventEmitter } from "node:events";
import type { WriteTx } from "../../db/client";
import { citizens, notificationOutbox, registrations, summonses, type NotificationPayload } from "../../db/schema";
import { calendarOf } from "~/features/meetings/calendar.server";
import { isLanguage, type Language } from "~/i18n/config";
import { formatDayAndTimes } from "~/utils/dates";
import { env } from "~/utils/env.server";
import { joinPlaces } from "~/utils/text";
import { render, type NotificationKind } from "./templates.server";

/**
 * The notification outbox: a feature that changes something a citizen should hear of calls
 * `notify(tx, …)` inside its own transaction, so the message is written exactly when the change
 * commits and never when it rolls back. The worker (worker.server.ts) sends it later; no page ever
 * waits on a mail server. Only app/notifications/ writes or sends these rows.
 */

/** Tells the notification worker that a row was committed, so it sends at once instead of at its next poll. */
export const notificationSignal = new EventEmitter();

type Tx = Pick<WriteTx, "select" | "insert" | "update">;

/** How the citizen can be reached: from their newest registration (where registration collects it). */
export function contactOf(tx: Pick<WriteTx, "select">, citizenId: string): { email: string | null; phone: string | null } {
  const row = tx
    .select({ email: registrations.email, phone: registrations.phone })
    .from(registrations)
    .where(eq(registrations.citizenId, citizenId))
    .orderBy(desc(registrations.createdAt))
    .limit(1)
    .get();
  const phone = row?.phone && /^\+[1-9]\d{6,14}$/.test(row.phone) ? row.phone : null;
  return { email: row?.email || null, phone };
}

/** The language the citizen last used here; Danish until they have used one. */
export function citizenLanguage(tx: Pick<WriteTx, "select">, citizenId: string): Language {
  const lng = tx.select({ language: citizens.language }).from(citizens).where(eq(citizens.id, citizenId)).get()?.language;
  return isLanguage(lng) ? lng : "da";
}

/** Keeps the language the citizen acts in, so what the portal writes to them later is in it too. */
export function rememberLanguage(tx: Pick<WriteTx, "update">, citizenId: string, lng: Language): void {
  tx.update(citizens)
    .set({ language: lng })
    .where(and(eq(citizens.id, citizenId), or(isNull(citizens.language), ne(citizens.language, lng))))
    .run();
}

export type Notification = {
  kind: NotificationKind;
  citizenId: string;
  summonsId: string;
  now: Date;
  /**
   * The idempotency key to build the rows' keys from: a fresh one by default; a reminder's is made
   * from its summons and start, so writing it again is a no-op.
   */
  key?: string;
  /** Not sent after this instant (a reminder's meeting start) */
  expiresAt?: Date;
};

/**
 * Writes the e-mail (with the meeting as .ics) and, for kinds that have one, the SMS about a
 * meeting, in the citizen's language, to the address and number they gave; a channel they gave
 * nothing for is skipped. Returns how many rows were written (0 when the key was written before).
 */
export function notify(tx: Tx, notification: Notification): number {
  const row = tx.select().from(summonses).where(eq(summonses.id, notification.summonsId)).get();
  if (!row || row.citizenId !== notification.citizenId) return 0;
  const lng = citizenLanguage(tx, row.citizenId);
  const contact = contactOf(tx, row.citizenId);
  const rendered = render(notification.kind, lng, {
    jobCentre: row.jobCentre,
    when: formatDayAndTimes(row.start, row.end, lng),
    place: joinPlaces(row.location, row.address),
    link: `${env().PUBLIC_URL}/borger/moeder/${row.id}`,
  });
  const key = notification.key ?? randomUUID();
  const base = {
    kind: notification.kind,
    citizenId: row.citizenId,
    language: lng,
    summonsId: row.id,
    meetingStart: row.start,
    expiresAt: notification.expiresAt ?? null,
    nextAttemptAt: notification.now,
    createdAt: notification.now,
  };
  const rows: { key: string; channel: "email" | "sms"; recipient: string; payload: NotificationPayload }[] = [];
  if (contact.email) {
    const calendar = calendarOf(tx, row, notification.now);
    rows.push({
      key: `${key}.email`,
      channel: "email",
      recipient: contact.email,
      payload: {
        channel: "email",
        ...rendered.email,
        attachments: [{ filename: calendar.filename, contentType: "text/calendar; charset=utf-8; method=PUBLISH", content: calendar.ics }],
      },
    });
  }
  if (contact.phone && rendered.sms) {
    rows.push({ key: `${key}.sms`, channel: "sms", recipient: contact.phone, payload: { channel: "sms", text: rendered.sms } });
  }
  let written = 0;
  for (const r of rows) {
    written += tx
      .insert(notificationOutbox)
      .values({ ...base, ...r })
      .onConflictDoNothing({ target: notificationOutbox.key })
      .run().changes;
  }
  // Transactions are synchronous: this runs after the commit (or the rollback, which is harmless).
  if (written > 0) queueMicrotask(() => notificationSignal.emit("row"));
  return written;
}
