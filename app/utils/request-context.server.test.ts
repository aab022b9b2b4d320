import assert from "node:assert/strict";
import { test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { logger } from "./logger.server";
import { currentRequestId, runInRequest } from "./request-context.server";

process.env.LOG_LEVEL = "debug";

/** The log lines written to stdout while `run` runs; the test runner's own reports pass through. */
async function captureStdout(run: () => Promise<unknown>): Promise<Record<string, unknown>[]> {
  const lines: string[] = [];
  const original = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: unknown, ...rest: never[]) =>
    typeof chunk === "string" && chunk.startsWith('{"level":') ? (lines.push(...chunk.trim().split("\n")), true) : original(chunk as string, ...rest)) as typeof process.stdout.write;
  try {
    await run();
  } finally {
    process.stdout.write = original;
  }
  return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** A feature function as the portal has them: it logs, awaits, and logs again, knowing nothing of requests. */
async function bookMeeting(): Promise<void> {
  logger.info("meeting.booking");
  await sleep(5);
  await Promise.resolve();
  logger.info("meeting.booked", { seq: 1 });
}

test("a line logged by feature code inside a request carries that request's id, across awaits and timers", async () => {
  const lines = await captureStdout(() => runInRequest("req-1", bookMeeting));
  assert.deepEqual(
    lines.map((line) => [line.event, line.requestId]),
    [
      ["meeting.booking", "req-1"],
      ["meeting.booked", "req-1"],
    ],
  );
});

test("requests that run at the same time keep their own ids; outside a request there is none", async () => {
  const lines = await captureStdout(async () => {
    await Promise.all([runInRequest("req-a", bookMeeting), runInRequest("req-b", bookMeeting)]);
    logger.info("sessions.swept");
  });
  const ids = (event: string) => lines.filter((line) => line.event === event).map((line) => line.requestId);
  assert.deepEqual(ids("meeting.booking").sort(), ["req-a", "req-b"]);
  assert.deepEqual(ids("meeting.booked").sort(), ["req-a", "req-b"]);
  assert.deepEqual(ids("sessions.swept"), [undefined]);
  assert.equal(currentRequestId(), undefined);
});

test("a caller's own requestId field is written once, not twice", async () => {
  const [line] = await captureStdout(async () => runInRequest("req-1", () => logger.info("http", { requestId: "req-1" })));
  assert.equal(line!.requestId, "req-1");
  assert.equal(JSON.stringify(line).match(/requestId/g)?.length, 1);
});
