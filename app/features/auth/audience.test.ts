import assert from "node:assert/strict";
import { test } from "node:test";
import { audienceOfPath, loginUrl, safeReturnPath } from "./audience";

test("paths map to their audience area", () => {
  assert.equal(audienceOfPath("/borger"), "citizen");
  assert.equal(audienceOfPath("/borger/moeder/1"), "citizen");
  assert.equal(audienceOfPath("/arbejdsgiver"), "employer");
  assert.equal(audienceOfPath("/medarbejder/jobordrer"), "staff");
  assert.equal(audienceOfPath("/borgerservice"), undefined);
  assert.equal(audienceOfPath("/job"), undefined);
});

test("the return path after login is never an open redirect", () => {
  assert.equal(safeReturnPath("/borger/fravaer", "citizen"), "/borger/fravaer");
  assert.equal(safeReturnPath("//evil.example/borger", "citizen"), "/borger");
  assert.equal(safeReturnPath("https://evil.example/borger", "citizen"), "/borger");
  assert.equal(safeReturnPath("/\\evil.example", "employer"), "/arbejdsgiver");
  assert.equal(safeReturnPath("/job", "staff"), "/medarbejder");
  assert.equal(safeReturnPath(null, "citizen"), "/borger");
  // Judged after the browser's own normalisation: "/borger/..//x" is "//x", which is not /borger.
  assert.equal(safeReturnPath("/borger/..//x", "citizen"), "/borger");
  assert.equal(safeReturnPath("/borger/..//evil.example/borger", "citizen"), "/borger");
  assert.equal(safeReturnPath("/borger//moeder", "citizen"), "/borger/moeder");
});

test("the login URL carries the return path encoded", () => {
  assert.equal(loginUrl("/borger/moeder?vis=alle"), "/log-ind?til=%2Fborger%2Fmoeder%3Fvis%3Dalle");
});
