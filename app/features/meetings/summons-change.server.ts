import { eq } from "drizzle-orm";
import type { Store, WriteTx } from "../../../db/client";
import { summonses } from "../../../db/schema";
import type { ChangeableSummonsItem, MessageData } from "~/foundation/contract";
import { enqueue } from "~/foundation/outbox.server";
import type { Compensation } from "~/foundation/registry.server";
import type { UndoOf } from "~/foundation/undo";
import type { PortalSession } from "~/features/auth/session.server";
import { notify } from "~/notifications/outbox.server";
import type { SummonsChangeValue } from "./staff-schemas";
import { actorOf, changeOwnSummons, issuer, type StaffChangeResult } from "./staff.server";

/**
 * § 20 stk. 3: "Indkaldelsen … skal … opdateres, hvis mødet flyttes eller på anden måde ændres."
 * Staff change any item of a summons but its type and time (a new time is a move): the items that
 * differ are stored and reported as one change with its reason, which the citizen reads beside the
 * meeting. Nothing changed is no change: it is answered, not reported.
 */

type Row = typeof summonses.$inferSelect;
type Changes = MessageData<"summons.change">["changes"];
type Before = UndoOf<"summons.change">["before"];
type Items = Omit<SummonsChangeValue, "caseworkerId" | "reason"> & { caseworkerName: string };

/** The summons' items as the contract names them, from its columns. */
function itemsOf(row: Row): Required<Changes> {
  return {
    meetingForm: row.meetingForm,
    location: row.location,
    address: row.address,
    phoneToCall: row.phoneToCall,
    contactOptions: row.contactOptions,
    title: row.title,
    description: row.description,
    caseworkerName: row.caseworkerName,
    compulsory: row.compulsory,
    rebookingPossible: row.rebookingPossible,
    rebookingDeadline: row.rebookingDeadline,
    rebookingPeriod: row.rebookingPeriodFrom && row.rebookingPeriodTo ? { from: row.rebookingPeriodFrom, to: row.rebookingPeriodTo } : null,
    cancellationPossible: row.cancellationPossible,
    cancellationDeadline: row.cancellationDeadline,
    aKasseParticipationStatus: row.aKasseParticipationStatus,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The items whose new value differs from the summons', in the contract's order. */
export function changedItems(row: Row, items: Items): Changes {
  const current = itemsOf(row);
  const next: Required<Changes> = { ...current, ...items };
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(current) as ChangeableSummonsItem[]) {
    if (!same(current[key], next[key])) changes[key] = next[key];
  }
  return changes as Changes;
}

/** Whether the summons still has the items as the change set them. */
function holds(row: Row, changes: Changes): boolean {
  const current = itemsOf(row);
  return Object.entries(changes).every(([key, value]) => same(current[key as ChangeableSummonsItem], value));
}

/** Changes as the summons' columns: the rebooking period is two of them. */
function columnsOf(changes: Changes): Before {
  const { rebookingPeriod, ...rest } = changes;
  return rebookingPeriod === undefined ? rest : { ...rest, rebookingPeriodFrom: rebookingPeriod?.from ?? null, rebookingPeriodTo: rebookingPeriod?.to ?? null };
}

/** What the change overwrites, for undoing it if the foundation refuses. */
function undoOf(row: Row, changes: Changes): UndoOf<"summons.change"> {
  const before = Object.fromEntries(Object.keys(columnsOf(changes)).map((column) => [column, row[column as keyof Row]])) as Before;
  return { before, lastChange: { changeReason: row.changeReason, changedItems: row.changedItems, changedAt: row.changedAt } };
}

export type SummonsChangeResult = StaffChangeResult | { ok: false; reason: "unchanged" };

/** Changes the summons' items on staff's behalf; the caseworker comes from the staff register. */
export function changeSummons(
  session: PortalSession,
  citizenId: string,
  summonsId: string,
  value: SummonsChangeValue,
  options: { now?: Date; db?: Store } = {},
): SummonsChangeResult {
  return changeOwnSummons<"not-found" | "unchanged">(session, citizenId, summonsId, options, "summons.change", (tx, row, now) => {
    const { caseworkerId, reason, ...items } = value;
    const by = issuer(tx, session, caseworkerId);
    if (!by) return "not-found";
    const changes = changedItems(row, { ...items, caseworkerName: by.caseworkerName });
    const names = Object.keys(changes) as ChangeableSummonsItem[];
    if (names.length === 0) return "unchanged";
    tx.update(summonses)
      .set({ ...columnsOf(changes), changedItems: names, changeReason: reason, changedAt: now.toISOString(), updatedAt: now })
      .where(eq(summonses.id, row.id))
      .run();
    enqueue(tx, {
      type: "summons.change",
      aggregateType: "summons",
      aggregateId: row.id,
      data: { summonsId: row.id, changes, reason },
      actor: actorOf(session),
      undo: undoOf(row, changes),
      now,
    });
    notify(tx, { kind: "summons.changed", citizenId, summonsId: row.id, now });
  });
}

/** The foundation refused the change: the summons gets its items back, unless it changed again since. */
export const undoSummonsChange: Compensation<"summons.change"> = (tx: WriteTx, { message: { data }, undo }) => {
  const row = tx.select().from(summonses).where(eq(summonses.id, data.summonsId)).get();
  if (!row || row.changeReason !== data.reason || !holds(row, data.changes)) return;
  tx.update(summonses)
    .set({ ...undo.before, ...undo.lastChange, updatedAt: new Date() })
    .where(eq(summonses.id, row.id))
    .run();
};
