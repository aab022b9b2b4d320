import { and, gt, inArray, lte } from "drizzle-orm";
import { write, type Store } from "../../db/client";
import { notificationOutbox, summonses } from "../../db/schema";
import { notify } from "./outbox.server";
import { reminderDue, reminderHorizonMs, reminderKey, reminderWindow } from "./reminders";

/**
 * Writes the reminders due at `now` (see reminders.ts) into the notification outbox, each under a
 * key made from its summons and start: the scheduler may run every minute, after a restart, or in
 * two processes at once, and each reminder still exists once. Returns how many rows it wrote.
 */
export function scheduleReminders(db: Store, now: Date): number {
  const ahead = db
    .select({ id: summonses.id, citizenId: summonses.citizenId, start: summonses.start })
    .from(summonses)
    .where(
      and(
        inArray(summonses.status, ["planned", "moved"]),
        gt(summonses.start, now.toISOString()),
        lte(summonses.start, new Date(now.getTime() + reminderHorizonMs).toISOString()),
      ),
    )
    .all();
  let written = 0;
  for (const meeting of ahead) {
    if (!reminderDue(meeting.start, now)) continue;
    const key = reminderKey(meeting.id, meeting.start);
    const known = db
      .select({ seq: notificationOutbox.seq })
      .from(notificationOutbox)
      .where(inArray(notificationOutbox.key, [`${key}.email`, `${key}.sms`]))
      .limit(1)
      .get();
    if (known) continue;
    written += write(db, (tx) =>
      notify(tx, { kind: "reminder", citizenId: meeting.citizenId, summonsId: meeting.id, now, key, expiresAt: reminderWindow(meeting.start).until }),
    );
  }
  return written;
}
