import { addDays, danishDate, danishTimeToIso } from "~/utils/dates";

/**
 * When a meeting's reminder goes: from 09:00 Danish time on the Danish day before the meeting
 * (never at night, and the same wall-clock hour across a change to or from summer time) until the
 * meeting begins. A worker that was down all that morning sends it when it is back, still before
 * the meeting; after the meeting starts, it is no use and is not sent.
 */
export const reminderClock = "09:00";

export function reminderWindow(start: string): { from: Date; until: Date } {
  const dayBefore = addDays(danishDate(new Date(start)), -1);
  return { from: new Date(danishTimeToIso(dayBefore, reminderClock)!), until: new Date(start) };
}

/** Whether the reminder of a meeting at `start` is due at `now`. */
export function reminderDue(start: string, now: Date): boolean {
  const { from, until } = reminderWindow(start);
  return now.getTime() >= from.getTime() && now.getTime() < until.getTime();
}

/** One reminder per summons and start: a moved meeting gets its own, a restart never a second. */
export const reminderKey = (summonsId: string, start: string) => `reminder.${summonsId}.${Date.parse(start)}`;

/** The widest a window reaches ahead of its meeting: a day before plus 15 hours (09:00 to 23:59) and an hour of DST. */
export const reminderHorizonMs = 41 * 3_600_000;
