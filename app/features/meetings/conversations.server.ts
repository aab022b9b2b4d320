import { and, desc, eq, inArray } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import type { Store, WriteTx } from "../../../db/client";
import { citizens, heldConversations, type ConversationParticipant } from "../../../db/schema";
import type { Audience } from "../../../db/schema/sessions";
import type { AggregateFeedItem, MessageData } from "~/foundation/contract";
import { awaitsReporting, enqueue } from "~/foundation/outbox.server";
import { citizenIdForCpr } from "~/features/people/people.server";
import { codeList } from "~/features/codelists/codelists.server";
import { recordVisitationGroup } from "~/features/person-groups/person-groups.server";
import { store } from "~/utils/store.server";

export type HeldConversationInput = Omit<MessageData<"heldConversation">, "conversationId" | "cpr">;

/**
 * Registers a held conversation with every item of seed 001 § 28 and reports it (stk. 2):
 * one transaction. `summonsId` links it to the meeting it was held on, when that is known.
 */
export function registerHeldConversation(
  tx: WriteTx,
  citizenId: string,
  input: HeldConversationInput,
  options: { now: Date; summonsId?: string | null; actor?: { audience: Audience; id: string } },
): string {
  const citizen = tx.select({ cpr: citizens.cpr }).from(citizens).where(eq(citizens.id, citizenId)).get();
  if (!citizen) throw new Error("unknown citizen");
  const id = randomUUID();
  tx.insert(heldConversations)
    .values({ id, citizenId, summonsId: options.summonsId ?? null, ...input, updatedAt: options.now })
    .run();
  if (input.newVisitationGroup) recordVisitationGroup(tx, citizenId, input.newVisitationGroup, id, options.now);
  enqueue(tx, {
    type: "heldConversation",
    aggregateType: "heldConversation",
    aggregateId: id,
    data: { conversationId: id, cpr: citizen.cpr, ...input },
    actor: options.actor,
    now: options.now,
  });
  return id;
}

/** Held conversations registered by other job centres and a-kasser arrive through the feed. */
export function applyHeldConversationFeedItem(tx: WriteTx, item: AggregateFeedItem<"heldConversation">): void {
  const { cpr, participants, forwardedToUnemploymentFundAt, ...conversation } = item.data;
  const values = {
    ...conversation,
    citizenId: citizenIdForCpr(tx, cpr),
    participants: participants.flatMap(({ name, role, form }): ConversationParticipant[] => (name ? [{ name, role, form }] : [])),
    registeredBy: conversation.registeredBy ?? null,
    forwardedToFundAt: forwardedToUnemploymentFundAt ?? null,
    updatedAt: new Date(),
  };
  tx.insert(heldConversations)
    .values({ id: item.id, ...values })
    .onConflictDoUpdate({ target: heldConversations.id, set: values })
    .run();
  if (conversation.newVisitationGroup) recordVisitationGroup(tx, values.citizenId, conversation.newVisitationGroup, item.id, values.updatedAt);
}

/** The citizen's held conversations, newest first. */
export function conversationsOf(citizenId: string, db: Store = store()) {
  return db
    .select({ id: heldConversations.id, heldOn: heldConversations.heldOn, meetingType: heldConversations.meetingType, jobCentre: heldConversations.jobCentre })
    .from(heldConversations)
    .where(eq(heldConversations.citizenId, citizenId))
    .orderBy(desc(heldConversations.heldOn))
    .limit(100)
    .all();
}

/** One of the citizen's own held conversations with every § 28 item; another person's answers null (404). */
export function conversationOf(citizenId: string, conversationId: string, db: Store = store()) {
  const row = db
    .select()
    .from(heldConversations)
    .where(and(eq(heldConversations.id, conversationId), eq(heldConversations.citizenId, citizenId)))
    .get();
  if (!row) return null;
  const { citizenId: _owner, updatedAt: _updated, ...conversation } = row;
  return { ...conversation, awaitsReporting: awaitsReporting(db, "heldConversation", conversationId) };
}

/**
 * § 28 nr. 5: "Alle aftaler, der er forpligtigende for borgeren fremadrettet, skal fremgå af aftalen
 * for den senest afholdte samtale af ovennævnte typer" (jobsamtaler and integration conversations).
 * So the agreement of the latest such conversation is the one in force: the citizen reads it in
 * one place, and a caseworker's next conversation starts from it. Null before the first.
 */
export function currentAgreementOf(citizenId: string, db: Store = store()): { conversationId: string; heldOn: string; text: string } | null {
  const types = codeList("meetingType", "da", db)
    .filter((t) => t.attributes.furtherCourseAgreement === true)
    .map((t) => t.code);
  if (!types.length) return null;
  const latest = db
    .select({ id: heldConversations.id, heldOn: heldConversations.heldOn, text: heldConversations.furtherCourseAgreement })
    .from(heldConversations)
    .where(and(eq(heldConversations.citizenId, citizenId), inArray(heldConversations.meetingType, types)))
    .orderBy(desc(heldConversations.heldOn))
    .limit(1)
    .get();
  return latest?.text ? { conversationId: latest.id, heldOn: latest.heldOn, text: latest.text } : null;
}
