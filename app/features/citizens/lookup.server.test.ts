import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { eq } from "drizzle-orm";
import { write } from "../../../db/client";
import { accessLog, citizens } from "../../../db/schema";
import { seedStore } from "../../../db/seed/index";
import type { PortalSession } from "~/features/auth/session.server";
import { staffSessionFor } from "~/features/auth/testing";
import { freshPortalStore } from "~/foundation/testing/stub";
import { citizenForStaff, searchCitizens } from "./lookup.server";
import { applyFeedItem } from "~/foundation/registry.server";
import { syncRegistry } from "~/sync-registry.server";

let portal: ReturnType<typeof freshPortalStore>;
const now = new Date("2026-11-23T10:00:00Z");
/** Gitte, Jobcenter København: Anna, Bo and the other København citizens are hers to find. */
let staff: PortalSession;
const names = (query: string) => searchCitizens(staff, { kind: "name", name: query }, portal.store).people.map((c) => c.name);

before(() => {
  portal = freshPortalStore();
  seedStore(portal.store, { now });
  staff = staffSessionFor(portal.store, "50001", now);
});
after(() => portal.remove());

test("a name search matches the beginnings of words, in any order, and logs each person found", () => {
  const logged = portal.store.$client.prepare("select count(*) n from access_log").pluck();
  const before = logged.get() as number;
  assert.deepEqual(names("jens an"), ["Anna Jensen"]);
  assert.deepEqual(names("Sørensen"), ["Emil Sørensen"]);
  assert.deepEqual(names("ensen"), [], "only word beginnings match");
  assert.equal((logged.get() as number) - before, 2);
  assert.equal(portal.store.select().from(accessLog).all().at(-1)?.criterion, "name");
});

test("a renamed citizen is found by the new name only; FTS syntax in the query is inert", () => {
  write(portal.store, (tx) => tx.update(citizens).set({ name: "Emil Østergaard" }).where(eq(citizens.name, "Emil Sørensen")).run());
  assert.deepEqual(names("østergaard"), ["Emil Østergaard"]);
  assert.deepEqual(names("sørensen"), []);
  assert.deepEqual(names('emil" OR *'), []);
});

test("a search that matches more than the limit shows the limit and asks for more precision", () => {
  write(portal.store, (tx) => {
    for (let i = 0; i < 60; i++) tx.insert(citizens).values({ id: `many-${i}`, cpr: `01019${String(i).padStart(5, "0")}`, name: `Mange Mogensen ${i}`, municipalityCode: "101" }).run();
  });
  const result = searchCitizens(staff, { kind: "name", name: "mogensen" }, portal.store);
  assert.equal(result.people.length, 50);
  assert.equal(result.more, true);
  assert.equal(searchCitizens(staff, { kind: "name", name: "anna" }, portal.store).more, false);
});

test("staff find and open only the citizens of their own job centre (ADR 0015), by CPR and by name alike", () => {
  const henrik = staffSessionFor(portal.store, "50002", now);
  const idOf = (cpr: string) => portal.store.select().from(citizens).where(eq(citizens.cpr, cpr)).get()!.id;
  const [anna, carla] = [idOf("1504851234"), idOf("2211781236")];
  const found = (session: PortalSession, query: Parameters<typeof searchCitizens>[1]) => searchCitizens(session, query, portal.store).people.map((p) => p.name);
  const logged = () => portal.store.select().from(accessLog).all().length;
  const before = logged();
  // Anna lives in København, Carla in Aarhus.
  assert.deepEqual(found(henrik, { kind: "cpr", cpr: "1504851234" }), []);
  assert.deepEqual(found(henrik, { kind: "name", name: "anna jensen" }), []);
  assert.equal(citizenForStaff(henrik, anna, portal.store), null);
  assert.equal(logged(), before, "a citizen out of reach is neither shown nor logged as read");
  assert.deepEqual(found(henrik, { kind: "cpr", cpr: "2211781236" }), ["Carla Hansen"]);
  assert.deepEqual(found(henrik, { kind: "name", name: "carla" }), ["Carla Hansen"]);
  assert.equal(citizenForStaff(henrik, carla, portal.store)?.name, "Carla Hansen");
  assert.deepEqual(found(staff, { kind: "cpr", cpr: "2211781236" }), []);
  assert.equal(citizenForStaff(staff, carla, portal.store), null);
  assert.equal(citizenForStaff(staff, anna, portal.store)?.name, "Anna Jensen");
  // A person whose municipality the foundation has not told is no job centre's to find.
  write(portal.store, (tx) => tx.insert(citizens).values({ id: "unplaced", cpr: "0101701111", name: "Uden Kommune" }).run());
  for (const session of [staff, henrik]) {
    assert.deepEqual(found(session, { kind: "cpr", cpr: "0101701111" }), []);
    assert.deepEqual(found(session, { kind: "name", name: "uden kommune" }), []);
    assert.equal(citizenForStaff(session, "unplaced", portal.store), null);
  }
});

test("a move arriving from the foundation's feed hands the citizen to the new municipality's job centre at once (ADR 0015)", () => {
  const henrik = staffSessionFor(portal.store, "50002", now);
  const hanne = portal.store.select().from(citizens).where(eq(citizens.cpr, "1408791242")).get()!.id;
  assert.equal(citizenForStaff(henrik, hanne, portal.store), null);
  const item = (data: Record<string, unknown>) => ({ seq: 1, type: "citizen" as const, id: hanne, version: 2, deleted: false, data });
  // A malformed code changes nothing.
  write(portal.store, (tx) => applyFeedItem(tx, syncRegistry, item({ municipalityCode: "Aarhus" })));
  assert.equal(citizenForStaff(staff, hanne, portal.store)?.name, "Hanne Dahl");
  write(portal.store, (tx) => applyFeedItem(tx, syncRegistry, item({ municipalityCode: "751" })));
  assert.equal(citizenForStaff(henrik, hanne, portal.store)?.name, "Hanne Dahl");
  assert.equal(citizenForStaff(staff, hanne, portal.store), null);
  assert.deepEqual(searchCitizens(staff, { kind: "cpr", cpr: "1408791242" }, portal.store).people, []);
});
