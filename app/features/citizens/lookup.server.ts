import { asc, eq, sql } from "drizzle-orm";
import type { Store } from "../../../db/client";
import { citizens } from "../../../db/schema";
import { recordRead, staffActor } from "~/features/access-log/access-log.server";
import type { PortalSession } from "~/features/auth/session.server";
import { meetingsOf } from "~/features/meetings/summons.server";
import { maskCpr } from "~/features/people/cpr";
import { activeRegistration } from "~/features/registration/period.server";
import { store } from "~/utils/store.server";
import { nameMatch } from "./name-search";
import type { CitizenQuery } from "./schemas";

/** At most this many people are shown (and logged) per search; more means "search more precisely". */
export const searchLimit = 50;

/** Staff's search for a citizen; every person found is recorded in the access log with the kind of criterion. */
export function searchCitizens(session: PortalSession, query: CitizenQuery, db: Store = store()) {
  const rows =
    query.kind === "cpr"
      ? db.select().from(citizens).where(eq(citizens.cpr, query.cpr)).all()
      : byName(db, query.name);
  const shown = rows.slice(0, searchLimit);
  recordRead(staffActor(session), shown.map((r) => r.id), { action: "search", criterion: query.kind, db });
  return { people: shown.map((r) => ({ id: r.id, name: r.name, cprMasked: maskCpr(r.cpr) })), more: rows.length > searchLimit };
}

/**
 * Up to one more than the limit, sorted by name. A common surname matches thousands: sorting them
 * all would cost more than the search, and staff are asked to search more precisely instead.
 */
function byName(db: Store, name: string) {
  const match = nameMatch(name);
  if (!match) return [];
  return db
    .select()
    .from(citizens)
    .where(sql`${citizens}.rowid IN (SELECT rowid FROM citizen_names WHERE citizen_names MATCH ${match} LIMIT ${searchLimit + 1})`)
    .orderBy(asc(citizens.name))
    .all();
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
