import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { freshPortalStore } from "~/foundation/testing/stub";
import { meetingCalendar } from "./calendar.server";
import { MeetingNotFound, rebook } from "./rebooking.server";
import { addCitizen, addSlot, addSummons } from "./testing";

let portal: ReturnType<typeof freshPortalStore>;
const created = new Date("2026-11-20T10:00:00Z");
const later = new Date("2026-11-23T10:00:00Z");

before(() => {
  portal = freshPortalStore();
});
after(() => portal.remove());

const line = (ics: string, name: string) => ics.split("\r\n").find((l) => l.startsWith(`${name}`));

test("the same UID after a move, a higher SEQUENCE and the new time; another citizen's meeting is not found", () => {
  const citizen = addCitizen(portal.store);
  const summons = addSummons(portal.store, citizen, new Date("2026-11-26T09:00:00Z"), {}, created);
  const before = meetingCalendar(citizen, summons, { db: portal.store, now: created }).ics;
  const slot = addSlot(portal.store, new Date("2026-11-27T13:00:00Z"));
  assert.deepEqual(rebook(citizen, summons, slot, { db: portal.store, now: later }), { ok: true });
  const after = meetingCalendar(citizen, summons, { db: portal.store, now: later }).ics;
  assert.equal(line(after, "UID:"), line(before, "UID:"));
  assert.ok(Number(line(after, "SEQUENCE:")!.slice(9)) > Number(line(before, "SEQUENCE:")!.slice(9)));
  assert.equal(line(before, "DTSTART;"), "DTSTART;TZID=Europe/Copenhagen:20261126T100000");
  assert.equal(line(after, "DTSTART;"), "DTSTART;TZID=Europe/Copenhagen:20261127T140000");
  assert.throws(() => meetingCalendar(addCitizen(portal.store), summons, { db: portal.store }), MeetingNotFound);
});

test("issue 19 item 11: the calendar's place names the street once", () => {
  const citizen = addCitizen(portal.store);
  const summons = addSummons(
    portal.store,
    citizen,
    new Date("2026-11-27T09:00:00Z"),
    { location: "Jobcenter København, Kultorvet 2", address: "Kultorvet 2, 1175 København K" },
    new Date("2026-11-23T10:00:00Z"),
  );
  const { ics } = meetingCalendar(citizen, summons, { db: portal.store, now: new Date("2026-11-23T10:00:00Z") });
  assert.equal(line(ics, "LOCATION:"), "LOCATION:Jobcenter København\\, Kultorvet 2\\, 1175 København K");
});
