import assert from "node:assert/strict";
import { test } from "node:test";
import { slotOffers, summonses } from "../schema";
import { freshPortalStore } from "../../app/foundation/testing/stub";
import { danishDateAndTime } from "../../app/utils/dates";
import { at } from "./demo";
import { seedStore } from "./index";

test("a demo time is Danish wall-clock time in winter, in summer and across the change to summer time", () => {
  assert.equal(at(new Date("2027-01-15T12:00:00Z"), 0, 10, 0), "2027-01-15T09:00:00.000Z");
  assert.equal(at(new Date("2027-07-01T12:00:00Z"), 0, 10, 0), "2027-07-01T08:00:00.000Z");
  // The day before the clocks go forward (28 March 2027), for the next morning.
  assert.equal(at(new Date("2027-03-27T12:00:00Z"), 1, 10, 0), "2027-03-28T08:00:00.000Z");
  // Days count in Denmark: at 00:30 Danish time it is already the next day there.
  assert.equal(at(new Date("2027-07-01T22:30:00Z"), 0, 10, 0), "2027-07-02T08:00:00.000Z");
});

for (const now of [new Date("2027-01-15T09:00:00Z"), new Date("2027-06-15T09:00:00Z")]) {
  test(`the demo data seeded on ${now.toISOString().slice(0, 10)} has its meetings and free times on the hour, Danish time`, () => {
    const portal = freshPortalStore();
    try {
      seedStore(portal.store, { now });
      const starts = [
        ...portal.store.select({ start: summonses.start }).from(summonses).all(),
        ...portal.store.select({ start: slotOffers.start }).from(slotOffers).all(),
      ].map(({ start }) => danishDateAndTime(start).time);
      assert.ok(starts.length > 20);
      assert.deepEqual(
        [...new Set(starts)].sort(),
        ["09:00", "10:00", "11:00", "13:00", "14:00"],
      );
    } finally {
      portal.remove();
    }
  });
}
