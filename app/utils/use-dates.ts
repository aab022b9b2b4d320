import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { fallbackLanguage, isLanguage, type Language } from "~/i18n/config";
import {
  formatDate,
  formatDateTime,
  formatDay,
  formatDayAndTimes,
  formatOptionalDate,
  formatShortDate,
  formatTime,
  formatTimeRange,
  type DateInput,
} from "./dates";

/** The language the page is shown in. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : fallbackLanguage;
}

/**
 * The date module bound to the page's language, for components: `const d = useDates();
 * d.date("2026-12-01")` → "1. december 2026". Loaders that format on the server call
 * `app/utils/dates.ts` with the language themselves.
 */
export function useDates() {
  const lng = useLanguage();
  return useMemo(
    () => ({
      lng,
      date: (value: DateInput) => formatDate(value, lng),
      optionalDate: (value: DateInput | null | undefined, none = "") => formatOptionalDate(value, lng, none),
      shortDate: (value: DateInput) => formatShortDate(value, lng),
      day: (value: DateInput) => formatDay(value, lng),
      time: (value: DateInput) => formatTime(value, lng),
      timeRange: (start: DateInput, end: DateInput) => formatTimeRange(start, end, lng),
      dateTime: (value: DateInput) => formatDateTime(value, lng),
      dayAndTimes: (start: DateInput, end: DateInput) => formatDayAndTimes(start, end, lng),
    }),
    [lng],
  );
}
