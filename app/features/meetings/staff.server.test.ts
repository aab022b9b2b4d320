import assert from "node:assert/strict";
import { after, before, beforeEach, test } from "node:test";
import { and, eq } from "drizzle-orm";
import { write } from "../../../db/client";
import { citizens, outbox, summonses } from "../../../db/schema";
import { seedStore } from "../../../db/seed/index";
import type { Message } from "~/foundation/contract";
import { compensations } from "~/foundation/handlers.server";
import { freshPortalStore } from "~/foundation/testing/stub";
import { accessesTo } from "~/features/access-log/access-log.server";
import type { PortalSession } from "~/features/auth/session.server";
import { summonsSchema } from "./staff-schemas";
import { cancelSummons, createSummonsByStaff, meetingCodeFacts, moveSummons, summonsForStaff } from "./staff.server";

let portal: ReturnType<typeof freshPortalStore>;
let carla: string;
const now = new Date("2026-11-23T10:00:00Z");
const gitte = {
  idHash: "h",
  audience: "staff",
  subjectId: "jobcenter-gitte",
  rid: "50001",
  displayName: "Gitte Sagsbehandler",
  organisation: "Københavns Kommune",
  idleSeconds: 1800,
  expiresAt: new Date("2026-11-23T20:00:00Z"),
} satisfies PortalSession;

before(() => {
  portal = freshPortalStore();
  seedStore(portal.store);
  carla = portal.store.select().from(citizens).where(eq(citizens.cpr, "2211781236")).get()!.id;
});
after(() => portal.remove());
beforeEach(() => write(portal.store, (tx) => tx.delete(outbox).run()));

const form = {
  meetingType: "7",
  meetingForm: "personligt-fremmoede",
  date: "2026-12-01",
  startTime: "10:00",
  endTime: "10:45",
  title: "Jobsamtale",
  description: "Vi taler om dine jobmål.",
  location: "Jobcenter København, Kalvebod Brygge",
  address: "Kalvebod Brygge 43, 1560 København V",
  contactOptions: "Ring på 33 66 33 66",
  caseworkerName: "Gitte Sagsbehandler",
  jobCentre: "Jobcenter København",
  compulsory: true,
  rebookingPossible: true,
  rebookingDeadlineDate: "2026-11-30",
  rebookingDeadlineTime: "12:00",
};

function create() {
  const value = summonsSchema(meetingCodeFacts(portal.store), now).parse(form);
  return createSummonsByStaff(gitte, carla, value, { now, db: portal.store })!;
}

const row = (id: string) => portal.store.select().from(summonses).where(eq(summonses.id, id)).get()!;
const pending = (id: string) =>
  portal.store
    .select()
    .from(outbox)
    .where(and(eq(outbox.aggregateId, id), eq(outbox.status, "pending")))
    .all();

test("staff create a summons with its outbox row, staff as actor, and an access-log line", () => {
  const logged = accessesTo(carla, portal.store).length;
  const id = create();
  const stored = row(id);
  assert.equal(stored.start, "2026-12-01T09:00:00.000Z");
  assert.equal(stored.rebookingDeadline, "2026-11-30T11:00:00.000Z");
  assert.equal(stored.status, "planned");
  const [report] = pending(id);
  assert.equal(report!.messageType, "summons.create");
  assert.deepEqual([report!.actorAudience, report!.actorId], ["staff", "jobcenter-gitte"]);
  assert.equal(accessesTo(carla, portal.store).length, logged + 1);
  assert.equal(accessesTo(carla, portal.store)[0]!.action, "change");
});

test("an unknown citizen gets no summons and no report", () => {
  const value = summonsSchema(meetingCodeFacts(portal.store), now).parse(form);
  assert.equal(createSummonsByStaff(gitte, "no-such-citizen", value, { now, db: portal.store }), null);
  assert.equal(portal.store.select().from(outbox).all().length, 0);
});

test("a move keeps the old time, reports summons.move, and a refusal restores the summons", () => {
  const id = create();
  const move = { start: "2026-12-02T13:00:00.000Z", end: "2026-12-02T13:30:00.000Z", location: null, reason: "Sagsbehandleren er syg" };
  assert.deepEqual(moveSummons(gitte, carla, id, move, { now, db: portal.store }), { ok: true });
  const moved = row(id);
  assert.deepEqual([moved.status, moved.start, moved.previousStart, moved.moveReason, moved.location], [
    "moved",
    move.start,
    "2026-12-01T09:00:00.000Z",
    "Sagsbehandleren er syg",
    form.location,
  ]);
  const report = pending(id).find((r) => r.messageType === "summons.move")!;
  assert.deepEqual((report.message as unknown as Message).data, { summonsId: id, start: move.start, end: move.end, reason: move.reason });

  write(portal.store, (tx) =>
    compensations["summons.move"]!(tx, { message: report.message as unknown as Message, undo: report.undo, refusal: { status: 422, error: "refused", correlationId: "c" } }),
  );
  const restored = row(id);
  assert.deepEqual([restored.status, restored.start, restored.previousStart, restored.moveReason], ["planned", "2026-12-01T09:00:00.000Z", null, null]);
});

test("a cancellation is reported with its reason and undone when refused; a cancelled summons cannot move", () => {
  const id = create();
  assert.deepEqual(cancelSummons(gitte, carla, id, "Mødet er ikke længere nødvendigt", { now, db: portal.store }), { ok: true });
  assert.equal(row(id).status, "cancelled");
  const move = { start: "2026-12-02T13:00:00.000Z", end: "2026-12-02T13:30:00.000Z", location: null, reason: "x" };
  assert.deepEqual(moveSummons(gitte, carla, id, move, { now, db: portal.store }), { ok: false, reason: "cancelled" });
  const report = pending(id).find((r) => r.messageType === "summons.cancel")!;
  write(portal.store, (tx) =>
    compensations["summons.cancel"]!(tx, { message: report.message as unknown as Message, undo: report.undo, refusal: { status: 422, error: "refused", correlationId: "c" } }),
  );
  assert.deepEqual([row(id).status, row(id).cancellationReason], ["planned", null]);
});

test("another citizen's summons is not found, and a past one cannot be changed", () => {
  const id = create();
  const anna = portal.store.select().from(citizens).where(eq(citizens.cpr, "1504851234")).get()!.id;
  assert.equal(summonsForStaff(gitte, anna, id, portal.store), null);
  assert.deepEqual(cancelSummons(gitte, anna, id, "x", { now, db: portal.store }), { ok: false, reason: "not-found" });
  assert.deepEqual(cancelSummons(gitte, carla, id, "x", { now: new Date("2026-12-02T00:00:00Z"), db: portal.store }), { ok: false, reason: "past" });
  assert.equal(summonsForStaff(gitte, carla, id, portal.store)?.id, id);
});
