import { and, desc, eq, inArray, isNotNull, or } from "drizzle-orm";
import type { Store } from "../../../db/client";
import { outbox, summonses } from "../../../db/schema";
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
  const theirSummonses = db.select({ id: summonses.id }).from(summonses).where(eq(summonses.citizenId, citizenId)).all().map((s) => s.id);
  const reports = db
    .select({ seq: outbox.seq, type: outbox.messageType, status: outbox.status, createdAt: outbox.createdAt, sentAt: outbox.sentAt })
    .from(outbox)
    .where(
      or(
        and(eq(outbox.aggregateType, "citizen"), eq(outbox.aggregateId, citizenId)),
        theirSummonses.length ? and(eq(outbox.aggregateType, "summons"), inArray(outbox.aggregateId, theirSummonses)) : undefined,
      ),
    )
    .orderBy(desc(outbox.seq))
    .limit(200)
    .all()
    .map((r) => ({
      seq: r.seq,
      type: r.type,
      status: r.status,
      createdAt: formatDateTime(r.createdAt.toISOString(), lng),
      sentAt: r.sentAt ? formatDateTime(r.sentAt.toISOString(), lng) : null,
    }));
  const forwarded = db
    .select({ id: summonses.id, title: summonses.title, at: summonses.forwardedToFundAt })
    .from(summonses)
    .where(and(eq(summonses.citizenId, citizenId), isNotNull(summonses.forwardedToFundAt)))
    .all()
    .map((f) => ({ id: f.id, title: f.title, at: formatDateTime(f.at!, lng) }));
  return { accesses, reports, forwarded };
}
