import assert from "node:assert/strict";
import { test } from "node:test";
import { freshPortalStore } from "~/foundation/testing/stub";
import { countsTowardLockout, isLockedOut, lockout, recordLoginFailure } from "./lockout.server";

test("five refused logins within 15 minutes lock that identity, and only that one, for the window", () => {
  const portal = freshPortalStore();
  try {
    const start = new Date("2026-11-23T10:00:00Z");
    for (let i = 0; i < lockout.failures - 1; i++) recordLoginFailure("borger-dennis", new Date(start.getTime() + i * 60_000), portal.store);
    assert.equal(isLockedOut("borger-dennis", new Date(start.getTime() + 5 * 60_000), portal.store), false);
    recordLoginFailure("borger-dennis", new Date(start.getTime() + 5 * 60_000), portal.store);
    assert.equal(isLockedOut("borger-dennis", new Date(start.getTime() + 6 * 60_000), portal.store), true);
    assert.equal(isLockedOut("borger-anna", new Date(start.getTime() + 6 * 60_000), portal.store), false);
    // Once the early failures are older than the window, the lock lifts.
    assert.equal(isLockedOut("borger-dennis", new Date(start.getTime() + 16 * 60_000), portal.store), false);
  } finally {
    portal.remove();
  }
});

test("only a login that fell short counts toward the lock, not a refused door", () => {
  for (const reason of ["assurance-too-low", "invalid-claims"]) assert.equal(countsTowardLockout(reason), true, reason);
  for (const reason of ["not-staff", "wrong-identity-kind", "locked", "cancelled", "expired"]) assert.equal(countsTowardLockout(reason), false, reason);
});
