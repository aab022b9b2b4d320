import { and, desc, eq, inArray, or } from "drizzle-orm";
import type { Store } from "../../../db/client";
import { heldConversations, outbox, summonses } from "../../../db/schema";
import { codeLabel } from "~/features/codelists/codelists.server";
import type { Language } from "~/i18n/config";
import { formatDateTime } from "~/utils/dates";
import { store } from "~/utils/store.server";
import { accessesTo } from "./access-log.server";

/**
 * The citizen's insight: who used their data and when (staff by role and organisation), what the
 * portal reported to the foundation about them, and what was passed on to their a-kasse.
 */
export function insightFor(citizenId: string, lng: Language, db: Store = store()) {
  const accesses = accessesTo(citizenId, db).map((a) => ({ ...a, at: formatDateTime(a.at, lng) }));
  const meetings = db
    .select({ id: summonses.id, title: summonses.title, meetingType: summonses.meetingType, start: summonses.start, forwardedAt: summonses.forwardedToFundAt })
    .from(summonses)
    .where(eq(summonses.citizenId, citizenId))
    .all();
  const conversations = db
    .select({ id: heldConversations.id, meetingType: heldConversations.meetingType, heldOn: heldConversations.heldOn, forwardedAt: heldConversations.forwardedToFundAt })
    .from(heldConversations)
    .where(eq(heldConversations.citizenId, citizenId))
    .all();
  // Which meeting or conversation a line is about, in words: many lines would otherwise read alike.
  const about = new Map<string, string>([
    ...meetings.map((m): [string, string] => [`summons:${m.id}`, `${m.title || codeLabel("meetingType", m.meetingType, lng, db)}, ${formatDateTime(m.start, lng)}`]),
    ...conversations.map((c): [string, string] => [`heldConversation:${c.id}`, `${codeLabel("meetingType", c.meetingType, lng, db)}, ${formatDateTime(c.heldOn, lng)}`]),
  ]);
  const ofType = (type: "summons" | "heldConversation", ids: string[]) =>
    ids.length ? and(eq(outbox.aggregateType, type), inArray(outbox.aggregateId, ids)) : undefined;
  const reports = db
    .select({
      seq: outbox.seq,
      type: outbox.messageType,
      status: outbox.status,
      createdAt: outbox.createdAt,
      sentAt: outbox.sentAt,
      aggregateType: outbox.aggregateType,
      aggregateId: outbox.aggregateId,
    })
    .from(outbox)
    .where(
      or(
        and(eq(outbox.aggregateType, "citizen"), eq(outbox.aggregateId, citizenId)),
        ofType("summons", meetings.map((m) => m.id)),
        // § 28 stk. 6: the held conversations are the citizen's to see, and so are their reports.
        ofType("heldConversation", conversations.map((c) => c.id)),
      ),
    )
    .orderBy(desc(outbox.seq))
    .limit(200)
    .all()
    .map((r) => ({
      seq: r.seq,
      type: r.type,
      about: about.get(`${r.aggregateType}:${r.aggregateId}`) ?? null,
      status: r.status,
      createdAt: formatDateTime(r.createdAt.toISOString(), lng),
      sentAt: r.sentAt ? formatDateTime(r.sentAt.toISOString(), lng) : null,
    }));
  // § 28 stk. 5: for contact group 1 the held conversations are passed to the a-kasse, as summonses are.
  const forwarded = [
    ...meetings.flatMap((m) => (m.forwardedAt ? [{ id: m.id, about: about.get(`summons:${m.id}`)!, at: m.forwardedAt }] : [])),
    ...conversations.flatMap((c) => (c.forwardedAt ? [{ id: c.id, about: about.get(`heldConversation:${c.id}`)!, at: c.forwardedAt }] : [])),
  ]
    .sort((a, b) => b.at.localeCompare(a.at))
    .map((f) => ({ id: f.id, title: f.about, at: formatDateTime(f.at, lng) }));
  return { accesses, reports, forwarded };
}
