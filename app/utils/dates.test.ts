import assert from "node:assert/strict";
import { test } from "node:test";
import { danishDateAndTime, danishTimeToIso, formatDay, formatTime } from "./dates";

test("meeting times are shown in Danish time, whatever the server's zone", () => {
  assert.equal(formatTime("2026-11-24T09:00:00.000Z", "da"), "10.00");
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
