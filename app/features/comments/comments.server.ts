import { and, asc, eq } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { write, type Store, type WriteTx } from "../../../db/client";
import { citizens, comments, heldConversations, summonses } from "../../../db/schema";
import type { CommentTarget } from "../../../db/schema/meetings";
import { enqueue } from "~/foundation/outbox.server";
import type { Language } from "~/i18n/config";
import { formatDateTime } from "~/utils/dates";
import { store } from "~/utils/store.server";
import { NotFound } from "~/utils/not-found.server";

/**
 * The citizen's comments on a summons or a held conversation (seed 002 § 9 nr. 10): stored as
 * plain text and reported as the `comment` message, whose aggregate is the target.
 */

export type Target = { kind: CommentTarget; id: string };

/** No such summons or held conversation for this citizen. */
export class CommentTargetNotFound extends NotFound {
  constructor(kind: CommentTarget) {
    super(kind);
  }
}

function ownsTarget(tx: Pick<Store, "select">, citizenId: string, target: Target): boolean {
  const table = target.kind === "summons" ? summonses : heldConversations;
  return !!tx
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.id, target.id), eq(table.citizenId, citizenId)))
    .get();
}

/**
 * Adds the comment and its report inside the caller's transaction; another citizen's target throws.
 * `id` is the one the form was given when it was shown (see `newCommentId`): the same form sent
 * twice (a double click, a resent POST after a lost answer) stores and reports one comment.
 */
export function addComment(
  tx: WriteTx,
  citizenId: string,
  target: Target,
  text: string,
  options: { now: Date; id?: string },
): string {
  if (!ownsTarget(tx, citizenId, target)) throw new CommentTargetNotFound(target.kind);
  const citizen = tx.select({ cpr: citizens.cpr }).from(citizens).where(eq(citizens.id, citizenId)).get();
  if (!citizen) throw new CommentTargetNotFound(target.kind);
  const id = options.id ?? randomUUID();
  const writtenAt = options.now.toISOString();
  const stored = tx
    .insert(comments)
    .values({ id, targetKind: target.kind, targetId: target.id, citizenId, text, writtenAt })
    .onConflictDoNothing()
    .run();
  if (stored.changes === 0) return id; // sent before: already stored and reported
  enqueue(tx, {
    type: "comment",
    aggregateType: target.kind,
    aggregateId: target.id,
    data: { commentId: id, target, cpr: citizen.cpr, text, writtenAt },
    actor: { audience: "citizen", id: citizenId },
    now: options.now,
  });
  return id;
}

/** One write: the comment and its report. */
export function postComment(
  citizenId: string,
  target: Target,
  text: string,
  options: { db?: Store; now?: Date; id?: string } = {},
): string {
  return write(options.db ?? store(), (tx) => addComment(tx, citizenId, target, text, { now: options.now ?? new Date(), id: options.id }));
}



/** The comments on a target, oldest first. The caller has checked that the reader may see the target. */
export function commentsOn(kind: CommentTarget, id: string, db: Pick<Store, "select"> = store()) {
  return db
    .select({ id: comments.id, text: comments.text, writtenAt: comments.writtenAt })
    .from(comments)
    .where(and(eq(comments.targetKind, kind), eq(comments.targetId, id)))
    .orderBy(asc(comments.writtenAt))
    .all();
}

export type CommentView = { id: string; text: string; when: string };

/** The comments as the page shows them, with the time in Danish time in the reader's language. */
export function presentComments(kind: CommentTarget, id: string, lng: Language, db?: Pick<Store, "select">): CommentView[] {
  return commentsOn(kind, id, db).map((c) => ({ id: c.id, text: c.text, when: formatDateTime(c.writtenAt, lng) }));
}

export type CommentThread = { comments: CommentView[]; nextCommentId: string };

/**
 * What the citizen's comment section shows: the comments, and the id the form carries this time,
 * new on every showing, so that the same form sent twice stores one comment.
 */
export function commentThread(kind: CommentTarget, id: string, lng: Language, db?: Pick<Store, "select">): CommentThread {
  return { comments: presentComments(kind, id, lng, db), nextCommentId: randomUUID() };
}
