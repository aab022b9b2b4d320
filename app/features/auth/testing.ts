import { eq } from "drizzle-orm";
import type { Store } from "../../../db/client";
import { staffUsers } from "../../../db/schema";
import type { PortalSession } from "./session.server";

/**
 * A staff session for a member of the seeded staff register, found by RID: "50001" is Gitte
 * (Jobcenter København, 101), "50002" is Henrik (Jobcenter Aarhus, 751), "50003" is Mette (Gitte's
 * colleague in København).
 */
export function staffSessionFor(store: Store, rid: "50001" | "50002" | "50003", now = new Date()): PortalSession {
  const member = store.select().from(staffUsers).where(eq(staffUsers.rid, rid)).get();
  if (!member) throw new Error(`No staff member with RID ${rid}: seed the store first`);
  return {
    idHash: `test-${rid}`,
    audience: "staff",
    subjectId: member.id,
    rid,
    displayName: member.name,
    organisation: member.municipality,
    idleSeconds: 1800,
    expiresAt: new Date(now.getTime() + 3_600_000),
  };
}
