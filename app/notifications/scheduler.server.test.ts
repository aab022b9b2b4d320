import assert from "node:assert/strict";
import { eq } from "drizzle-orm";
import { after, before, test } from "node:test";
import { write } from "../../db/client";
import { summonses } from "../../db/schema";
import { freshPortalStore } from "~/foundation/testing/stub";
import { addSummons } from "~/features/meetings/testing";
import { reminderDue, reminderKey, reminderWindow } from "./reminders";
import { scheduleReminders } from "./scheduler.server";
import { addReachableCitizen, outboxRows } from "./testing";

let portal: ReturnType<typeof freshPortalStore>;
before(() => {
  portal = freshPortalStore();
});
after(() => portal.remove());

const iso = (s: string) => new Date(s).toISOString();

test("the window opens at 09:00 Danish time on the Danish day before, and closes when the meeting begins", () => {
  // Winter (UTC+1): a meeting at 10:00 on Friday 4 December; the reminder from 09:00 on Thursday.
  assert.deepEqual(reminderWindow("2026-12-04T09:00:00.000Z"), { from: new Date("2026-12-03T08:00:00Z"), until: new Date("2026-12-04T09:00:00Z") });
  // Summer (UTC+2).
  assert.equal(reminderWindow("2027-06-10T08:00:00.000Z").from.toISOString(), iso("2027-06-09T07:00:00Z"));
});

test("Danish midnight: a meeting at 00:30 Danish time belongs to its Danish day, not to the UTC day before", () => {
  // 00:30 on 5 December in Denmark is 23:30 on 4 December in UTC: the day before is 4 December.
  assert.equal(reminderWindow("2026-12-04T23:30:00.000Z").from.toISOString(), iso("2026-12-04T08:00:00Z"));
  // 23:30 on 4 December in Denmark: the day before is 3 December.
  assert.equal(reminderWindow("2026-12-04T22:30:00.000Z").from.toISOString(), iso("2026-12-03T08:00:00Z"));
  // Just before and at 09:00 Danish time on the day before.
  assert.equal(reminderDue("2026-12-04T23:30:00.000Z", new Date("2026-12-04T07:59:59Z")), false);
  assert.equal(reminderDue("2026-12-04T23:30:00.000Z", new Date("2026-12-04T08:00:00Z")), true);
  // At the meeting it is too late.
  assert.equal(reminderDue("2026-12-04T23:30:00.000Z", new Date("2026-12-04T23:30:00Z")), false);
});

test("daylight saving: 09:00 on the day before keeps its wall-clock hour across the change", () => {
  // Clocks go forward on Sunday 28 March 2027 at 02:00. A meeting on Monday 29 March at 10:00
  // (CEST, 08:00Z): the day before is the Sunday itself, already in summer time, so 07:00Z.
  assert.equal(reminderWindow("2027-03-29T08:00:00.000Z").from.toISOString(), iso("2027-03-28T07:00:00Z"));
  // A meeting on that Sunday at 10:00 (CEST): the Saturday before is still winter, 08:00Z.
  assert.equal(reminderWindow("2027-03-28T08:00:00.000Z").from.toISOString(), iso("2027-03-27T08:00:00Z"));
  // Clocks go back on Sunday 31 October 2027 at 03:00. A meeting that Sunday at 10:00 (CET,
  // 09:00Z): the Saturday before is still summer, 07:00Z, 26 hours before.
  assert.equal(reminderWindow("2027-10-31T09:00:00.000Z").from.toISOString(), iso("2027-10-30T07:00:00Z"));
  // A meeting at 02:30 in the hour that comes twice (the first, CEST, 00:30Z): the day before is 30 October.
  assert.equal(reminderWindow("2027-10-31T00:30:00.000Z").from.toISOString(), iso("2027-10-30T07:00:00Z"));
});

test("each reminder is written once, however often and from however many restarts the scheduler runs", () => {
  const citizenId = addReachableCitizen(portal.store, { email: "remind@example.dk", phone: "+4531000010" });
  const start = new Date("2026-12-04T09:00:00Z");
  const summonsId = addSummons(portal.store, citizenId, start, {}, new Date("2026-11-20T10:00:00Z"));
  const dayAfter = addSummons(portal.store, citizenId, new Date("2026-12-05T09:00:00Z"), {}, new Date("2026-11-20T10:00:00Z"));
  // Before the window: nothing.
  assert.equal(scheduleReminders(portal.store, new Date("2026-12-03T07:59:00Z")), 0);
  // In it: e-mail and SMS of the one meeting due, and again nothing.
  const inWindow = new Date("2026-12-03T08:00:00Z");
  assert.equal(scheduleReminders(portal.store, inWindow), 2);
  assert.equal(scheduleReminders(portal.store, inWindow), 0);
  assert.equal(scheduleReminders(portal.store, new Date("2026-12-03T21:00:00Z")), 0);
  const rows = outboxRows(portal.store, citizenId);
  assert.deepEqual(rows.map((r) => [r.kind, r.channel, r.key]), [
    ["reminder", "email", `${reminderKey(summonsId, start.toISOString())}.email`],
    ["reminder", "sms", `${reminderKey(summonsId, start.toISOString())}.sms`],
  ]);
  assert.equal(rows[0]!.expiresAt?.toISOString(), start.toISOString());
  // Moved to a new time inside the window, the meeting gets its own reminder; cancelled, none.
  write(portal.store, (tx) => {
    tx.update(summonses).set({ start: "2026-12-04T12:00:00.000Z", status: "moved" }).where(eq(summonses.id, summonsId)).run();
    tx.update(summonses).set({ status: "cancelled" }).where(eq(summonses.id, dayAfter)).run();
  });
  assert.equal(scheduleReminders(portal.store, new Date("2026-12-04T08:30:00Z")), 2);
  assert.equal(scheduleReminders(portal.store, new Date("2026-12-04T08:31:00Z")), 0);
  assert.equal(outboxRows(portal.store, citizenId).length, 4);
});
