import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { eq } from "drizzle-orm";
import { write } from "../../../db/client";
import { accessLog, citizens } from "../../../db/schema";
import { seedStore } from "../../../db/seed/index";
import type { PortalSession } from "~/features/auth/session.server";
import { freshPortalStore } from "~/foundation/testing/stub";
import { searchCitizens } from "./lookup.server";

let portal: ReturnType<typeof freshPortalStore>;
const now = new Date("2026-11-23T10:00:00Z");
const staff: PortalSession = {
  idHash: "x",
  audience: "staff",
  subjectId: "staff-1",
  rid: "50001",
  displayName: "Gitte",
  organisation: "Københavns Kommune",
  idleSeconds: 1800,
  expiresAt: new Date(now.getTime() + 3600_000),
};
const names = (query: string) => searchCitizens(staff, { kind: "name", name: query }, portal.store).people.map((c) => c.name);

before(() => {
  portal = freshPortalStore();
  seedStore(portal.store, { now });
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
  write(portal.store, (tx) => tx.update(citizens).set({ name: "Carla Østergaard" }).where(eq(citizens.name, "Carla Hansen")).run());
  assert.deepEqual(names("østergaard"), ["Carla Østergaard"]);
  assert.deepEqual(names("hansen"), []);
  assert.deepEqual(names('carla" OR *'), []);
});

test("a search that matches more than the limit shows the limit and asks for more precision", () => {
  write(portal.store, (tx) => {
    for (let i = 0; i < 60; i++) tx.insert(citizens).values({ id: `many-${i}`, cpr: `01019${String(i).padStart(5, "0")}`, name: `Mange Mogensen ${i}` }).run();
  });
  const result = searchCitizens(staff, { kind: "name", name: "mogensen" }, portal.store);
  assert.equal(result.people.length, 50);
  assert.equal(result.more, true);
  assert.equal(searchCitizens(staff, { kind: "name", name: "anna" }, portal.store).more, false);
});
