import { sql } from "drizzle-orm";
import { foundationReachable } from "~/foundation/client.server";
import { store } from "~/utils/store.server";

/**
 * The portal is healthy when its store answers. A foundation outage only delays reporting, so it
 * is shown but does not make the portal unhealthy.
 */
export async function health() {
  let storeState: "ok" | "error" = "ok";
  try {
    store().get(sql`select 1`);
  } catch {
    storeState = "error";
  }
  const foundation = (await foundationReachable()) ? "ok" : "unreachable";
  return { status: storeState === "ok" ? "ok" : "error", store: storeState, foundation } as const;
}
