import assert from "node:assert/strict";
import { test } from "node:test";
import { danishDateAndTime, danishTimeToIso, formatDate, formatDateTime, formatDay, formatDayAndTimes, formatShortDate, formatTime, formatTimeRange } from "./dates";

test("meeting times are shown in Danish time, whatever the server's zone", () => {
  assert.equal(formatTime("2026-11-24T09:00:00.000Z", "da"), "kl. 10.00");
  assert.equal(formatTime("2026-07-01T09:00:00.000Z", "en"), "11:00");
  assert.equal(formatDay("2026-11-24T09:00:00.000Z", "da"), "tirsdag den 24. november 2026");
  assert.equal(formatDay("2026-11-24T09:00:00.000Z", "en"), "Tuesday, 24 November 2026");
});

test("a Danish wall-clock time becomes the right UTC instant, winter and summer, and back", () => {
  assert.equal(danishTimeToIso("2026-11-24", "10:00"), "2026-11-24T09:00:00.000Z");
  assert.equal(danishTimeToIso("2026-07-01", "10:30"), "2026-07-01T08:30:00.000Z");
  assert.equal(danishTimeToIso("2026-03-29", "03:30"), "2026-03-29T01:30:00.000Z");
  assert.equal(danishTimeToIso("2026-02-30", "10:00"), null);
  assert.equal(danishTimeToIso("2026-11-24", "24:00"), null);
  assert.deepEqual(danishDateAndTime("2026-07-01T08:30:00.000Z"), { date: "2026-07-01", time: "10:30" });
});

test("dates read the Danish way in Danish and the British way in English", () => {
  assert.equal(formatDate("2026-12-01", "da"), "1. december 2026");
  assert.equal(formatDate("2026-12-01", "en"), "1 December 2026");
  assert.equal(formatDay("2026-12-04", "da"), "fredag den 4. december 2026");
  assert.equal(formatDay("2026-12-04", "en"), "Friday, 4 December 2026");
  assert.equal(formatShortDate("2026-12-04", "da"), "4. december");
  assert.equal(formatShortDate("2026-12-04", "en"), "4 December");
});

test("a calendar date is the same day whatever the zone; an instant is its day in Copenhagen", () => {
  // 23:30 UTC on 30 November is 00:30 on 1 December in Denmark.
  assert.equal(formatDate("2026-11-30T23:30:00.000Z", "da"), "1. december 2026");
  assert.equal(formatDate(new Date("2026-06-30T22:30:00.000Z"), "en"), "1 July 2026");
  assert.equal(formatDate("2026-01-01", "da"), "1. januar 2026");
  assert.equal(formatDate("2026-12-31", "en"), "31 December 2026");
});

test("times say kl. in Danish, and ranges and date-times are written one way", () => {
  const start = "2026-12-04T09:00:00.000Z";
  const end = "2026-12-04T09:45:00.000Z";
  assert.equal(formatTime(start, "en"), "10:00");
  assert.equal(formatTimeRange(start, end, "da"), "kl. 10.00–10.45");
  assert.equal(formatTimeRange(start, end, "en"), "10:00–10:45");
  assert.equal(formatDateTime(start, "da"), "4. december 2026 kl. 10.00");
  assert.equal(formatDateTime(start, "en"), "4 December 2026, 10:00");
  assert.equal(formatDayAndTimes(start, end, "da"), "fredag den 4. december 2026 kl. 10.00–10.45");
  assert.equal(formatDayAndTimes(start, end, "en"), "Friday, 4 December 2026, 10:00–10:45");
  // Summer time: 09:00 UTC is 11.00 in Copenhagen.
  assert.equal(formatTime("2026-07-01T09:00:00.000Z", "da"), "kl. 11.00");
});

test("no formatted date or time is ISO-shaped", () => {
  for (const lng of ["da", "en"] as const) {
    for (const text of [formatDate("2026-12-01", lng), formatDateTime("2026-12-01T09:00:00.000Z", lng), formatDay("2026-12-01", lng)]) {
      assert.doesNotMatch(text, /\b\d{4}-\d{2}-\d{2}\b/);
    }
  }
});
