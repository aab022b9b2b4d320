import assert from "node:assert/strict";
import { test } from "node:test";
import { receiptReference } from "./receipt";

test("a receipt's reference is the id's first twelve hex digits in groups of four", () => {
  assert.equal(receiptReference("3f2a91c0-7b4d-4e1a-9c2b-0d9e8f7a6b5c"), "3F2A-91C0-7B4D");
  assert.equal(receiptReference("ab"), "AB");
});
