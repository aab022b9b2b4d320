import { existsSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { openStore } from "../../db/client";
import { migrateStore } from "../../db/migrate";
import { seedStore } from "../../db/seed/index";
import { generateScaleData, nationalScale, smokeScale } from "./generate";
import { insertJobOrders } from "./job-orders";

export type ScaleName = "national" | "smoke";

/** The directory of a scale store, to use as the portal's DATA_DIR. */
export const scaleDir = (name: ScaleName) => join(".bench-data", name);

/** Makes the scale store (again when `fresh`, or when it is missing); returns where it is. */
export function scaleStore(name: ScaleName, options: { fresh?: boolean; progress?: (what: string) => void } = {}) {
  const file = join(scaleDir(name), "portal.sqlite");
  const scale = name === "smoke" ? smokeScale : nationalScale;
  const started = performance.now();
  if (options.fresh || !existsSync(file)) {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
    const store = openStore(file);
    migrateStore(store);
    seedStore(store);
    generateScaleData(store.$client, scale, { progress: options.progress });
    store.$client.close();
  }
  // A store made before the newest migrations or data kinds gets them, as a deployed portal would.
  const store = openStore(file);
  migrateStore(store);
  const orders = store.$client.prepare("select count(*) from job_orders").pluck().get() as number;
  if (orders < scale.jobOrders) {
    options.progress?.("job orders");
    insertJobOrders(store, scale.jobOrders - orders, { seed: orders + 1 });
  }
  store.$client.pragma("wal_checkpoint(TRUNCATE)");
  store.$client.close();
  return { file, seconds: Math.round((performance.now() - started) / 100) / 10, sizeMb: Math.round(statSync(file).size / 1e6) };
}
