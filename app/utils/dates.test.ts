import assert from "node:assert/strict";
import { test } from "node:test";
import { formatDay, formatTime } from "./dates";

test("meeting times are shown in Danish time, whatever the server's zone", () => {
  assert.equal(formatTime("2026-11-24T09:00:00.000Z", "da"), "10.00");
  assert.equal(formatTime("2026-07-01T09:00:00.000Z", "en"), "11:00");
  assert.equal(formatDay("2026-11-24T09:00:00.000Z", "da"), "tirsdag den 24. november 2026");
  assert.equal(formatDay("2026-11-24T09:00:00.000Z", "en"), "Tuesday, 24 November 2026");
});
