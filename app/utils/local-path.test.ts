import assert from "node:assert/strict";
import { test } from "node:test";
import { localPath } from "./local-path";

test("a local path stays as it is, query and all", () => {
  assert.equal(localPath("/borger/moeder?vis=alle"), "/borger/moeder?vis=alle");
  assert.equal(localPath("/"), "/");
  assert.equal(localPath("/job?q=lager&til=http://x"), "/job?q=lager&til=http://x");
});

test("nothing that a browser would take to another site survives (the ?lng and ?til= open redirects)", () => {
  assert.equal(localPath("//127.0.0.1:4510/healthz"), "/127.0.0.1:4510/healthz");
  assert.equal(localPath("//evil.example/x?lng=en"), "/evil.example/x?lng=en");
  assert.equal(localPath("/borger/..//x"), "/x");
  assert.equal(localPath("/borger/..//evil.example"), "/evil.example");
  assert.equal(localPath("///evil.example"), "/evil.example");
  for (const foreign of ["https://evil.example/", "evil.example", "/\\evil.example", "\\\\evil.example", ""]) {
    assert.equal(localPath(foreign), null, foreign);
  }
});
