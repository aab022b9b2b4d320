import { and, asc, desc, eq, gte, inArray, lt, ne } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import type { Store, WriteTx } from "../../../db/client";
import { citizens, heldConversations, outbox, summonses } from "../../../db/schema";
import type { AggregateFeedItem, MessageData } from "~/foundation/contract";
import { awaitsReporting, enqueue, type Change } from "~/foundation/outbox.server";
import { citizenIdForCpr } from "~/features/people/people.server";
import { store } from "~/utils/store.server";
import { cancellationRefusal } from "./cancellation.server";
import { rebookingRefusal } from "./rebooking.server";

type SummonsData = MessageData<"summons.create">;
type Actor = Change<"summons.create">["actor"];
export type SummonsInput = Omit<SummonsData, "summonsId" | "cpr">;

/** The rebooking period as the summons' two columns. */
export const periodColumns = (period: SummonsData["rebookingPeriod"]) => ({ rebookingPeriodFrom: period?.from ?? null, rebookingPeriodTo: period?.to ?? null });

/** Creates a summons for a citizen and reports it (seed 000 § 20 stk. 2): one transaction. */
export function createSummons(tx: WriteTx, citizenId: string, input: SummonsInput, options: { now: Date; actor?: Actor }): string {
  const citizen = tx.select().from(citizens).where(eq(citizens.id, citizenId)).get();
  if (!citizen) throw new Error("unknown citizen");
  const id = randomUUID();
  const { rebookingPeriod, ...columns } = input;
  tx.insert(summonses)
    .values({ id, citizenId, ...columns, ...periodColumns(rebookingPeriod), status: "planned", updatedAt: options.now })
    .run();
  enqueue(tx, {
    type: "summons.create",
    aggregateType: "summons",
    aggregateId: id,
    data: { summonsId: id, cpr: citizen.cpr, ...input },
    actor: options.actor,
    now: options.now,
  });
  return id;
}


/** Summonses registered elsewhere (a job centre's planner, another portal) arrive through the feed. */
export function applySummonsFeedItem(tx: WriteTx, item: AggregateFeedItem<"summons">): void {
  const { cpr, previous, forwardedToUnemploymentFundAt, rebookingPeriod, citizenCancellation, lastChange, ...summons } = item.data;
  const values = {
    ...summons,
    ...periodColumns(rebookingPeriod),
    cancelledBy: summons.cancelledBy ?? (summons.status === "cancelled" ? "job-centre" : null),
    citizenCancellationReason: citizenCancellation?.reason ?? null,
    citizenId: citizenIdForCpr(tx, cpr),
    registeredBy: summons.registeredBy ?? null,
    slotOfferId: summons.slotOfferId ?? null,
    moveReason: summons.moveReason ?? null,
    changedItems: lastChange?.items ?? null,
    changeReason: lastChange?.reason ?? null,
    changedAt: lastChange?.at ?? null,
    cancellationReason: summons.cancellationReason ?? null,
    previousStart: previous?.start ?? null,
    previousEnd: previous?.end ?? null,
    forwardedToFundAt: forwardedToUnemploymentFundAt ?? null,
    updatedAt: new Date(),
  };
  tx.insert(summonses).values({ id: item.id, ...values }).onConflictDoUpdate({ target: summonses.id, set: values }).run();
}

export type MeetingListItem = {
  id: string;
  start: string;
  end: string;
  title: string;
  meetingType: string;
  status: string;
  moved: boolean;
  /** The job centre changed its items since it was made (§ 20 stk. 3) */
  changed: boolean;
  /** Cancelled by the citizen (afbud), not by the job centre */
  cancelledByCitizen: boolean;
  awaitsConfirmation: boolean;
  changedAt: string;
};

const listColumns = {
  id: summonses.id,
  start: summonses.start,
  end: summonses.end,
  title: summonses.title,
  meetingType: summonses.meetingType,
  status: summonses.status,
  previousStart: summonses.previousStart,
  changedAt: summonses.changedAt,
  cancelledBy: summonses.cancelledBy,
  updatedAt: summonses.updatedAt,
};
type ListRow = { [K in keyof typeof listColumns]: (typeof summonses.$inferSelect)[K] };

function toListItem({ previousStart, changedAt, cancelledBy, updatedAt, ...row }: ListRow, waiting: Set<string>): MeetingListItem {
  return {
    ...row,
    moved: !!previousStart,
    changed: !!changedAt,
    cancelledByCitizen: row.status === "cancelled" && cancelledBy === "citizen",
    awaitsConfirmation: waiting.has(row.id),
    changedAt: updatedAt.toISOString(),
  };
}

/** How many of the newest changes the meeting list shows first. */
const recentChanges = 5;

/**
 * The citizen's meetings: upcoming soonest first, past newest first, and the meetings summoned,
 * moved or cancelled in the last 14 days with the newest change first, so a change is seen at once.
 */
export function meetingsOf(citizenId: string, now = new Date(), db: Store = store()) {
  const iso = now.toISOString();
  const mine = eq(summonses.citizenId, citizenId);
  const upcoming = db.select(listColumns).from(summonses).where(and(mine, gte(summonses.end, iso))).orderBy(asc(summonses.start)).all();
  const past = db.select(listColumns).from(summonses).where(and(mine, lt(summonses.end, iso))).orderBy(desc(summonses.start)).limit(50).all();
  const waiting = awaitingConfirmation(db, upcoming.map((row) => row.id));
  const shape = (rows: ListRow[]) => rows.map((row) => toListItem(row, waiting));
  const since = now.getTime() - 14 * 86_400_000;
  const changed = shape(upcoming)
    .filter((item) => Date.parse(item.changedAt) >= since)
    .sort((a, b) => b.changedAt.localeCompare(a.changedAt))
    .slice(0, recentChanges);
  return { upcoming: shape(upcoming), past: shape(past), changed };
}

/** Which of these summonses have a rebooking or self-booking still waiting for the foundation's answer. */
function awaitingConfirmation(db: Pick<Store, "select">, summonsIds: string[]): Set<string> {
  if (summonsIds.length === 0) return new Set();
  const rows = db
    .select({ id: outbox.aggregateId })
    .from(outbox)
    .where(and(eq(outbox.aggregateType, "summons"), inArray(outbox.aggregateId, summonsIds), eq(outbox.status, "pending"), inArray(outbox.messageType, ["rebooking", "selfBooking"])))
    .all();
  return new Set(rows.map((row) => row.id));
}

/** One of the citizen's own meetings, with every § 20 item; another person's answers null (404). */
export function meetingOf(citizenId: string, summonsId: string, db: Store = store(), now = new Date()) {
  const row = db
    .select()
    .from(summonses)
    .where(and(eq(summonses.id, summonsId), eq(summonses.citizenId, citizenId)))
    .get();
  if (!row) return null;
  const { citizenId: _owner, updatedAt: _updated, ...meeting } = row;
  return {
    ...meeting,
    awaitsReporting: awaitsReporting(db, "summons", summonsId),
    awaitsConfirmation: awaitingConfirmation(db, [summonsId]).has(summonsId),
    mayRebook: rebookingRefusal(row, now) === null,
    mayCancel: cancellationRefusal(row, now) === null,
    /** The conversation registered on the meeting, once it was held (§ 28 stk. 6: the citizen sees it) */
    heldConversationId:
      row.status === "held"
        ? (db.select({ id: heldConversations.id }).from(heldConversations).where(and(eq(heldConversations.summonsId, row.id), eq(heldConversations.citizenId, citizenId))).get()?.id ?? null)
        : null,
  };
}

/** The citizen's next meeting that is not cancelled, for "Min side". */
export function nextMeetingOf(citizenId: string, now = new Date(), db: Store = store()): MeetingListItem | null {
  const row = db
    .select(listColumns)
    .from(summonses)
    .where(and(eq(summonses.citizenId, citizenId), gte(summonses.end, now.toISOString()), ne(summonses.status, "cancelled")))
    .orderBy(asc(summonses.start))
    .limit(1)
    .get();
  return row ? toListItem(row, awaitingConfirmation(db, [row.id])) : null;
}
