import assert from "node:assert/strict";
import { test } from "node:test";
import { consentSchema } from "./schemas";

test("both answers are required and only yes or no is accepted", () => {
  assert.equal(consentSchema.safeParse({ fetch: "ja", share: "nej" }).success, true);
  const missing = consentSchema.safeParse({ fetch: "ja" });
  assert.equal(missing.success, false);
  assert.deepEqual(missing.error?.issues.map((i) => [i.path.join("."), i.message]), [["share", "consent.errors.share"]]);
  const forged = consentSchema.safeParse({ fetch: "måske", share: "ja", citizenId: "someone-else" });
  assert.equal(forged.success, false);
  assert.equal(forged.error?.issues[0]?.message, "consent.errors.fetch");
});

test("fields that are not in the form are dropped, never stored", () => {
  const parsed = consentSchema.parse({ fetch: "ja", share: "ja", citizenId: "someone-else", role: "staff" });
  assert.deepEqual(parsed, { fetch: "ja", share: "ja" });
});
