import { asc, eq, like } from "drizzle-orm";
import type { Store } from "../../../db/client";
import { citizens } from "../../../db/schema";
import { recordRead, staffActor } from "~/features/access-log/access-log.server";
import type { PortalSession } from "~/features/auth/session.server";
import { meetingsOf } from "~/features/meetings/summons.server";
import { maskCpr } from "~/features/people/cpr";
import { activeRegistration } from "~/features/registration/period.server";
import { store } from "~/utils/store.server";
import type { CitizenQuery } from "./schemas";

/** Staff's search for a citizen; every person found is recorded in the access log with the kind of criterion. */
export function searchCitizens(session: PortalSession, query: CitizenQuery, db: Store = store()) {
  const rows =
    query.kind === "cpr"
      ? db.select().from(citizens).where(eq(citizens.cpr, query.cpr)).all()
      : db
          .select()
          .from(citizens)
          .where(like(citizens.name, `%${query.name.replace(/[%_]/g, "")}%`))
          .orderBy(asc(citizens.name))
          .limit(50)
          .all();
  recordRead(staffActor(session), rows.map((r) => r.id), { action: "search", criterion: query.kind, db });
  return rows.map((r) => ({ id: r.id, name: r.name, cprMasked: maskCpr(r.cpr) }));
}

/** A citizen's overview for staff; opening it is recorded in the access log. */
export function citizenForStaff(session: PortalSession, citizenId: string, db: Store = store()) {
  const citizen = db.select().from(citizens).where(eq(citizens.id, citizenId)).get();
  if (!citizen) return null;
  recordRead(staffActor(session), [citizen.id], { db });
  const registration = activeRegistration(db, citizen.id);
  return {
    name: citizen.name,
    cpr: `${citizen.cpr.slice(0, 6)}-${citizen.cpr.slice(6)}`,
    registeredOn: registration?.registeredOn ?? null,
    upcomingMeetings: meetingsOf(citizen.id, new Date(), db).upcoming.length,
  };
}
