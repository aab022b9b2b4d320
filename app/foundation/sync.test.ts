import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { after, before, beforeEach, describe, test } from "node:test";
import { count, eq } from "drizzle-orm";
import { write, type Store } from "../../db/client";
import { citizens, consents, foundationAggregates, notices, outbox } from "../../db/schema";
import { changeConsent } from "~/features/consent/consent.server";
import { syncRegistry } from "~/sync-registry.server";
import { pullPass } from "./feed.server";
import { enqueue } from "./outbox.server";
import { pushPass } from "./push.server";
import { foundationReachable } from "./client.server";
import { freshPortalStore, portalToken, startStub, testSyncContext, until, type RunningStub } from "./testing/stub";
import { startSyncWorker, syncOnce } from "./worker.server";

let stub: RunningStub;
let portal: ReturnType<typeof freshPortalStore>;

function addCitizens(store: Store, n: number): string[] {
  const ids: string[] = [];
  write(store, (tx) => {
    for (let i = 0; i < n; i++) {
      const id = randomUUID();
      const cpr = `0101${String(70 + (i % 30)).padStart(2, "0")}${String(1000 + i).slice(-4)}`;
      tx.insert(citizens).values({ id, cpr, name: `Testperson ${i}` }).run();
      ids.push(id);
    }
  });
  return ids;
}

const pending = (store: Store) => store.select({ n: count() }).from(outbox).where(eq(outbox.status, "pending")).get()!.n;

async function appliedOnceEach(keys: string[]) {
  const ledger = await stub.ledger();
  const applied = ledger.entries.filter((e) => e.outcome === "applied");
  const perKey = new Map<string, number>();
  for (const entry of applied) perKey.set(entry.key, (perKey.get(entry.key) ?? 0) + 1);
  for (const key of keys) assert.equal(perKey.get(key), 1, `key ${key} applied ${perKey.get(key) ?? 0} times`);
  return ledger;
}

const sentKeys = (store: Store) => store.select({ key: outbox.idempotencyKey }).from(outbox).all().map((r) => r.key);

async function expectConsentsEqualFoundation(store: Store, ids: string[]) {
  const remote = new Map((await stub.aggregates("citizen")).map((a) => [a.id, a]));
  for (const id of ids) {
    const local = store.select().from(consents).where(eq(consents.citizenId, id)).get();
    const theirs = remote.get(id)?.data.consents as { fetch: { given: boolean; on: string }; share: { given: boolean; on: string } } | undefined;
    assert.ok(local && theirs, `consents of ${id} on both sides`);
    assert.deepEqual(
      { fetch: { given: local.fetchGiven, on: local.fetchOn }, share: { given: local.shareGiven, on: local.shareOn } },
      { fetch: theirs.fetch, share: theirs.share },
    );
    const known = store.select().from(foundationAggregates).where(eq(foundationAggregates.aggregateId, id)).get();
    assert.equal(known?.version, remote.get(id)?.version);
  }
}

// When the other portal says its changes happened; the sync itself runs on the wall clock, as its
// retries and backoff are about real time.
const occurredAt = "2026-11-23T10:00:00.000Z";

describe("sync with the foundation stub", { concurrency: false }, () => {
  before(async () => {
    stub = await startStub();
  });
  after(async () => {
    await stub.stop();
  });
  beforeEach(async () => {
    await stub.reset();
    portal?.remove();
    portal = freshPortalStore();
  });

  test("a change and its outbox row commit or roll back together", () => {
    const [id] = addCitizens(portal.store, 1);
    assert.throws(() =>
      write(portal.store, (tx) => {
        enqueue(tx, {
          type: "personMarking",
          aggregateType: "citizen",
          aggregateId: id!,
          data: { cpr: "0101901234", marking: "Tidlig opfølgning - fast track", requestedOn: "2026-11-23" },
        });
        throw new Error("the business change failed");
      }),
    );
    assert.equal(portal.store.select({ n: count() }).from(outbox).get()!.n, 0);
    // A change whose report would not fit the contract is not stored either.
    write(portal.store, (tx) => tx.update(citizens).set({ cpr: "12345" }).where(eq(citizens.id, id!)).run());
    assert.throws(() => changeConsent(id!, { fetch: true, share: true }, { db: portal.store }), /contract/);
    assert.equal(portal.store.select({ n: count() }).from(consents).get()!.n, 0);
    assert.equal(portal.store.select({ n: count() }).from(outbox).get()!.n, 0);
  });

  test("the foundation down while 1,000 changes happen: once it is back, each is applied exactly once", async () => {
    const ids = addCitizens(portal.store, 100);
    await stub.faults({ down: true });
    const worker = startSyncWorker(testSyncContext(portal.store, stub.url, { registry: syncRegistry }), 100);
    for (let round = 0; round < 10; round++) {
      for (const id of ids) changeConsent(id, { fetch: round % 2 === 0, share: round % 3 === 0 }, { db: portal.store });
      await new Promise((r) => setTimeout(r, 10));
    }
    assert.equal(portal.store.select({ n: count() }).from(outbox).get()!.n, 1000);
    assert.equal((await stub.ledger()).entries.filter((e) => e.outcome === "applied").length, 0);
    await stub.faults({});
    await until(() => pending(portal.store) === 0, 30_000, "the outbox to drain");
    await worker.stop();
    const ledger = await appliedOnceEach(sentKeys(portal.store));
    assert.equal(ledger.entries.filter((e) => e.outcome === "applied").length, 1000);
    await pullPass(testSyncContext(portal.store, stub.url, { registry: syncRegistry }));
    await expectConsentsEqualFoundation(portal.store, ids);
  });

  test("the sync process killed with SIGKILL while pushing: nothing lost, nothing applied twice", async () => {
    const ids = addCitizens(portal.store, 200);
    for (let round = 0; round < 5; round++) {
      for (const id of ids) changeConsent(id, { fetch: round % 2 === 1, share: true }, { db: portal.store });
    }
    await stub.faults({ delayMs: 5 });
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/sync.ts"], {
      env: { ...process.env, DATA_DIR: portal.dir, FOUNDATION_URL: stub.url, SYNC_FEED_INTERVAL_MS: "100", LOG_LEVEL: "error" },
      stdio: "ignore",
    });
    await until(async () => (await stub.ledger()).entries.length > 150, 30_000, "pushing to start");
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    const appliedAtKill = (await stub.ledger()).entries.filter((e) => e.outcome === "applied").length;
    assert.ok(appliedAtKill < 1000, `killed mid-way (${appliedAtKill} applied)`);
    await stub.faults({});
    await syncOnce(testSyncContext(portal.store, stub.url, { registry: syncRegistry }));
    assert.equal(pending(portal.store), 0);
    const ledger = await appliedOnceEach(sentKeys(portal.store));
    assert.equal(ledger.entries.filter((e) => e.outcome === "applied").length, 1000);
  });

  test("the connection dropped after the foundation committed: retried, never duplicated", async () => {
    const ids = addCitizens(portal.store, 50);
    for (const id of ids) changeConsent(id, { fetch: true, share: false }, { db: portal.store });
    for (const id of ids) changeConsent(id, { fetch: false, share: false }, { db: portal.store });
    await stub.faults({ dropAfterCommitRate: 0.3 });
    const ctx = testSyncContext(portal.store, stub.url, { registry: syncRegistry });
    await until(async () => {
      await pushPass(ctx);
      return pending(portal.store) === 0;
    }, 30_000, "the outbox to drain");
    const ledger = await appliedOnceEach(sentKeys(portal.store));
    assert.equal(ledger.entries.filter((e) => e.outcome === "applied").length, 100);
    assert.ok(Object.values(ledger.deliveries).some((n) => n > 1), "some messages were delivered more than once");
  });

  test("a feed that repeats and reorders items leaves the portal equal to the foundation", async () => {
    const ids = addCitizens(portal.store, 40);
    // Another portal registers consents for these citizens, several times each.
    for (let version = 0; version < 3; version++) {
      for (const [i, id] of ids.entries()) {
        const response = await stub.send(
          {
            type: "consent",
            aggregateType: "citizen",
            aggregateId: id,
            expectedVersion: version,
            occurredAt,
            data: {
              cpr: "0101901234",
              fetch: { given: (i + version) % 2 === 0, on: `2026-11-2${version}` },
              share: { given: version === 2, on: `2026-11-2${version}` },
            },
          },
          randomUUID(),
        );
        assert.equal(response.status, 200);
      }
    }
    await stub.faults({ feedChaos: true });
    const ctx = testSyncContext(portal.store, stub.url, { registry: syncRegistry, feedPageSize: 25 });
    await pullPass(ctx);
    await pullPass(ctx); // a second read changes nothing
    await expectConsentsEqualFoundation(portal.store, ids);
  });

  test("a poison message is dead-lettered at once while other aggregates keep flowing", async () => {
    const ids = addCitizens(portal.store, 20);
    write(portal.store, (tx) =>
      enqueue(tx, {
        type: "personMarking",
        aggregateType: "citizen",
        aggregateId: ids[0]!,
        data: { cpr: "0101901234", marking: "Tidlig opfølgning - fast track", requestedOn: "2026-11-23" },
        actor: { audience: "citizen", id: ids[0]! },
      }),
    );
    for (const id of ids) changeConsent(id, { fetch: true, share: true }, { db: portal.store });
    await stub.faults({ refuseTypes: ["personMarking"] });
    const result = await pushPass(testSyncContext(portal.store, stub.url, { registry: syncRegistry }));
    assert.equal(result.deadLettered, 1);
    // The consent queued behind the refused marking is rebased and goes in the next pass.
    const next = await pushPass(testSyncContext(portal.store, stub.url, { registry: syncRegistry }));
    assert.equal(result.sent + next.sent, 20);
    const dead = portal.store.select().from(outbox).where(eq(outbox.status, "dead")).all();
    assert.equal(dead.length, 1);
    assert.equal(dead[0]!.messageType, "personMarking");
    assert.match(dead[0]!.lastError ?? "", /422/);
    const notice = portal.store.select().from(notices).where(eq(notices.subjectId, ids[0]!)).get();
    assert.equal(notice?.kind, "refused.personMarking");
    await pullPass(testSyncContext(portal.store, stub.url, { registry: syncRegistry }));
    await expectConsentsEqualFoundation(portal.store, ids);
  });

  test("a refused consent change is undone locally and the citizen is told", async () => {
    const [id] = addCitizens(portal.store, 1);
    changeConsent(id!, { fetch: true, share: true }, { db: portal.store, now: new Date("2026-11-01T10:00:00Z") });
    await pushPass(testSyncContext(portal.store, stub.url, { registry: syncRegistry }));
    await stub.faults({ refuseTypes: ["consent"] });
    changeConsent(id!, { fetch: false, share: true }, { db: portal.store, now: new Date("2026-11-20T10:00:00Z") });
    await pushPass(testSyncContext(portal.store, stub.url, { registry: syncRegistry }));
    const local = portal.store.select().from(consents).where(eq(consents.citizenId, id!)).get();
    assert.deepEqual(local, { citizenId: id, fetchGiven: true, fetchOn: "2026-11-01", shareGiven: true, shareOn: "2026-11-01" });
    const notice = portal.store.select().from(notices).where(eq(notices.subjectId, id!)).get();
    assert.equal(notice?.kind, "refused.consent");
    await stub.faults({});
    await pullPass(testSyncContext(portal.store, stub.url, { registry: syncRegistry }));
    await expectConsentsEqualFoundation(portal.store, [id!]);
  });

  test("a change made elsewhere first: the portal's change is refused (409) and it takes the foundation's state", async () => {
    const [id] = addCitizens(portal.store, 1);
    const elsewhere = await stub.send(
      {
        type: "consent",
        aggregateType: "citizen",
        aggregateId: id,
        expectedVersion: 0,
        occurredAt,
        data: { cpr: "0101901234", fetch: { given: true, on: "2026-11-10" }, share: { given: false, on: "2026-11-10" } },
      },
      randomUUID(),
    );
    assert.equal(elsewhere.status, 200);
    changeConsent(id!, { fetch: false, share: true }, { db: portal.store });
    changeConsent(id!, { fetch: true, share: true }, { db: portal.store });
    const result = await pushPass(testSyncContext(portal.store, stub.url, { registry: syncRegistry }));
    assert.equal(result.deadLettered, 1);
    // The first change is refused with the foundation's 409; the one queued behind it falls with it.
    const dead = portal.store.select().from(outbox).where(eq(outbox.status, "dead")).orderBy(outbox.seq).all();
    assert.deepEqual(
      dead.map((row) => row.lastError),
      ["409 version-conflict", "409 blocked-by-earlier-conflict"],
    );
    await expectConsentsEqualFoundation(portal.store, [id!]);
  });
  test("the health report asks the foundation's API, not its /healthz: while /v1 is down it says unreachable", async () => {
    const endpoint = { url: stub.url, token: portalToken };
    assert.equal(await foundationReachable(endpoint), true);
    await stub.faults({ down: true });
    try {
      assert.equal((await fetch(`${stub.url}/healthz`)).ok, true, "the stub's own health check still answers");
      assert.equal(await foundationReachable(endpoint), false);
    } finally {
      await stub.faults({});
    }
    assert.equal(await foundationReachable({ url: stub.url, token: "a-token-the-foundation-does-not-know" }), false);
  });
});
