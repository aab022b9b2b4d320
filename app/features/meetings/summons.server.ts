import { and, asc, desc, eq, gte, inArray, lt, ne } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import type { Store, WriteTx } from "../../../db/client";
import { citizens, outbox, summonses } from "../../../db/schema";
import type { FeedItem, MessageData } from "~/foundation/contract";
import { awaitsReporting, enqueue, type Change } from "~/foundation/outbox.server";
import { citizenIdForCpr } from "~/features/people/people.server";
import { store } from "~/utils/store.server";
import { bool, str } from "./feed-values";
import { rebookingRefusal } from "./rebooking.server";

type SummonsData = MessageData<"summons.create">;
type Actor = Change<"summons.create">["actor"];
export type SummonsInput = Omit<SummonsData, "summonsId" | "cpr">;

/** Creates a summons for a citizen and reports it (seed 000 § 20 stk. 2): one transaction. */
export function createSummons(tx: WriteTx, citizenId: string, input: SummonsInput, options: { now: Date; actor?: Actor }): string {
  const citizen = tx.select().from(citizens).where(eq(citizens.id, citizenId)).get();
  if (!citizen) throw new Error("unknown citizen");
  const id = randomUUID();
  tx.insert(summonses)
    .values({ id, citizenId, ...input, status: "planned", updatedAt: options.now })
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
export function applySummonsFeedItem(tx: WriteTx, item: FeedItem): void {
  const d = item.data;
  const cpr = str(d.cpr);
  if (!cpr) return;
  const previous = d.previous as { start?: string; end?: string } | undefined;
  const values = {
    citizenId: citizenIdForCpr(tx, cpr),
    start: str(d.start) ?? "",
    end: str(d.end) ?? "",
    meetingForm: str(d.meetingForm) ?? "",
    meetingType: str(d.meetingType) ?? "",
    location: str(d.location) ?? "",
    contactOptions: str(d.contactOptions) ?? "",
    address: str(d.address),
    phoneToCall: str(d.phoneToCall),
    title: str(d.title) ?? "",
    description: str(d.description) ?? "",
    caseworkerName: str(d.caseworkerName) ?? "",
    rebookingPossible: bool(d.rebookingPossible),
    rebookingDeadline: str(d.rebookingDeadline),
    aKasseParticipationStatus: str(d.aKasseParticipationStatus),
    jobCentre: str(d.jobCentre) ?? "",
    selfBooked: bool(d.selfBooked),
    compulsory: d.compulsory !== false,
    cancellationPossible: bool(d.cancellationPossible),
    cancellationDeadline: str(d.cancellationDeadline),
    status: (str(d.status) ?? "planned") as "planned",
    slotOfferId: str(d.slotOfferId),
    moveReason: str(d.moveReason),
    cancellationReason: str(d.cancellationReason),
    previousStart: previous?.start ?? null,
    previousEnd: previous?.end ?? null,
    forwardedToFundAt: str(d.forwardedToUnemploymentFundAt),
    updatedAt: new Date(),
  };
  tx.insert(summonses).values({ id: item.id, ...values }).onConflictDoUpdate({ target: summonses.id, set: values }).run();
}

export type MeetingListItem = { id: string; start: string; end: string; title: string; meetingType: string; status: string; moved: boolean };

/** The citizen's meetings: upcoming soonest first, past newest first. */
export function meetingsOf(citizenId: string, now = new Date(), db: Store = store()) {
  const columns = {
    id: summonses.id,
    start: summonses.start,
    end: summonses.end,
    title: summonses.title,
    meetingType: summonses.meetingType,
    status: summonses.status,
    previousStart: summonses.previousStart,
  };
  const iso = now.toISOString();
  const shape = (rows: { previousStart: string | null }[]) => rows.map(({ previousStart, ...row }) => ({ ...row, moved: !!previousStart }));
  const upcoming = db.select(columns).from(summonses).where(and(eq(summonses.citizenId, citizenId), gte(summonses.end, iso))).orderBy(asc(summonses.start)).all();
  const past = db.select(columns).from(summonses).where(and(eq(summonses.citizenId, citizenId), lt(summonses.end, iso))).orderBy(desc(summonses.start)).limit(50).all();
  return { upcoming: shape(upcoming) as MeetingListItem[], past: shape(past) as MeetingListItem[] };
}

/** Whether a rebooking or self-booking of this summons still waits for the foundation's answer. */
function awaitsConfirmation(db: Pick<Store, "select">, summonsId: string): boolean {
  return !!db
    .select({ seq: outbox.seq })
    .from(outbox)
    .where(and(eq(outbox.aggregateType, "summons"), eq(outbox.aggregateId, summonsId), eq(outbox.status, "pending"), inArray(outbox.messageType, ["rebooking", "selfBooking"])))
    .limit(1)
    .get();
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
    awaitsConfirmation: awaitsConfirmation(db, summonsId),
    mayRebook: rebookingRefusal(row, now) === null,
  };
}

/** The citizen's next meeting that is not cancelled, for "Min side". */
export function nextMeetingOf(citizenId: string, now = new Date(), db: Store = store()): MeetingListItem | null {
  const row = db
    .select({ id: summonses.id, start: summonses.start, end: summonses.end, title: summonses.title, meetingType: summonses.meetingType, status: summonses.status, previousStart: summonses.previousStart })
    .from(summonses)
    .where(and(eq(summonses.citizenId, citizenId), gte(summonses.end, now.toISOString()), ne(summonses.status, "cancelled")))
    .orderBy(asc(summonses.start))
    .limit(1)
    .get();
  if (!row) return null;
  const { previousStart, ...meeting } = row;
  return { ...meeting, moved: !!previousStart };
}
