import assert from "node:assert/strict";
import { test } from "node:test";
import { count } from "drizzle-orm";
import { write } from "../../../db/client";
import { accessLog } from "../../../db/schema";
import { freshPortalStore } from "~/foundation/testing/stub";
import { accessesTo, pruneAccessLog, recordAccess, recordRead } from "./access-log.server";

const actor = { actorType: "staff" as const, actorId: "s1", actorRole: "jobcentermedarbejder", actorOrganisation: "Københavns Kommune" };

test("the access log cannot be changed, and recent rows cannot be deleted", () => {
  const portal = freshPortalStore();
  try {
    recordRead(actor, ["c1"], { db: portal.store });
    assert.throws(() => portal.store.$client.prepare("update access_log set actor_role = 'x'").run(), /append-only/);
    assert.throws(() => portal.store.$client.prepare("delete from access_log").run(), /six months/);
    assert.equal(accessesTo("c1", portal.store).length, 1);
  } finally {
    portal.remove();
  }
});

test("the retention job removes rows older than six months and keeps the rest", () => {
  const portal = freshPortalStore();
  try {
    const now = new Date("2026-11-23T12:00:00Z");
    write(portal.store, (tx) => {
      recordAccess(tx, actor, "read", ["old"], { now: new Date("2026-05-01T12:00:00Z") });
      recordAccess(tx, actor, "search", ["new"], { now: new Date("2026-11-01T12:00:00Z"), criterion: "name" });
    });
    assert.equal(pruneAccessLog(now, portal.store), 1);
    assert.equal(portal.store.select({ n: count() }).from(accessLog).get()!.n, 1);
    assert.deepEqual(
      accessesTo("new", portal.store).map((r) => [r.action, r.criterion, r.role, r.organisation]),
      [["search", "name", "jobcentermedarbejder", "Københavns Kommune"]],
    );
  } finally {
    portal.remove();
  }
});
