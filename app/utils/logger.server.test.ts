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

/**
 * The log lines written to stdout and to stderr while `run` (and what it awaits) runs. The test
 * runner writes its own reports to stdout meanwhile: those chunks pass through.
 */
async function captureStreams(run: () => unknown): Promise<{ out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const original = process.stdout.write.bind(process.stdout);
  const originalErr = process.stderr.write.bind(process.stderr);
  const into = (lines: string[], pass: typeof process.stdout.write) =>
    ((chunk: unknown, ...rest: never[]) =>
      typeof chunk === "string" && chunk.startsWith('{"level":') ? (lines.push(...chunk.trim().split("\n")), true) : pass(chunk as string, ...rest)) as typeof process.stdout.write;
  process.stdout.write = into(out, original);
  process.stderr.write = into(err, originalErr);
  try {
    await run();
  } finally {
    process.stdout.write = original;
    process.stderr.write = originalErr;
  }
  return { out, err };
}

test("one JSON line per event with time, string level and event; warnings and errors go to stderr, the rest to stdout", async () => {
  const { out, err } = await captureStreams(() => {
    logger.debug("a.debug", { n: 1 });
    logger.info("a.info");
    logger.warn("a.warn");
    logger.error("a.error", { error: new Error("boom") });
    logger.security("a.security");
  });
  assert.deepEqual(out.map((line) => JSON.parse(line).event), ["a.debug", "a.info"]);
  assert.deepEqual(err.map((line) => JSON.parse(line).event), ["a.warn", "a.error", "a.security"]);
  for (const line of [...out, ...err]) {
    const parsed = JSON.parse(line);
    assert.match(parsed.time, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.equal(typeof parsed.level, "string");
    assert.equal(parsed.pid, undefined);
    assert.equal(parsed.hostname, undefined);
  }
  assert.match(out[0]!, /"level":"debug"/);
  assert.match(err[0]!, /"level":"warn"/);
  assert.equal(JSON.parse(out[0]!).n, 1);
  const error = JSON.parse(err[1]!).error;
  assert.equal(error.name, "Error");
  assert.equal(error.message, "boom");
  assert.match(error.stack, /logger\.server\.test\.ts/);
});

test("LOG_LEVEL is read at each write; an unknown value means info", async () => {
  try {
    process.env.LOG_LEVEL = "warn";
    const warnOnly = await captureStreams(() => (logger.info("hidden"), logger.warn("shown")));
    assert.deepEqual([...warnOnly.out, ...warnOnly.err].map((line) => JSON.parse(line).event), ["shown"]);
    process.env.LOG_LEVEL = "loud";
    const unknown = await captureStreams(() => (logger.debug("hidden"), logger.info("shown")));
    assert.deepEqual(unknown.out.map((line) => JSON.parse(line).event), ["shown"]);
  } finally {
    process.env.LOG_LEVEL = "debug";
  }
});

test("fields that name personal data are redacted, at the top and one level down", async () => {
  const { out } = await captureStreams(() =>
    logger.info("x", {
      cpr: "1504851234",
      name: "Anna Jensen",
      email: "anna.jensen@example.dk",
      phone: "12345678",
      address: "Vestergade 1",
      citizen: { cpr: "150485-1234", email: "anna.jensen@example.dk", phone: "12345678", address: "Vestergade 1", id: "c-1" },
      kind: "summons",
    }),
  );
  const line = out.join("\n");
  assert.doesNotMatch(line, /Anna|anna|Vestergade|12345678|1504851234|150485/);
  const parsed = JSON.parse(line);
  for (const field of ["cpr", "name", "email", "phone", "address"]) assert.equal(parsed[field], "[redacted]", field);
  assert.deepEqual(parsed.citizen, { cpr: "[redacted]", email: "[redacted]", phone: "[redacted]", address: "[redacted]", id: "c-1" });
  assert.equal(parsed.kind, "summons");
});

test("a CPR number is masked in the event, in an error's message and stack, and under any field name", async () => {
  const { out, err } = await captureStreams(() => {
    logger.info("lookup 150485-1234", { query: { words: ["find 1504851234 now"] } });
    logger.error("failed", { error: new Error("no citizen 1504851234") });
  });
  const text = [...out, ...err].join("\n");
  assert.doesNotMatch(text, /1504851234|150485-1234|150485/);
  assert.equal(JSON.parse(out[0]!).event, "lookup xxxxxx-xxxx");
  assert.deepEqual(JSON.parse(out[0]!).query, { words: ["find xxxxxx-xxxx now"] });
  assert.equal(JSON.parse(err[0]!).error.message, "no citizen xxxxxx-xxxx");
});

test("a UUID (a request id) is kept whole, though its digits can take a CPR number's shape", async () => {
  const ids = ["2c534085-1234-4ae3-bb43-e288c6c54fb0", "abcdef12-3456-4789-8123-456789012345", "12345678-1234-1234-1234-123456789012"];
  const { out } = await captureStreams(() => logger.info("x", { requestId: ids[0], ids, note: `${ids[1]} and 1504851234` }));
  const parsed = JSON.parse(out[0]!);
  assert.equal(parsed.requestId, ids[0]);
  assert.deepEqual(parsed.ids, ids);
  assert.equal(parsed.note, `${ids[1]} and xxxxxx-xxxx`);
});
