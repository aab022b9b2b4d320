import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { fileURLToPath } from "node:url";
import type { Store } from "./client";

// Resolved from this module, not the working directory, so any start folder works.
const migrationsFolder = fileURLToPath(new URL("./migrations", import.meta.url));

export function migrateStore(store: Store): void {
  migrate(store, { migrationsFolder });
}
