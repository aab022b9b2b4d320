import { existsSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { openStore } from "../../db/client";
import { migrateStore } from "../../db/migrate";
import { seedStore } from "../../db/seed/index";
import { generateScaleData, nationalScale, smokeScale } from "./generate";

export type ScaleName = "national" | "smoke";

/** The directory of a scale store, to use as the portal's DATA_DIR. */
export const scaleDir = (name: ScaleName) => join(".bench-data", name);

/** Makes the scale store (again when `fresh`, or when it is missing); returns where it is. */
export function scaleStore(name: ScaleName, options: { fresh?: boolean; progress?: (what: string) => void } = {}) {
  const file = join(scaleDir(name), "portal.sqlite");
  const started = performance.now();
  if (options.fresh || !existsSync(file)) {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
    const store = openStore(file);
    migrateStore(store);
    seedStore(store);
    generateScaleData(store.$client, name === "smoke" ? smokeScale : nationalScale, { progress: options.progress });
    store.$client.pragma("wal_checkpoint(TRUNCATE)");
    store.$client.close();
  } else {
    // A store made before the newest migrations gets them, as a deployed portal would.
    const store = openStore(file);
    migrateStore(store);
    store.$client.close();
  }
  return { file, seconds: Math.round((performance.now() - started) / 100) / 10, sizeMb: Math.round(statSync(file).size / 1e6) };
}
