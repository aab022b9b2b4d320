import { and, asc, eq, lte, min } from "drizzle-orm";
import { write, type Store } from "../../db/client";
import { notificationOutbox, summonses } from "../../db/schema";
import { env } from "~/utils/env.server";
import { logger } from "~/utils/logger.server";
import { store } from "~/utils/store.server";
import { notificationSignal } from "./outbox.server";
import { scheduleReminders } from "./scheduler.server";
import { configuredSenders, type SendOutcome, type Senders } from "./senders.server";

/**
 * The notification worker, run inside the portal like the sync worker: it wakes when a row is
 * committed, sends what is due (e-mail and SMS side by side, so a mail server that is down does not
 * hold back SMS), retries what failed with capped exponential backoff and full jitter, dead-letters
 * what a server refused for good, and writes the reminders that fall due. Each row is marked sent
 * after its server took it; a crash in between sends it again under the same key, which the
 * server recognises (Message-ID, Idempotency-Key), so nobody gets it twice.
 */

type Row = typeof notificationOutbox.$inferSelect;

export type NotifyContext = {
  store: Store;
  senders: Pick<Senders, "email" | "sms">;
  backoff: { baseMs: number; capMs: number };
  now: () => number;
  random: () => number;
};

export type SendResult = { sent: number; retrying: number; dead: number; expired: number; skipped: number };

export function retryDelay(ctx: Pick<NotifyContext, "backoff" | "random">, attempt: number): number {
  return Math.floor(ctx.random() * Math.min(ctx.backoff.capMs, ctx.backoff.baseMs * 2 ** Math.min(attempt, 30)));
}

/** A reminder goes only while its meeting is still at the time it reminds of. */
function stillDue(ctx: NotifyContext, row: Row): boolean {
  if (row.kind !== "reminder" || !row.summonsId) return true;
  const meeting = ctx.store.select({ status: summonses.status, start: summonses.start }).from(summonses).where(eq(summonses.id, row.summonsId)).get();
  return !!meeting && (meeting.status === "planned" || meeting.status === "moved") && meeting.start === row.meetingStart;
}

function settle(ctx: NotifyContext, row: Row, set: Partial<Row>): void {
  write(ctx.store, (tx) => tx.update(notificationOutbox).set(set).where(eq(notificationOutbox.seq, row.seq)).run());
}

async function deliver(ctx: NotifyContext, row: Row): Promise<SendOutcome> {
  const payload = row.payload;
  if (payload.channel === "email") {
    return ctx.senders.email({ key: row.key, to: row.recipient, subject: payload.subject, text: payload.text, html: payload.html, attachments: payload.attachments });
  }
  return ctx.senders.sms({ key: row.key, to: row.recipient, text: payload.text });
}

/** One pass over what is due, oldest first. */
export async function sendPass(ctx: NotifyContext, batchSize = 100): Promise<SendResult> {
  const now = ctx.now();
  const due = ctx.store
    .select()
    .from(notificationOutbox)
    .where(and(eq(notificationOutbox.status, "pending"), lte(notificationOutbox.nextAttemptAt, new Date(now))))
    .orderBy(asc(notificationOutbox.seq))
    .limit(batchSize)
    .all();
  const result: SendResult = { sent: 0, retrying: 0, dead: 0, expired: 0, skipped: 0 };
  const lane = async (rows: Row[]) => {
    for (const row of rows) {
      if (row.expiresAt && ctx.now() >= row.expiresAt.getTime()) {
        settle(ctx, row, { status: "expired" });
        result.expired++;
        continue;
      }
      if (!stillDue(ctx, row)) {
        settle(ctx, row, { status: "skipped" });
        result.skipped++;
        continue;
      }
      const outcome = await deliver(ctx, row);
      const attempts = row.attempts + 1;
      if (outcome.kind === "sent") {
        settle(ctx, row, { status: "sent", sentAt: new Date(ctx.now()), attempts, lastError: null });
        result.sent++;
      } else if (outcome.kind === "permanent") {
        settle(ctx, row, { status: "dead", attempts, lastError: outcome.error });
        logger.warn("notifications.dead-letter", { seq: row.seq, kind: row.kind, channel: row.channel, error: outcome.error });
        result.dead++;
      } else {
        settle(ctx, row, { attempts, lastError: outcome.error, nextAttemptAt: new Date(ctx.now() + retryDelay(ctx, row.attempts)) });
        if (row.attempts === 0 || outcome.connection) logger.info("notifications.retrying", { seq: row.seq, channel: row.channel, attempts, error: outcome.error });
        result.retrying++;
        // The server cannot be reached: the rest of this channel waits for the next pass.
        if (outcome.connection) break;
      }
    }
  };
  await Promise.all([lane(due.filter((r) => r.channel === "email")), lane(due.filter((r) => r.channel === "sms"))]);
  return result;
}

function earliestDue(ctx: NotifyContext): number | null {
  const row = ctx.store.select({ at: min(notificationOutbox.nextAttemptAt) }).from(notificationOutbox).where(eq(notificationOutbox.status, "pending")).get();
  return row?.at ? new Date(row.at).getTime() : null;
}

export type NotificationWorker = { stop: () => Promise<void>; wake: () => void };

/** Sends until stopped; writes due reminders every `scheduleEveryMs` (and at start). */
export function startNotificationWorker(ctx: NotifyContext, options: { pollMs?: number; scheduleEveryMs?: number } = {}): NotificationWorker {
  const pollMs = options.pollMs ?? 1_000;
  const scheduleEveryMs = options.scheduleEveryMs ?? 60_000;
  let running = true;
  let wakeUp: (() => void) | null = null;
  const wake = () => wakeUp?.();
  notificationSignal.on("row", wake);
  let nextScheduleAt = 0;

  const loop = async () => {
    while (running) {
      if (ctx.now() >= nextScheduleAt) {
        try {
          const written = scheduleReminders(ctx.store, new Date(ctx.now()));
          if (written > 0) logger.info("notifications.reminders-written", { written });
        } catch (error) {
          logger.error("notifications.schedule-failed", { error });
        }
        nextScheduleAt = ctx.now() + scheduleEveryMs;
      }
      try {
        for (;;) {
          const pass = await sendPass(ctx);
          if (!running || pass.sent + pass.dead + pass.expired + pass.skipped === 0) break;
        }
      } catch (error) {
        logger.error("notifications.send-failed", { error });
      }
      if (!running) break;
      const due = earliestDue(ctx);
      const waitMs = Math.max(0, Math.min((due ?? Infinity) - ctx.now(), nextScheduleAt - ctx.now(), pollMs));
      if (waitMs > 0) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, waitMs);
          wakeUp = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wakeUp = null;
      }
    }
  };
  const done = loop();
  return {
    wake,
    stop: async () => {
      running = false;
      notificationSignal.off("row", wake);
      wake();
      await done;
    },
  };
}

/** Started by the portal's background work (through the Remix build, so features and worker share one signal). */
export function startNotifications(): NotificationWorker & { close: () => void } {
  const e = env();
  const senders = configuredSenders();
  const worker = startNotificationWorker({
    store: store(),
    senders,
    backoff: { baseMs: e.NOTIFY_BACKOFF_BASE_MS, capMs: e.NOTIFY_BACKOFF_CAP_MS },
    now: Date.now,
    random: Math.random,
  });
  return { ...worker, close: senders.close };
}
