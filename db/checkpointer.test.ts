import assert from "node:assert/strict";
import { after, test } from "node:test";
import { statSync } from "node:fs";
import { freshPortalStore } from "../app/foundation/testing/stub";
import { startCheckpointer, walSafetyNetPages, type CheckpointResult } from "./checkpointer";

const portal = freshPortalStore();
after(() => portal.remove());

test("the checkpointer thread copies every frame of the WAL back, on its own connection", async () => {
  assert.equal(portal.store.$client.pragma("wal_autocheckpoint", { simple: true }), walSafetyNetPages);
  const insert = portal.store.$client.prepare("insert into sync_state (key, value) values (?, ?)");
  for (let i = 0; i < 300; i++) portal.store.$client.transaction(() => insert.run(`k${i}`, "x".repeat(3000))).immediate();
  const walPages = () => statSync(`${portal.file}-wal`).size / 4096;
  assert.ok(walPages() > 300, "the writes are in the WAL");
  const results: CheckpointResult[] = [];
  const checkpointer = startCheckpointer(portal.file, { intervalMs: 20, onResult: (result) => results.push(result) });
  try {
    const deadline = performance.now() + 10_000;
    while (!results.some((r) => r.log > 300 && r.checkpointed === r.log) && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    assert.ok(results.some((r) => r.log > 300 && r.checkpointed === r.log), `every frame copied back: ${JSON.stringify(results.at(-1))}`);
    // Once copied back, the next writer starts the WAL from its beginning instead of growing it:
    // the file keeps its size and the next checkpoint counts only the new frames.
    const walBytes = statSync(`${portal.file}-wal`).size;
    for (let i = 300; i < 310; i++) portal.store.$client.transaction(() => insert.run(`k${i}`, "y")).immediate();
    assert.equal(statSync(`${portal.file}-wal`).size, walBytes, "the new frames overwrite the old ones");
    const seen = results.length;
    while (results.length < seen + 2 && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const next = results.at(-1)!;
    assert.equal(next.busy, 0);
    assert.ok(next.log > 0 && next.log <= 40, `the WAL holds only the ten new transactions' frames: ${JSON.stringify(next)}`);
  } finally {
    await checkpointer.stop();
  }
});
