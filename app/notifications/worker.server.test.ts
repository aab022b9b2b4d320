import assert from "node:assert/strict";
import { eq } from "drizzle-orm";
import { after, before, test } from "node:test";
import { write } from "../../db/client";
import { notificationOutbox, summonses } from "../../db/schema";
import { freshPortalStore } from "~/foundation/testing/stub";
import { addSummons } from "~/features/meetings/testing";
import { startMailStub, startSmsStub } from "../../stubs/shared/testing";
import { notify } from "./outbox.server";
import { smsGateway, smtpSender } from "./senders.server";
import { addReachableCitizen, outboxRows } from "./testing";
import { sendPass, type NotifyContext } from "./worker.server";

let portal: ReturnType<typeof freshPortalStore>;
let mail: Awaited<ReturnType<typeof startMailStub>>;
let sms: Awaited<ReturnType<typeof startSmsStub>>;
let ctx: NotifyContext;
let clock = Date.parse("2026-12-01T10:00:00Z");
const now = () => new Date(clock);
const meetingAt = new Date("2026-12-04T09:00:00Z");

before(async () => {
  portal = freshPortalStore();
  [mail, sms] = await Promise.all([startMailStub(), startSmsStub()]);
  const mailer = smtpSender({ url: mail.smtpUrl, from: "Jobportalen <ikke-svar@jobportalen.example>", timeoutMs: 3_000 });
  ctx = {
    store: portal.store,
    senders: { ...mailer, ...smsGateway({ url: sms.url, token: sms.token, timeoutMs: 3_000 }) },
    backoff: { baseMs: 1_000, capMs: 60_000 },
    now: () => clock,
    random: () => 1,
  };
});
after(async () => {
  await Promise.all([mail.stop(), sms.stop()]);
  portal.remove();
});

/** A citizen with a meeting and a notification about it, written as a feature writes it. */
function citizenWithNotice(contact: Parameters<typeof addReachableCitizen>[1] = {}) {
  const citizenId = addReachableCitizen(portal.store, contact);
  const summonsId = addSummons(portal.store, citizenId, meetingAt, {}, now());
  write(portal.store, (tx) => notify(tx, { kind: "summons.created", citizenId, summonsId, now: now() }));
  return { citizenId, summonsId };
}

test("written with the change: one e-mail with the .ics, no SMS for a kind without one; nothing when the change rolls back", () => {
  const { citizenId, summonsId } = citizenWithNotice({ email: "written@example.dk" });
  const rows = outboxRows(portal.store, citizenId);
  assert.deepEqual(rows.map((r) => [r.channel, r.recipient, r.status, r.language]), [["email", "written@example.dk", "pending", "da"]]);
  const payload = rows[0]!.payload;
  assert.ok(payload.channel === "email" && payload.attachments[0]!.content.includes("BEGIN:VCALENDAR"));
  assert.throws(() =>
    write(portal.store, (tx) => {
      notify(tx, { kind: "rebooking", citizenId, summonsId, now: now() });
      throw new Error("the change fails");
    }),
  );
  assert.equal(outboxRows(portal.store, citizenId).length, 1);
  // E-mail and SMS for a kind with both; a channel the citizen gave nothing for is skipped.
  write(portal.store, (tx) => notify(tx, { kind: "rebooking", citizenId, summonsId, now: now() }));
  assert.deepEqual(outboxRows(portal.store, citizenId).map((r) => r.channel), ["email", "email", "sms"]);
  const { citizenId: noPhone, summonsId: hers } = citizenWithNotice({ email: null, phone: null });
  write(portal.store, (tx) => notify(tx, { kind: "rebooking", citizenId: noPhone, summonsId: hers, now: now() }));
  assert.equal(outboxRows(portal.store, noPhone).length, 0);
});

test("sent once: a second pass sends nothing, and a retry after a lost acknowledgement is recognised by its key", async () => {
  const citizenId = addReachableCitizen(portal.store, { email: "once@example.dk", phone: "+4531000001", language: "en" });
  const summonsId = addSummons(portal.store, citizenId, meetingAt, {}, now());
  write(portal.store, (tx) => notify(tx, { kind: "rebooking", citizenId, summonsId, now: now() }));
  const first = await sendPass(ctx);
  assert.ok(first.sent >= 2);
  assert.equal((await sendPass(ctx)).sent, 0);
  assert.deepEqual(outboxRows(portal.store, citizenId).map((r) => r.status), ["sent", "sent"]);
  // A crash after the servers took them, before they were marked sent: both go again.
  write(portal.store, (tx) => tx.update(notificationOutbox).set({ status: "pending" }).where(eq(notificationOutbox.citizenId, citizenId)).run());
  assert.equal((await sendPass(ctx)).sent, 2);
  const [email, ...moreMail] = await mail.messages("once@example.dk");
  assert.equal(moreMail.length, 0);
  assert.equal(email!.deliveries, 2);
  assert.equal(email!.subject, "You have moved your meeting");
  assert.deepEqual(email!.attachments.map((a) => [a.filename, a.contentType]), [["moede-2026-12-04.ics", "text/calendar"]]);
  const texts = await sms.messages("+4531000001");
  assert.equal(texts.length, 1);
  assert.equal(texts[0]!.deliveries, 2);
  assert.match(texts[0]!.text, /^Jobportalen: You have moved your meeting to Friday, 4 December 2026/);
});

test("a mail server that is down delays the e-mail (with backoff), not the SMS, and it arrives once when it is back", async () => {
  const citizenId = addReachableCitizen(portal.store, { email: "delayed@example.dk", phone: "+4531000002" });
  const summonsId = addSummons(portal.store, citizenId, meetingAt, {}, now());
  await mail.down(true);
  try {
    write(portal.store, (tx) => notify(tx, { kind: "rebooking", citizenId, summonsId, now: now() }));
    const pass = await sendPass(ctx);
    assert.equal(pass.retrying, 1);
    const [email, text] = outboxRows(portal.store, citizenId);
    assert.equal(text!.status, "sent");
    assert.equal(email!.status, "pending");
    assert.equal(email!.attempts, 1);
    assert.match(email!.lastError ?? "", /ESOCKET|ECONNECTION|ECONNREFUSED/);
    assert.ok(!(email!.lastError ?? "").includes("@"), "no address in the error");
    assert.equal(email!.nextAttemptAt.getTime(), clock + 1_000);
    // Not due yet: nothing is tried. A second failure waits twice as long.
    assert.equal((await sendPass(ctx)).retrying, 0);
    clock += 1_000;
    await sendPass(ctx);
    assert.equal(outboxRows(portal.store, citizenId)[0]!.nextAttemptAt.getTime(), clock + 2_000);
  } finally {
    await mail.down(false);
  }
  clock += 2_000;
  assert.equal((await sendPass(ctx)).sent, 1);
  assert.equal((await mail.messages("delayed@example.dk")).length, 1);
  assert.equal((await sms.messages("+4531000002")).length, 1);
});

test("a refusal for good dead-letters at once and is never tried again", async () => {
  const citizenId = addReachableCitizen(portal.store, { email: "refused@example.dk", phone: "+4531000003" });
  const summonsId = addSummons(portal.store, citizenId, meetingAt, {}, now());
  write(portal.store, (tx) => notify(tx, { kind: "rebooking", citizenId, summonsId, now: now() }));
  // Too large for the mail server (552), and a number the gateway refuses (400).
  write(portal.store, (tx) => {
    for (const row of outboxRows(portal.store, citizenId)) {
      const payload = row.payload.channel === "email" ? { ...row.payload, text: "x".repeat(2.5 * 1024 * 1024) } : row.payload;
      tx.update(notificationOutbox)
        .set({ payload, recipient: row.channel === "sms" ? "+45" : row.recipient })
        .where(eq(notificationOutbox.seq, row.seq))
        .run();
    }
  });
  const pass = await sendPass(ctx);
  assert.equal(pass.dead, 2);
  const rows = outboxRows(portal.store, citizenId);
  assert.deepEqual(rows.map((r) => [r.channel, r.status, r.lastError]), [["email", "dead", "EMESSAGE 552"], ["sms", "dead", "http 400"]]);
  clock += 3_600_000;
  assert.equal((await sendPass(ctx)).dead, 0);
  assert.equal((await mail.messages("refused@example.dk")).length, 0);
});

test("a reminder is not sent once its meeting has begun, nor after the meeting moved or was cancelled", async () => {
  const citizenId = addReachableCitizen(portal.store, { email: "late@example.dk", phone: null });
  const summonsId = addSummons(portal.store, citizenId, meetingAt, {}, now());
  const other = addSummons(portal.store, citizenId, new Date("2026-12-05T09:00:00Z"), {}, now());
  write(portal.store, (tx) => {
    notify(tx, { kind: "reminder", citizenId, summonsId, now: now(), key: "reminder.test.1", expiresAt: new Date(clock + 60_000) });
    notify(tx, { kind: "reminder", citizenId, summonsId: other, now: now(), key: "reminder.test.2", expiresAt: new Date("2026-12-05T09:00:00Z") });
    tx.update(summonses).set({ status: "cancelled" }).where(eq(summonses.id, other)).run();
  });
  clock += 60_000;
  const pass = await sendPass(ctx);
  assert.equal(pass.expired, 1);
  assert.equal(pass.skipped, 1);
  assert.deepEqual(outboxRows(portal.store, citizenId).map((r) => r.status), ["expired", "skipped"]);
  assert.equal((await mail.messages("late@example.dk")).length, 0);
});
