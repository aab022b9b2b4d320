import assert from "node:assert/strict";
import { test } from "node:test";
import { AbsenceNotFound } from "~/features/absence/absence.server";
import { JobOrderNotFound } from "~/features/job-orders/orders.server";
import { NotFound, orNotFound } from "./not-found.server";

const request = new Request("https://jobportal.example/borger/fravaer/x");
const session = { idHash: "h" };

/** What a thrown value is, as a route's caller sees it. */
async function outcome(work: () => unknown): Promise<number | string> {
  try {
    await orNotFound(request, session, work);
    return "returned";
  } catch (thrown) {
    return thrown instanceof Response ? thrown.status : String(thrown);
  }
}

test("any feature's NotFound, thrown or rejected, becomes the same 404; other errors pass through untouched", async () => {
  assert.equal(await outcome(() => { throw new AbsenceNotFound(); }), 404);
  assert.equal(await outcome(async () => { throw new JobOrderNotFound(); }), 404);
  assert.equal(await outcome(() => { throw new NotFound("anything"); }), 404);
  assert.equal(await outcome(() => { throw new Error("disk full"); }), "Error: disk full");
  assert.equal(await outcome(async () => { throw new TypeError("bug"); }), "TypeError: bug");
  assert.equal(orNotFound(request, session, () => 42), 42);
  assert.equal(await orNotFound(request, session, async () => "ok"), "ok");
});
