import type { Language } from "~/i18n/config";

const zone = "Europe/Copenhagen";
const locales: Record<Language, string> = { da: "da-DK", en: "en-GB" };

// Made once per language: building an Intl.DateTimeFormat costs far more than formatting with it.
const formatters = <T extends Intl.DateTimeFormatOptions>(options: T) =>
  Object.fromEntries(Object.entries(locales).map(([lng, locale]) => [lng, new Intl.DateTimeFormat(locale, { timeZone: zone, ...options })])) as Record<
    Language,
    Intl.DateTimeFormat
  >;
const dayFormat = formatters({ weekday: "long", day: "numeric", month: "long", year: "numeric" });
const dateFormat = formatters({ day: "numeric", month: "long", year: "numeric" });
const shortDateFormat = formatters({ day: "numeric", month: "long" });
const timeFormat = formatters({ hour: "2-digit", minute: "2-digit" });

/*
 * One way to write dates and times where a person reads them, the Danish one: "1. december 2026",
 * "fredag den 4. december 2026", "kl. 10.00" (English: "1 December 2026", "Friday, 4 December
 * 2026", "10:00"). Each takes a calendar date ("2026-12-01") or an instant (an ISO timestamp or a
 * Date) and shows it in Danish time.
 */
export type DateInput = string | Date;

const calendarDate = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date is its own day everywhere; noon UTC is that day in Copenhagen too. */
function instant(value: DateInput): Date {
  if (value instanceof Date) return value;
  return new Date(calendarDate.test(value) ? `${value}T12:00:00Z` : value);
}

/** "1. december 2026" / "1 December 2026". */
export function formatDate(value: DateInput, lng: Language): string {
  return dateFormat[lng].format(instant(value));
}

/** "4. december" / "4 December": a date in a title or a list where the year is plain. */
export function formatShortDate(value: DateInput, lng: Language): string {
  return shortDateFormat[lng].format(instant(value));
}

/** "fredag den 4. december 2026" / "Friday, 4 December 2026" — the day of a meeting. */
export function formatDay(value: DateInput, lng: Language): string {
  return dayFormat[lng].format(instant(value));
}

/** The clock alone: "10.00" / "10:00" in Danish time. */
export function formatClock(value: DateInput, lng: Language): string {
  return timeFormat[lng].format(instant(value));
}

/** "kl. 10.00" / "10:00" in Danish time. */
export function formatTime(value: DateInput, lng: Language): string {
  return lng === "da" ? `kl. ${formatClock(value, lng)}` : formatClock(value, lng);
}

/** "kl. 10.00–11.00" / "10:00–11:00". */
export function formatTimeRange(start: DateInput, end: DateInput, lng: Language): string {
  return `${formatTime(start, lng)}–${formatClock(end, lng)}`;
}

/** "1. december 2026 kl. 10.00" / "1 December 2026, 10:00" — a deadline, when something happened. */
export function formatDateTime(value: DateInput, lng: Language): string {
  return lng === "da" ? `${formatDate(value, lng)} ${formatTime(value, lng)}` : `${formatDate(value, lng)}, ${formatTime(value, lng)}`;
}

/** "fredag den 4. december 2026 kl. 10.00–11.00" / "Friday, 4 December 2026, 10:00–11:00" — a meeting. */
export function formatDayAndTimes(start: DateInput, end: DateInput, lng: Language): string {
  return `${formatDay(start, lng)}${lng === "da" ? " " : ", "}${formatTimeRange(start, end, lng)}`;
}

/** A date that may be missing: formatted, or `none`. */
export function formatOptionalDate(value: DateInput | null | undefined, lng: Language, none = ""): string {
  return value ? formatDate(value, lng) : none;
}

const clockParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: zone,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

/** Copenhagen's offset from UTC, in minutes, at an instant. */
function offsetMinutes(at: number): number {
  const part = Object.fromEntries(clockParts.formatToParts(new Date(at)).map((p) => [p.type, p.value]));
  return (Date.UTC(Number(part.year), Number(part.month) - 1, Number(part.day), Number(part.hour), Number(part.minute)) - at) / 60_000;
}

/**
 * A date and a wall-clock time in Denmark ("2026-11-24", "10:00") as a UTC instant (ISO), or
 * null when either is not real. Staff type Danish times; the store and the foundation keep UTC.
 */
export function danishTimeToIso(date: string, time: string): string | null {
  const clock = /^([01]\d|2[0-3])[:.]([0-5]\d)$/.exec(time);
  if (!isRealDate(date) || !clock) return null;
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, Number(clock[1]), Number(clock[2]));
  // The offset at the guessed instant can differ from the one at the real instant near a DST switch.
  const guess = wall - offsetMinutes(wall) * 60_000;
  return new Date(wall - offsetMinutes(guess) * 60_000).toISOString();
}

/** The Danish date and time of an instant, as a date and a time field show them ("2026-11-24", "10:00"). */
export function danishDateAndTime(iso: string): { date: string; time: string } {
  const part = Object.fromEntries(clockParts.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return { date: `${part.year}-${part.month}-${part.day}`, time: `${part.hour}:${part.minute}` };
}

/*
 * Calendar dates as ISO strings (YYYY-MM-DD). "Today" is the date in Denmark, not in UTC: a
 * citizen reporting sick at 00:30 Danish time reports for that day.
 */

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar date written YYYY-MM-DD (no 31 February, no year 0). */
export function isRealDate(value: string): boolean {
  const match = isoDate.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2199) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const danish = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen", year: "numeric", month: "2-digit", day: "2-digit" });

/** The date in Denmark at `now`. */
export function danishDate(now: Date): string {
  return danish.format(now);
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const ms = (s: string) => {
    const [y, m, d] = s.split("-").map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((ms(to) - ms(from)) / 86_400_000);
}
