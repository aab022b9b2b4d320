import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, beforeEach, test } from "node:test";
import { eq } from "drizzle-orm";
import { write } from "../../../db/client";
import { accessLog, citizens, jobOrderEvents, jobOrders, outbox, placements } from "../../../db/schema";
import { seedStore } from "../../../db/seed/index";
import type { Message } from "~/foundation/contract";
import { freshPortalStore, testRefusal } from "~/foundation/testing/stub";
import type { PortalSession } from "~/features/auth/session.server";
import { staffSessionFor } from "~/features/auth/testing";
import { createJobOrder, expireJobOrders, setJobOrderStatus, updateJobOrder } from "./commands.server";
import { expiredStatus, jobOrderIn, JobOrderNotFound } from "./orders.server";
import { jobOrderMessage } from "./sync.server";
import { ordersOfEmployer, publicJobOrder, publicJobPage } from "./views.server";
import { accessesTo } from "~/features/access-log/access-log.server";
import { employerOrderView, registerPlacement, staffOrderView, updatePlacementStatus } from "./placements.server";
import type { JobOrderInput } from "./schemas";
import { placeLists, searchRows } from "./search.server";
import { findPlace } from "./place";
import { applyFeedItem, undoRefusedChange } from "~/foundation/registry.server";
import { syncRegistry } from "~/sync-registry.server";

let portal: ReturnType<typeof freshPortalStore>;
let anna: string;
let bo: string;
const now = new Date("2026-11-23T10:00:00Z");
const eva = { cvr: "12345678", name: "Bageriet Ørestad ApS" };
const frederik = { cvr: "87654321", name: "Nordisk Logistik A/S" };
/** An employer's session, as the employer area has it: the company's CVR and name. */
const employerSession = (employer: { cvr: string; name: string }): PortalSession => ({
  idHash: "e",
  audience: "employer",
  subjectId: employer.cvr,
  rid: "40001",
  displayName: "Eva Bager",
  organisation: employer.name,
  idleSeconds: 1800,
  expiresAt: new Date("2030-01-01"),
});
/** Gitte, Jobcenter København: Anna, Bo and the other København citizens are hers to find. */
let staff: PortalSession;

const input = (changes: Partial<JobOrderInput> = {}): JobOrderInput => ({
  title: "Bagersvend til morgenholdet",
  occupation: "751210",
  description: "Vi søger en bagersvend, der kan møde kl. 4.",
  jobOrderType: "ordinaert-job",
  workingTime: "fuldtid",
  weeklyHours: 37,
  positions: 1,
  startDate: "2027-01-04",
  applicationDeadline: "2026-11-30",
  workplaceAddress: "Ørestads Boulevard 1, København S",
  postcode: "2300",
  contactName: "Eva Bager",
  contactPhone: null,
  contactEmail: "eva@example.dk",
  internalComment: null,
  ...changes,
});

const messages = () => portal.store.select().from(outbox).all().map((r) => r.message as unknown as Message);
const created = (result: ReturnType<typeof createJobOrder>) => {
  assert.ok(result.ok, JSON.stringify(result));
  return result.value.id;
};

before(() => {
  portal = freshPortalStore();
  seedStore(portal.store, { now });
  staff = staffSessionFor(portal.store, "50001", now);
  const id = (cpr: string) => portal.store.select().from(citizens).where(eq(citizens.cpr, cpr)).get()!.id;
  anna = id("1504851234");
  bo = id("0307921235");
});

after(() => portal.remove());

beforeEach(() => {
  write(portal.store, (tx) => {
    tx.delete(placements).run();
    tx.delete(jobOrderEvents).run();
    tx.delete(jobOrders).run();
    tx.delete(outbox).run();
  });
});

test("an employer posts an order: stored open, reported, searchable by a word's prefix, in its own list only", () => {
  const id = created(createJobOrder(eva, input(), { db: portal.store, now }));
  const [message] = messages();
  assert.equal(message?.type, "jobOrder");
  assert.equal(message?.aggregateId, id);
  assert.deepEqual(messages().length, 1);
  assert.equal(jobOrderIn({ cvr: eva.cvr }, id, portal.store)?.status, "under-behandling");
  assert.equal(jobOrderIn({ cvr: frederik.cvr }, id, portal.store), null, "another employer's order is not found");
  assert.equal(ordersOfEmployer(frederik.cvr, "da", portal.store).length, 0);
  assert.equal(ordersOfEmployer(eva.cvr, "da", portal.store)[0]?.id, id);
  assert.deepEqual(searchRows({ text: "morgenhol" }, portal.store).rows.map((r) => r.id), [id]);
  assert.deepEqual(searchRows({ text: "bager morgen" }, portal.store).rows.map((r) => r.id), [id]);
  assert.equal(searchRows({ text: "lager" }, portal.store).rows.length, 0);
  assert.deepEqual(searchRows({ postcodes: ["2300"], workingTime: "fuldtid" }, portal.store).rows.map((r) => r.id), [id]);
  assert.deepEqual(searchRows({ employer: "bageriet", status: "any" }, portal.store).rows.map((r) => r.id), [id]);
});

test("unknown codes and a passed deadline are refused and nothing is stored", () => {
  const result = createJobOrder(eva, input({ occupation: "nope", workingTime: "x", applicationDeadline: "2026-11-22" }), { db: portal.store, now });
  assert.deepEqual(result, {
    ok: false,
    errors: { occupation: ["form.errors.occupation"], workingTime: ["form.errors.workingTime"], applicationDeadline: ["form.errors.deadlinePassed"] },
  });
  assert.equal(portal.store.select().from(jobOrders).all().length, 0);
  assert.equal(messages().length, 0);
});

test("another employer can neither change nor close an order", () => {
  const id = created(createJobOrder(eva, input(), { db: portal.store, now }));
  assert.throws(() => updateJobOrder({ cvr: frederik.cvr }, id, input({ title: "Kapret" }), { db: portal.store, now, actor: { kind: "employer", cvr: frederik.cvr } }), JobOrderNotFound);
  assert.throws(() => setJobOrderStatus({ cvr: frederik.cvr }, id, "afsluttet-behov-daekket", { db: portal.store, now, actor: { kind: "employer", cvr: frederik.cvr } }), JobOrderNotFound);
  assert.equal(jobOrderIn("all", id, portal.store)?.title, "Bagersvend til morgenholdet");
});

test("edits and status changes are reported; a closed order leaves the public search", () => {
  const id = created(createJobOrder(eva, input(), { db: portal.store, now }));
  const actor = { kind: "employer", cvr: eva.cvr } as const;
  assert.ok(updateJobOrder({ cvr: eva.cvr }, id, input({ title: "Bager til nattevagt" }), { db: portal.store, now, actor }).ok);
  assert.deepEqual(searchRows({ text: "nattevagt" }, portal.store).rows.map((r) => r.id), [id]);
  assert.equal(searchRows({ text: "morgenholdet" }, portal.store).rows.length, 0, "the index follows the edit");
  assert.ok(setJobOrderStatus({ cvr: eva.cvr }, id, "inaktiv-nok-henvisninger", { db: portal.store, now, actor }).ok);
  assert.equal(publicJobOrder(id, "da", portal.store), null);
  assert.ok(setJobOrderStatus({ cvr: eva.cvr }, id, "under-behandling", { db: portal.store, now, actor }).ok);
  assert.ok(publicJobOrder(id, "da", portal.store));
  assert.ok(setJobOrderStatus({ cvr: eva.cvr }, id, "afsluttet-behov-daekket", { db: portal.store, now, actor }).ok);
  assert.equal(searchRows({ text: "nattevagt" }, portal.store).rows.length, 0);
  assert.deepEqual(
    messages().map((m) => m.type),
    ["jobOrder", "jobOrder", "jobOrderStatus", "jobOrderStatus", "jobOrderStatus"],
  );
});

test("issue 19 item 7: the public page shows an open job, says a filled or expired one is closed, and knows no paused or unknown one", () => {
  const actor = { kind: "staff", id: staff.subjectId } as const;
  const id = created(createJobOrder(eva, input({ title: "Bager til nattevagt", applicationDeadline: "2026-11-30", startDate: null }), { db: portal.store, now }));
  const page = publicJobPage(id, "da", portal.store);
  assert.ok(page && "open" in page && page.open.title === "Bager til nattevagt");
  assert.ok(!("internalComment" in (page as { open: object }).open), "no comment meant for the job centre");
  setJobOrderStatus("all", id, "inaktiv-nok-henvisninger", { db: portal.store, now, actor });
  assert.equal(publicJobPage(id, "da", portal.store), null, "a paused order is not public");
  setJobOrderStatus("all", id, "afsluttet-behov-daekket", { db: portal.store, now, actor });
  assert.deepEqual(publicJobPage(id, "da", portal.store), {
    closed: { title: "Bager til nattevagt", employerName: eva.name, occupation: "751210", reason: "filled", applicationDeadline: "2026-11-30" },
  });
  const expired = created(createJobOrder(eva, input({ applicationDeadline: "2026-11-30", startDate: null }), { db: portal.store, now }));
  expireJobOrders(new Date("2026-12-01T10:00:00Z"), portal.store);
  const gone = publicJobPage(expired, "en", portal.store);
  assert.equal(gone && "closed" in gone ? gone.closed.reason : null, "expired");
  assert.equal(publicJobPage(randomUUID(), "da", portal.store), null);
  assert.equal(publicJobPage("not-an-id", "da", portal.store), null);
});

test("an order closes by itself the day after its deadline, in Danish time, and that is reported", () => {
  const open = created(createJobOrder(eva, input({ applicationDeadline: "2026-11-30", startDate: null }), { db: portal.store, now }));
  const paused = created(createJobOrder(eva, input({ applicationDeadline: "2026-11-30", startDate: null }), { db: portal.store, now }));
  const later = created(createJobOrder(eva, input({ applicationDeadline: "2026-12-15", startDate: null }), { db: portal.store, now }));
  setJobOrderStatus("all", paused, "inaktiv-nok-henvisninger", { db: portal.store, now, actor: { kind: "staff", id: staff.subjectId } });
  const before = messages().length;

  // 23:59 on the last day in Denmark (22:59 UTC): still open.
  assert.equal(expireJobOrders(new Date("2026-11-30T22:59:00Z"), portal.store), 0);
  // 00:30 the next day in Denmark (23:30 UTC on the 30th): closed, without anyone acting.
  assert.equal(expireJobOrders(new Date("2026-11-30T23:30:00Z"), portal.store), 2);
  for (const id of [open, paused]) assert.equal(jobOrderIn("all", id, portal.store)?.status, expiredStatus);
  assert.equal(jobOrderIn("all", later, portal.store)?.status, "under-behandling");
  const reported = messages().slice(before);
  assert.deepEqual(
    reported.map((m) => [m.type, m.aggregateId, m.type === "jobOrderStatus" ? m.data.status : null]).sort(),
    [
      ["jobOrderStatus", open, expiredStatus],
      ["jobOrderStatus", paused, expiredStatus],
    ].sort(),
  );
  assert.equal(expireJobOrders(new Date("2026-12-01T10:00:00Z"), portal.store), 0, "a closed order is not closed again");
  assert.deepEqual(searchRows({}, portal.store).rows.map((r) => r.id), [later]);

  // Reopening an expired order needs a new deadline first.
  const reopen = setJobOrderStatus("all", open, "under-behandling", { db: portal.store, now: new Date("2026-12-01T10:00:00Z"), actor: { kind: "staff", id: staff.subjectId } });
  assert.deepEqual(reopen, { ok: false, errors: { status: ["form.errors.reopenExpired"] } });
});

test("expiry works through more orders than one batch", () => {
  for (let i = 0; i < 7; i++) created(createJobOrder(eva, input({ startDate: null }), { db: portal.store, now }));
  assert.equal(expireJobOrders(new Date("2026-12-02T10:00:00Z"), portal.store, 3), 7);
});

test("staff put a registered jobseeker forward; the employer sees the name and status, never a CPR; the access log records it", () => {
  const id = created(createJobOrder(eva, input(), { db: portal.store, now }));
  assert.deepEqual(registerPlacement(staff, id, { citizenId: bo, comment: null }, { db: portal.store, now }), {
    ok: false,
    errors: { citizenId: ["placement.errors.notRegistered"] },
  });
  const placed = registerPlacement(staff, id, { citizenId: anna, comment: "God match" }, { db: portal.store, now });
  assert.ok(placed.ok);
  assert.deepEqual(registerPlacement(staff, id, { citizenId: anna, comment: null }, { db: portal.store, now }), {
    ok: false,
    errors: { citizenId: ["placement.errors.alreadyPlaced"] },
  });
  assert.ok(updatePlacementStatus(staff, id, { placementId: placed.value.id, status: "ansat", comment: null }, { db: portal.store, now }).ok);

  const readsBefore = accessesTo(anna, portal.store).filter((a) => a.role === "arbejdsgiver").length;
  const view = employerOrderView(employerSession(eva), id, "da", portal.store);
  assert.deepEqual(
    view?.log.map((p) => ({ name: p.name, status: p.statusLabel, cpr: p.cprMasked, comment: p.comment })),
    [{ name: "Anna Jensen", status: "Ansat", cpr: null, comment: null }],
  );
  assert.ok(!JSON.stringify(view).includes("1504851234"));
  // Eva saw Anna's name: Anna's insight page shows the employer's read.
  const employerReads = accessesTo(anna, portal.store).filter((a) => a.role === "arbejdsgiver");
  assert.equal(employerReads.length, readsBefore + 1);
  assert.deepEqual([employerReads[0]!.organisation, employerReads[0]!.action], ["Bageriet Ørestad ApS", "read"]);
  assert.equal(employerOrderView(employerSession(frederik), id, "da", portal.store), null);
  assert.equal(accessesTo(anna, portal.store).filter((a) => a.role === "arbejdsgiver").length, readsBefore + 1, "a refused look reads nobody");

  const staffView = staffOrderView(staff, id, "da", portal.store);
  assert.equal(staffView?.log[0]?.cprMasked, "150485-xxxx");
  assert.deepEqual(
    staffView?.changes.map((c) => c.kind),
    ["placementStatus", "placement", "created"],
  );
  const placementMessages = messages().filter((m) => m.aggregateType === "placement");
  assert.deepEqual(
    placementMessages.map((m) => m.type),
    ["placement", "placementStatus"],
  );
  const logged = portal.store.select().from(accessLog).where(eq(accessLog.subjectCitizenId, anna)).all();
  assert.deepEqual(
    logged.map((l) => [l.actorType, l.action]),
    [
      ["staff", "change"],
      ["staff", "change"],
      ["employer", "read"],
      ["staff", "read"],
    ],
  );
});

test("staff put forward and follow only their own job centre's citizens (ADR 0015); others' entries show by status alone", () => {
  const henrik = staffSessionFor(portal.store, "50002", now);
  const order = created(createJobOrder(eva, input({ title: "Lagerarbejder, to job centres" }), { db: portal.store, now }));
  // Anna lives in København: Henrik (Aarhus) cannot put her forward, and Gitte can.
  assert.deepEqual(registerPlacement(henrik, order, { citizenId: anna, comment: null }, { db: portal.store, now }), {
    ok: false,
    errors: { citizenId: ["placement.errors.notRegistered"] },
  });
  const placed = registerPlacement(staff, order, { citizenId: anna, comment: "Passer godt" }, { db: portal.store, now });
  assert.ok(placed.ok);
  assert.throws(() => updatePlacementStatus(henrik, order, { placementId: placed.value.id, status: "ansat", comment: null }, { db: portal.store, now }), JobOrderNotFound);
  const readsBefore = accessesTo(anna, portal.store).length;
  const view = staffOrderView(henrik, order, "da", portal.store);
  assert.deepEqual(
    view?.log.map((p) => ({ name: p.name, cpr: p.cprMasked, comment: p.comment, other: p.otherJobCentre, citizen: p.citizenId, status: p.status })),
    [{ name: "", cpr: null, comment: null, other: true, citizen: "", status: "henvist" }],
  );
  assert.ok(!JSON.stringify(view).includes("Anna"));
  assert.equal(accessesTo(anna, portal.store).length, readsBefore, "Henrik read nothing of Anna's");
  assert.equal(staffOrderView(staff, order, "da", portal.store)?.log[0]?.name, "Anna Jensen");
});

test("orders and placements from the feed are applied and searchable; our own echo adds no change line", () => {
  const foreignId = randomUUID();
  const data = {
    ...jobOrderMessage({
      ...portal.store.select().from(jobOrders).get(),
      seq: 0,
      id: foreignId,
      cvr: "11223344",
      pNumber: null,
      employerName: "Aarhus Havn",
      title: "Kranfører til containerterminalen",
      occupation: "834310",
      description: "Erfaren kranfører søges.",
      internalComment: null,
      jobOrderType: "ordinaert-job",
      workingTime: "fuldtid",
      weeklyHours: 37,
      positions: 2,
      startDate: null,
      applicationDeadline: "2026-12-20",
      workplaceAddress: "Havnegade 1, Aarhus C",
      postcode: "8000",
      municipalityCode: "751",
      contactName: "Kim",
      contactPhone: null,
      contactEmail: null,
      origin: "jobcenter",
      status: "under-behandling",
      statusComment: null,
      publishedAt: now,
      updatedAt: now,
    }),
  };
  write(portal.store, (tx) => applyFeedItem(tx, syncRegistry, { seq: 1, type: "jobOrder", id: foreignId, version: 1, deleted: false, data }));
  assert.deepEqual(searchRows({ text: "kranfør", postcodes: findPlace("751", placeLists(portal.store))?.postcodes }, portal.store).rows.map((r) => r.id), [foreignId]);
  const placementId = randomUUID();
  write(portal.store, (tx) =>
    applyFeedItem(tx, syncRegistry, {
      seq: 2,
      type: "placement",
      id: placementId,
      version: 1,
      deleted: false,
      data: { placementId, jobOrderId: foreignId, cpr: "0101990000", status: "henvist", comment: null, registeredBy: "A-kassen", history: [] },
    }),
  );
  const log = staffOrderView(staff, foreignId, "da", portal.store)?.log ?? [];
  assert.deepEqual(
    log.map((p) => [p.status, p.registeredBy]),
    [["henvist", "A-kassen"]],
  );
  const lines = () => portal.store.select().from(jobOrderEvents).where(eq(jobOrderEvents.jobOrderId, foreignId)).all().length;
  const before = lines();
  write(portal.store, (tx) => applyFeedItem(tx, syncRegistry, { seq: 3, type: "jobOrder", id: foreignId, version: 1, deleted: false, data }));
  assert.equal(lines(), before);
  write(portal.store, (tx) => applyFeedItem(tx, syncRegistry, { seq: 4, type: "jobOrder", id: foreignId, version: 2, deleted: false, data: { ...data, status: "afsluttet-behov-daekket" } }));
  assert.equal(lines(), before + 1);
  assert.equal(searchRows({ text: "kranfør" }, portal.store).rows.length, 0);
});

test("refused changes are undone: a new order removed, an edit and a status restored, a placement removed", () => {
  const row = (id: string) => jobOrderIn("all", id, portal.store);
  const outboxOf = (id: string) => portal.store.select().from(outbox).where(eq(outbox.aggregateId, id)).all();

  const fresh = created(createJobOrder(eva, input(), { db: portal.store, now }));
  const [create] = outboxOf(fresh);
  write(portal.store, (tx) => undoRefusedChange(tx, syncRegistry, { message: create!.message, undo: create!.undo, refusal: testRefusal }));
  assert.equal(row(fresh), null);

  const id = created(createJobOrder(eva, input(), { db: portal.store, now }));
  const actor = { kind: "employer", cvr: eva.cvr } as const;
  updateJobOrder({ cvr: eva.cvr }, id, input({ title: "Ændret titel" }), { db: portal.store, now, actor });
  const edit = outboxOf(id).at(-1)!;
  write(portal.store, (tx) => undoRefusedChange(tx, syncRegistry, { message: edit.message, undo: JSON.parse(JSON.stringify(edit.undo)), refusal: testRefusal }));
  assert.equal(row(id)?.title, "Bagersvend til morgenholdet");
  assert.deepEqual(searchRows({ text: "ændret" }, portal.store).rows.length, 0);

  setJobOrderStatus({ cvr: eva.cvr }, id, "afsluttet-behov-daekket", { db: portal.store, now, actor });
  const close = outboxOf(id).at(-1)!;
  write(portal.store, (tx) => undoRefusedChange(tx, syncRegistry, { message: close.message, undo: close.undo, refusal: testRefusal }));
  assert.equal(row(id)?.status, "under-behandling");

  const placed = registerPlacement(staff, id, { citizenId: anna, comment: null }, { db: portal.store, now });
  assert.ok(placed.ok);
  const [placement] = outboxOf(placed.value.id);
  write(portal.store, (tx) => undoRefusedChange(tx, syncRegistry, { message: placement!.message, undo: placement!.undo, refusal: testRefusal }));
  assert.equal(portal.store.select().from(placements).all().length, 0);
});
