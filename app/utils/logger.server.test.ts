import assert from "node:assert/strict";
import { test } from "node:test";
import { logger, logRef } from "./logger.server";

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

test("a CPR number in any field is masked", () => {
  const line = capture(() => logger.info("x", { note: "cpr 010190-1234 and 0101901234", nested: { a: ["0202024321"] } }));
  assert.doesNotMatch(line, /1234|4321/);
  assert.match(line, /010190-xxxx/);
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
