import { join } from "node:path";
import { openStore, type Store } from "../../db/client";
import { env } from "./env.server";

let instance: Store | undefined;

/** Where the portal's store lives. */
export const storeFile = () => join(env().DATA_DIR, "portal.sqlite");

/** The portal's store, opened once per process. */
export function store(): Store {
  instance ??= openStore(storeFile());
  return instance;
}

export function closeStore(): void {
  instance?.$client.close();
  instance = undefined;
}
