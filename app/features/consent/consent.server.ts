import { eq } from "drizzle-orm";
import { write, type Store, type WriteTx } from "../../../db/client";
import { citizens, consents } from "../../../db/schema";
import type { AggregateFeedItem } from "~/foundation/contract";
import type { Compensation } from "~/foundation/registry.server";
import { awaitsReporting, enqueue } from "~/foundation/outbox.server";
import { danishDate } from "~/utils/dates";
import { store } from "~/utils/store.server";

export type ConsentState = { fetchGiven: boolean; fetchOn: string; shareGiven: boolean; shareOn: string };


/** The citizen's two consents with their dates, and whether the last change still awaits reporting. */
export function consentOf(citizenId: string, db: Store = store()) {
  const row = db.select().from(consents).where(eq(consents.citizenId, citizenId)).get();
  return { consent: row ?? null, awaitsReporting: awaitsReporting(db, "citizen", citizenId) };
}

/** Stores both consents; a consent whose answer did not change keeps its date. */
export function storeConsents(tx: WriteTx, citizenId: string, answer: { fetch: boolean; share: boolean }, on: string) {
  const before = tx.select().from(consents).where(eq(consents.citizenId, citizenId)).get() ?? null;
  const next: ConsentState = {
    fetchGiven: answer.fetch,
    fetchOn: before && before.fetchGiven === answer.fetch ? before.fetchOn : on,
    shareGiven: answer.share,
    shareOn: before && before.shareGiven === answer.share ? before.shareOn : on,
  };
  tx.insert(consents).values({ citizenId, ...next }).onConflictDoUpdate({ target: consents.citizenId, set: next }).run();
  return { before, next };
}

/**
 * Changes the consents: the local row and its report to the foundation in one transaction. A
 * consent whose answer did not change keeps its date.
 */
export function changeConsent(
  citizenId: string,
  answer: { fetch: boolean; share: boolean },
  options: { db?: Store; now?: Date } = {},
): ConsentState {
  const db = options.db ?? store();
  const now = options.now ?? new Date();
  return write(db, (tx) => {
    const citizen = tx.select().from(citizens).where(eq(citizens.id, citizenId)).get();
    if (!citizen) throw new Error("unknown citizen");
    const { before, next } = storeConsents(tx, citizenId, answer, danishDate(now));
    enqueue(tx, {
      type: "consent",
      aggregateType: "citizen",
      aggregateId: citizenId,
      data: {
        cpr: citizen.cpr,
        fetch: { given: next.fetchGiven, on: next.fetchOn },
        share: { given: next.shareGiven, on: next.shareOn },
      },
      actor: { audience: "citizen", id: citizenId },
      undo: before,
      now,
    });
    return next;
  });
}

/**
 * The foundation refused a consent change: the citizen's consents return to what they were,
 * unless a later change has replaced them since (that one carries the whole state and is reported
 * on its own).
 */
export const undoConsentChange: Compensation<"consent"> = (tx, { message, undo: before }) => {
  const current = tx.select().from(consents).where(eq(consents.citizenId, message.aggregateId)).get();
  const refused = message.data;
  const unchangedSince =
    current &&
    current.fetchGiven === refused.fetch.given &&
    current.fetchOn === refused.fetch.on &&
    current.shareGiven === refused.share.given &&
    current.shareOn === refused.share.on;
  if (!unchangedSince) return;
  if (before) {
    tx.update(consents).set(before).where(eq(consents.citizenId, message.aggregateId)).run();
  } else {
    tx.delete(consents).where(eq(consents.citizenId, message.aggregateId)).run();
  }
};

/** Consents registered elsewhere (another portal, the job centre) and moves arrive with the citizen's state. */
export function applyCitizenFeedItem(tx: WriteTx, item: AggregateFeedItem<"citizen">): void {
  const known = tx.select({ id: citizens.id }).from(citizens).where(eq(citizens.id, item.id)).get();
  if (!known) return;
  // A move (CPR's bopælskommune) hands the case to the new municipality's job centre (ADR 0015).
  const { municipalityCode, consents: given } = item.data;
  if (municipalityCode) tx.update(citizens).set({ municipalityCode }).where(eq(citizens.id, item.id)).run();
  if (!given) return;
  const state: ConsentState = {
    fetchGiven: given.fetch.given,
    fetchOn: given.fetch.on,
    shareGiven: given.share.given,
    shareOn: given.share.on,
  };
  tx.insert(consents).values({ citizenId: item.id, ...state }).onConflictDoUpdate({ target: consents.citizenId, set: state }).run();
}
