import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { startSmsStub } from "../shared/testing";

let stub: Awaited<ReturnType<typeof startSmsStub>>;
before(async () => {
  stub = await startSmsStub();
});
after(async () => {
  await stub.stop();
});

const send = (body: unknown, key: string | null, token = stub.token) =>
  fetch(`${stub.url}/v1/messages`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}`, ...(key ? { "Idempotency-Key": key } : {}) },
    body: JSON.stringify(body),
  });

test("the same idempotency key gets the same answer and the message is stored once", async () => {
  const first = await send({ to: "+4511223344", text: "Dit møde er flyttet." }, "key-00000001");
  assert.equal(first.status, 202);
  const again = await send({ to: "+4511223344", text: "Dit møde er flyttet." }, "key-00000001");
  assert.deepEqual(await again.json(), await first.json());
  const stored = await stub.messages("+4511223344");
  assert.equal(stored.length, 1);
  assert.equal(stored[0]!.deliveries, 2);
  assert.equal(stored[0]!.text, "Dit møde er flyttet.");
  // The same key for another message is refused, not stored.
  assert.equal((await send({ to: "+4511223344", text: "Noget andet." }, "key-00000001")).status, 422);
  assert.equal((await stub.messages("+4511223344")).length, 1);
  assert.match(await (await fetch(`${stub.url}/`)).text(), /Dit møde er flyttet/);
});

test("refuses a wrong token, a missing key, a bad number, a text too long and a body too large", async () => {
  const ok = { to: "+4511223355", text: "Hej" };
  assert.equal((await send(ok, "key-00000002", "wrong-token")).status, 401);
  assert.equal((await send(ok, null)).status, 400);
  assert.equal((await send({ to: "12345678", text: "Hej" }, "key-00000003")).status, 400);
  assert.equal((await send({ to: "+4511223355", text: "x".repeat(1531) }, "key-00000004")).status, 400);
  assert.equal((await send({ to: "+4511223355", text: "x".repeat(9000) }, "key-00000005")).status, 413);
  assert.equal((await stub.messages("+4511223355")).length, 0);
});

test("down cuts connections to /v1 and up answers again; /healthz stays up", async () => {
  await stub.down(true);
  await assert.rejects(send({ to: "+4511223366", text: "Hej" }, "key-00000006"));
  assert.equal((await fetch(`${stub.url}/healthz`)).status, 200);
  await stub.down(false);
  assert.equal((await send({ to: "+4511223366", text: "Hej" }, "key-00000006")).status, 202);
  assert.equal((await stub.messages("+4511223366")).length, 1);
});
