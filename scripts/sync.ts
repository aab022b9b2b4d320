/**
 * `npm run sync -- --once`: one push-and-pull pass against the configured foundation, then exit.
 * Without --once the worker runs until Ctrl-C (for a portal started with SYNC_WORKER=off).
 */
import { existsSync } from "node:fs";
import { migrateStore } from "../db/migrate";
import { portalSyncContext } from "../app/foundation/context.server";
import { startSyncWorker, syncOnce } from "../app/foundation/worker.server";
import { syncRegistry } from "../app/sync-registry.server";
import { env } from "../app/utils/env.server";
import { closeStore, store } from "../app/utils/store.server";

if (existsSync(".env")) process.loadEnvFile(".env");
migrateStore(store());
if (process.argv.includes("--once")) {
  const result = await syncOnce(portalSyncContext(syncRegistry));
  console.log(JSON.stringify(result));
  closeStore();
} else {
  const worker = startSyncWorker(portalSyncContext(syncRegistry), env().SYNC_FEED_INTERVAL_MS);
  const stop = () => void worker.stop().then(() => { closeStore(); process.exit(0); });
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
