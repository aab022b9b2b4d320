import type { Language } from "~/i18n/config";

const zone = "Europe/Copenhagen";
const locales: Record<Language, string> = { da: "da-DK", en: "en-GB" };

/** "mandag 24. november 2026" — the day of a meeting, in Danish time, in the user's language. */
export function formatDay(iso: string, lng: Language): string {
  return new Intl.DateTimeFormat(locales[lng], { timeZone: zone, weekday: "long", day: "numeric", month: "long", year: "numeric" }).format(new Date(iso));
}

/** "10.00" / "10:00" in Danish time. */
export function formatTime(iso: string, lng: Language): string {
  return new Intl.DateTimeFormat(locales[lng], { timeZone: zone, hour: "2-digit", minute: "2-digit" }).format(new Date(iso));
}

/** A date and time, e.g. a deadline. */
export function formatDateTime(iso: string, lng: Language): string {
  return `${formatDay(iso, lng)} ${formatTime(iso, lng)}`;
}
