import assert from "node:assert/strict";
import { test } from "node:test";
import { loggablePath, logger, logRef } from "./logger.server";

process.env.LOG_LEVEL = "debug";

function capture(run: () => void): string {
  const out: string[] = [];
  const original = process.stdout.write.bind(process.stdout);
  const originalErr = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((chunk: string) => (out.push(chunk), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string) => (out.push(chunk), true)) as typeof process.stderr.write;
  try {
    run();
  } finally {
    process.stdout.write = original;
    process.stderr.write = originalErr;
  }
  return out.join("");
}

test("a CPR number in any field is masked whole, also inside a word", () => {
  const line = capture(() =>
    logger.info("x", { note: "cpr 010190-1234 and 0101901234", nested: { a: ["0202024321"] }, path: "/job/x1504851234", other: "/job/_1504851234_" }),
  );
  assert.doesNotMatch(line, /1234|4321|010190|020202|150485/);
  assert.match(line, /xxxxxx-xxxx/);
});

test("a logged path keeps only the segments of known shape", () => {
  const id = "5f0c2b4e-8a1d-4c3e-9b7a-2d6e8f1a3c5b";
  assert.equal(loggablePath(`/borger/moeder/${id}/kalender.ics`), `/borger/moeder/${id}/kalender.ics`);
  assert.equal(loggablePath(`/medarbejder/borgere/${id}.data`), `/medarbejder/borgere/${id}.data`);
  assert.equal(loggablePath("/_root.data"), "/_root.data");
  assert.equal(loggablePath("/job/x1504851234"), "/job/:x");
  assert.equal(loggablePath("/job/_1504851234_/anna-jensen"), "/job/:x/anna-jensen");
  assert.equal(loggablePath("/borger/Anna Jensen"), "/borger/:x");
  assert.equal(loggablePath("/"), "/");
});

test("CR/LF in input cannot forge a second log line", () => {
  const line = capture(() => logger.security("login.failed", { input: 'x\r\n{"level":"info","event":"forged"}' }));
  assert.equal(line.trim().split("\n").length, 1);
  assert.equal(JSON.parse(line).input, 'x\r\n{"level":"info","event":"forged"}');
  assert.equal(JSON.parse(line).security, true);
});

test("log references are stable and do not reveal the value", () => {
  assert.equal(logRef("abc"), logRef("abc"));
  assert.notEqual(logRef("abc"), "abc");
  assert.equal(logRef("abc").length, 16);
});
