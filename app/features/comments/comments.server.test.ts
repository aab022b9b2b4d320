import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, test } from "node:test";
import { and, eq } from "drizzle-orm";
import { outbox } from "../../../db/schema";
import { freshPortalStore } from "~/foundation/testing/stub";
import { addCitizen, addHeldConversation, addSummons } from "~/features/meetings/testing";
import { CommentTargetNotFound, commentsOn, postComment } from "./comments.server";
import { commentMax, commentSchema } from "./schemas";

let portal: ReturnType<typeof freshPortalStore>;
const now = new Date("2026-11-23T10:00:00Z");

before(() => {
  portal = freshPortalStore();
});
after(() => portal.remove());

test("a comment is stored as typed and reported with the summons as its aggregate", () => {
  const citizen = addCitizen(portal.store);
  const summons = addSummons(portal.store, citizen, new Date("2026-11-30T09:00:00Z"), {}, now);
  const text = `<script>alert(1)</script><img src=x onerror=alert(2)> & "tak"`;
  const id = postComment(citizen, { kind: "summons", id: summons }, text, { db: portal.store, now });
  assert.deepEqual(commentsOn("summons", summons, portal.store), [{ id, text, writtenAt: now.toISOString() }]);
  const row = portal.store
    .select()
    .from(outbox)
    .where(and(eq(outbox.messageType, "comment"), eq(outbox.aggregateId, summons)))
    .get()!;
  assert.equal(row.aggregateType, "summons");
  assert.equal(row.actorId, citizen);
  assert.deepEqual((row.message as { data: { target: unknown; text: string } }).data.target, { kind: "summons", id: summons });
  assert.equal((row.message as { data: { text: string } }).data.text, text);
});

test("a comment on a held conversation is reported with the conversation as its aggregate", () => {
  const citizen = addCitizen(portal.store);
  const other = addCitizen(portal.store);
  const conversation = addHeldConversation(portal.store, citizen, {}, now);
  const id = postComment(citizen, { kind: "heldConversation", id: conversation }, "Enig i aftalen.", { db: portal.store, now });
  assert.deepEqual(
    commentsOn("heldConversation", conversation, portal.store).map((c) => c.id),
    [id],
  );
  const row = portal.store.select().from(outbox).where(and(eq(outbox.messageType, "comment"), eq(outbox.aggregateId, conversation))).get()!;
  assert.equal(row.aggregateType, "heldConversation");
  assert.throws(() => postComment(other, { kind: "heldConversation", id: conversation }, "hej", { db: portal.store, now }), CommentTargetNotFound);
});

test("another citizen's summons, or a conversation that is not theirs, is refused and nothing is stored", () => {
  const owner = addCitizen(portal.store);
  const other = addCitizen(portal.store);
  const summons = addSummons(portal.store, owner, new Date("2026-11-30T09:00:00Z"), {}, now);
  assert.throws(() => postComment(other, { kind: "summons", id: summons }, "hej", { db: portal.store, now }), CommentTargetNotFound);
  assert.throws(() => postComment(other, { kind: "heldConversation", id: summons }, "hej", { db: portal.store, now }), CommentTargetNotFound);
  assert.deepEqual(commentsOn("summons", summons, portal.store), []);
  assert.equal(portal.store.select().from(outbox).where(eq(outbox.messageType, "comment")).all().filter((r) => r.aggregateId === summons).length, 0);
});

test("the form takes 1 to 2000 characters after trimming", () => {
  const parse = (text: string) => commentSchema.safeParse({ intent: "comment", commentId: randomUUID(), text });
  assert.equal(parse("   ").success, false);
  assert.equal(parse("x".repeat(commentMax)).success, true);
  const tooLong = parse("x".repeat(commentMax + 1));
  assert.equal(tooLong.success, false);
  assert.equal(tooLong.error?.issues[0]?.message, "errors.tooLong");
});

test("issue 15: the same form sent twice (a double click, a resent POST) stores and reports one comment", () => {
  const citizen = addCitizen(portal.store);
  const summons = addSummons(portal.store, citizen, new Date("2026-11-30T09:00:00Z"), {}, now);
  const formId = randomUUID();
  const first = postComment(citizen, { kind: "summons", id: summons }, "Jeg kommer.", { db: portal.store, now, id: formId });
  const again = postComment(citizen, { kind: "summons", id: summons }, "Jeg kommer.", { db: portal.store, now: new Date(now.getTime() + 500), id: formId });
  assert.equal(again, first);
  assert.equal(commentsOn("summons", summons, portal.store).length, 1);
  const reports = portal.store.select().from(outbox).where(and(eq(outbox.messageType, "comment"), eq(outbox.aggregateId, summons))).all();
  assert.equal(reports.length, 1, "reported once");
  // A new form (a new id) is a new comment.
  postComment(citizen, { kind: "summons", id: summons }, "Jeg kommer.", { db: portal.store, now, id: randomUUID() });
  assert.equal(commentsOn("summons", summons, portal.store).length, 2);
});

test("the form's id must be one the portal gave (a uuid)", () => {
  assert.equal(commentSchema.safeParse({ intent: "comment", commentId: "1", text: "hej" }).success, false);
  assert.equal(commentSchema.safeParse({ intent: "comment", text: "hej" }).success, false);
});
