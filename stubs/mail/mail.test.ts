import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import nodemailer from "nodemailer";
import { startMailStub } from "../shared/testing";

let stub: Awaited<ReturnType<typeof startMailStub>>;
before(async () => {
  stub = await startMailStub();
});
after(async () => {
  await stub.stop();
});

const message = (messageId: string, to = "bo@example.dk") => ({
  from: "noreply@jobportalen.example",
  to,
  subject: "Dit møde er flyttet",
  text: "Hej. Dit møde er flyttet.",
  html: "<p>Hej. Dit møde er flyttet.</p>",
  messageId,
  attachments: [{ filename: "moede.ics", content: "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", contentType: "text/calendar; charset=utf-8" }],
});

test("a message sent over SMTP is kept once per Message-ID, with its text, HTML and attachments", async () => {
  const transport = nodemailer.createTransport(stub.smtpUrl);
  await transport.sendMail(message("<once@jobportalen>"));
  await transport.sendMail(message("<once@jobportalen>"));
  const [kept, ...more] = await stub.messages("BO@example.dk");
  assert.equal(more.length, 0);
  assert.equal(kept!.subject, "Dit møde er flyttet");
  assert.equal(kept!.text.trim(), "Hej. Dit møde er flyttet.");
  assert.match(kept!.html ?? "", /<p>Hej/);
  assert.equal(kept!.deliveries, 2);
  assert.deepEqual(
    kept!.attachments.map((a) => [a.filename, a.contentType]),
    [["moede.ics", "text/calendar"]],
  );
  assert.match(kept!.attachments[0]!.text ?? "", /BEGIN:VCALENDAR/);
  // The inbox pages show it, as text and as HTML.
  const inbox = await (await fetch(`${stub.web}/`)).text();
  assert.match(inbox, /Dit møde er flyttet/);
  assert.equal((await fetch(`${stub.web}/messages/${kept!.id}/text`)).status, 200);
  const html = await fetch(`${stub.web}/messages/${kept!.id}/html`);
  assert.match(html.headers.get("content-security-policy") ?? "", /sandbox/);
  assert.equal((await fetch(`${stub.web}/messages/999999`)).status, 404);
});

test("down refuses connections and up takes mail again; a message over 2 MB is refused", async () => {
  await stub.down(true);
  const transport = nodemailer.createTransport(stub.smtpUrl, { connectionTimeout: 2_000 } as never);
  await assert.rejects(transport.sendMail(message("<while-down@jobportalen>", "down@example.dk")), /ECONNREFUSED/);
  assert.equal((await fetch(`${stub.web}/healthz`)).status, 200);
  await stub.down(false);
  await transport.sendMail(message("<while-down@jobportalen>", "down@example.dk"));
  assert.equal((await stub.messages("down@example.dk")).length, 1);

  const big = { ...message("<big@jobportalen>", "big@example.dk"), text: "x".repeat(2.5 * 1024 * 1024) };
  await assert.rejects(transport.sendMail(big), (e: { responseCode?: number }) => e.responseCode === 552);
  assert.equal((await stub.messages("big@example.dk")).length, 0);
});
