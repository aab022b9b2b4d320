/**
 * Contenders in the rebooking race test: each on its own connection to the shared SQLite file.
 * The thread waits at a barrier so every thread asks for the last place at the same moment; its
 * contenders then go one after another on their own connections, interleaved with the other
 * threads' (better-sqlite3 is synchronous, so one thread cannot overlap its own connections).
 */
import { parentPort, workerData } from "node:worker_threads";
import { openStore } from "../../../db/client";
import { rebook, type RebookResult } from "./rebooking.server";

const { file, contenders, slotOfferId, barrier, now } = workerData as {
  file: string;
  /** The test's clock: the thread decides with the same `now` as the test that dated the meetings. */
  now: Date;
  contenders: { citizenId: string; summonsId: string }[];
  slotOfferId: string;
  barrier: SharedArrayBuffer;
};
const flags = new Int32Array(barrier);
const connections = contenders.map(() => openStore(file));
Atomics.add(flags, 0, 1);
Atomics.wait(flags, 1, 0);
const results: (RebookResult | { ok: false; error: string })[] = contenders.map(({ citizenId, summonsId }, i) => {
  try {
    return rebook(citizenId, summonsId, slotOfferId, { db: connections[i]!, now });
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
});
for (const db of connections) db.$client.close();
parentPort?.postMessage(results);
