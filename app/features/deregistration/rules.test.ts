import assert from "node:assert/strict";
import { test } from "node:test";
import { checkDeregistration, reasonRules } from "./rules";

const today = "2026-11-23";
const citizenReason = reasonRules({});
const systemReason = reasonRules({ system: true });

test("a citizen's reason and a date today or later are accepted", () => {
  assert.deepEqual(checkDeregistration({ reason: citizenReason, deregisteredOn: today, today, registered: true }), { ok: true });
  assert.deepEqual(checkDeregistration({ reason: citizenReason, deregisteredOn: "2026-12-01", today, registered: true }), { ok: true });
});

test("system reasons, unknown codes and past dates are refused, each at its field", () => {
  assert.deepEqual(checkDeregistration({ reason: systemReason, deregisteredOn: "2026-11-22", today, registered: true }), {
    ok: false,
    errors: { reason: ["deregistration.errors.reason"], deregisteredOn: ["deregistration.errors.past"] },
  });
  assert.deepEqual(checkDeregistration({ reason: null, deregisteredOn: today, today, registered: true }), {
    ok: false,
    errors: { reason: ["deregistration.errors.reason"] },
  });
});

test("a citizen who is not registered cannot deregister", () => {
  assert.deepEqual(checkDeregistration({ reason: citizenReason, deregisteredOn: today, today, registered: false }), {
    ok: false,
    errors: { form: ["deregistration.errors.notRegistered"] },
  });
});
