import assert from "node:assert/strict";
import { test } from "node:test";
import { citizenSearchSchema, interpretQuery } from "./schemas";

test("a CPR number or a name is accepted; a CPR must be a real date", () => {
  assert.equal(citizenSearchSchema.safeParse({ query: "150485-1234" }).success, true);
  assert.equal(citizenSearchSchema.safeParse({ query: "Anna" }).success, true);
  assert.equal(citizenSearchSchema.safeParse({ query: "3202851234" }).error?.issues[0]?.message, "citizens.errors.cpr");
  assert.equal(citizenSearchSchema.safeParse({ query: "Anna 12" }).error?.issues[0]?.message, "citizens.errors.mixed");
  assert.equal(citizenSearchSchema.safeParse({ query: " " }).error?.issues[0]?.message, "citizens.errors.query");
  assert.equal(citizenSearchSchema.safeParse({}).error?.issues[0]?.message, "citizens.errors.query");
  assert.equal(citizenSearchSchema.safeParse({ query: "x".repeat(101) }).error?.issues[0]?.message, "citizens.errors.tooLong");
});

test("the query is read as CPR or name", () => {
  assert.deepEqual(interpretQuery("150485-1234"), { kind: "cpr", cpr: "1504851234" });
  assert.deepEqual(interpretQuery("Anna Jensen"), { kind: "name", name: "Anna Jensen" });
});
