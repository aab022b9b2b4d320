import assert from "node:assert/strict";
import { test } from "node:test";
import { claimNames, identityFromClaims } from "./identity";

const citizen = {
  sub: "borger-anna",
  [claimNames.loa]: "Substantial",
  [claimNames.fullName]: "Anna Jensen",
  [claimNames.cpr]: "0101901234",
};
const employee = {
  sub: "eva",
  [claimNames.loa]: "High",
  [claimNames.fullName]: "Eva Bager",
  [claimNames.cvr]: "12345678",
  [claimNames.rid]: "11111",
  [claimNames.orgName]: "Bageriet Ørestad ApS",
};

test("a citizen at substantial assurance is accepted with CPR and name", () => {
  assert.deepEqual(identityFromClaims(citizen, "citizen"), {
    ok: true,
    identity: { kind: "citizen", cpr: "0101901234", name: "Anna Jensen" },
  });
});

test("assurance level low is refused for every audience", () => {
  for (const audience of ["citizen", "employer", "staff"] as const) {
    const claims = audience === "citizen" ? citizen : employee;
    assert.deepEqual(identityFromClaims({ ...claims, [claimNames.loa]: "Low" }, audience), {
      ok: false,
      reason: "assurance-too-low",
    });
  }
});

test("a business login cannot enter the citizen area, nor a citizen the business areas", () => {
  assert.deepEqual(identityFromClaims(employee, "citizen"), { ok: false, reason: "wrong-identity-kind" });
  assert.deepEqual(identityFromClaims(citizen, "employer"), { ok: false, reason: "wrong-identity-kind" });
});

test("an employee is read with CVR, RID and organisation", () => {
  const result = identityFromClaims(employee, "employer");
  assert.deepEqual(result, {
    ok: true,
    identity: { kind: "business", cvr: "12345678", rid: "11111", name: "Eva Bager", organisation: "Bageriet Ørestad ApS" },
  });
});

test("malformed claims are refused, not trusted", () => {
  assert.deepEqual(identityFromClaims({ ...citizen, [claimNames.cpr]: "01019O1234" }, "citizen"), {
    ok: false,
    reason: "invalid-claims",
  });
  assert.deepEqual(identityFromClaims({ sub: "x" }, "citizen"), { ok: false, reason: "invalid-claims" });
});
