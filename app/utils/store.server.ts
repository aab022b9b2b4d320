import { join } from "node:path";
import { openStore, type Store } from "../../db/client";
import { env } from "./env.server";

let instance: Store | undefined;

/** The portal's store, opened once per process. */
export function store(): Store {
  instance ??= openStore(join(env().DATA_DIR, "portal.sqlite"));
  return instance;
}

export function closeStore(): void {
  instance?.$client.close();
  instance = undefined;
}
