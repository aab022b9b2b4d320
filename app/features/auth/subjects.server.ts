import { and, eq } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { write } from "../../../db/client";
import { citizens, employers, staffUsers } from "../../../db/schema";
import { store } from "~/utils/store.server";
import type { Audience } from "./audience";
import type { Identity } from "./identity";

export type Subject = { subjectId: string; rid?: string; displayName: string; organisation?: string };

/**
 * Finds who a verified identity is in this portal. A citizen or employer met for the first time
 * is recorded; staff must already be known and active.
 */
export function subjectFor(identity: Identity, audience: Audience): Subject | null {
  if (identity.kind === "citizen") {
    const id = write(store(), (tx) => {
      const existing = tx.select({ id: citizens.id }).from(citizens).where(eq(citizens.cpr, identity.cpr)).get();
      if (existing) {
        tx.update(citizens).set({ name: identity.name }).where(eq(citizens.id, existing.id)).run();
        return existing.id;
      }
      const created = randomUUID();
      tx.insert(citizens).values({ id: created, cpr: identity.cpr, name: identity.name }).run();
      return created;
    });
    return { subjectId: id, displayName: identity.name };
  }
  if (audience === "staff") {
    const staff = store()
      .select()
      .from(staffUsers)
      .where(and(eq(staffUsers.cvr, identity.cvr), eq(staffUsers.rid, identity.rid), eq(staffUsers.active, true)))
      .get();
    return staff
      ? { subjectId: staff.id, rid: staff.rid, displayName: staff.name, organisation: staff.municipality }
      : null;
  }
  write(store(), (tx) =>
    tx
      .insert(employers)
      .values({ cvr: identity.cvr, name: identity.organisation })
      .onConflictDoUpdate({ target: employers.cvr, set: { name: identity.organisation } })
      .run(),
  );
  return { subjectId: identity.cvr, rid: identity.rid, displayName: identity.name, organisation: identity.organisation };
}
