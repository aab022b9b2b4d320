import assert from "node:assert/strict";
import { test } from "node:test";
import { nameMatch } from "./name-search";

test("every word becomes a quoted prefix, Danish letters kept", () => {
  assert.equal(nameMatch("Søren  Østergaard"), '"søren"* "østergaard"*');
  assert.equal(nameMatch("Jensen-Hansen"), '"jensen"* "hansen"*');
});

test("FTS5 syntax typed by a user is only letters afterwards", () => {
  assert.equal(nameMatch('an" OR name:* NEAR(x'), '"an"* "or"* "name"* "near"* "x"*');
  assert.equal(nameMatch("*** ()"), null);
});
