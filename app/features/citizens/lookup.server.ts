import { and, asc, eq, sql } from "drizzle-orm";
import type { Store } from "../../../db/client";
import { citizens } from "../../../db/schema";
import { recordRead, staffActor } from "~/features/access-log/access-log.server";
import type { PortalSession } from "~/features/auth/session.server";
import { meetingsOf } from "~/features/meetings/summons.server";
import { maskCpr } from "~/features/people/cpr";
import { earlyFollowUpOf } from "~/features/early-follow-up/early-follow-up.server";
import { activeRegistration } from "~/features/registration/period.server";
import { store } from "~/utils/store.server";
import { handlesCitizen, inJobCentreOf, staffMemberOf } from "./job-centre.server";
import { nameMatch } from "./name-search";
import type { CitizenQuery } from "./schemas";

/** At most this many people are shown (and logged) per search; more means "search more precisely". */
export const searchLimit = 50;

/**
 * Staff's search for a citizen, among the people their job centre handles (ADR 0015); every person
 * found is recorded in the access log with the kind of criterion.
 */
export function searchCitizens(session: PortalSession, query: CitizenQuery, db: Store = store()) {
  const member = staffMemberOf(db, session);
  const rows =
    query.kind === "cpr"
      ? db.select().from(citizens).where(and(eq(citizens.cpr, query.cpr), inJobCentreOf(member))).all()
      : byName(db, query.name, member?.municipalityCode ?? null);
  const shown = rows.slice(0, searchLimit);
  recordRead(staffActor(session), shown.map((r) => r.id), { action: "search", criterion: query.kind, db });
  return { people: shown.map((r) => ({ id: r.id, name: r.name, cprMasked: maskCpr(r.cpr) })), more: rows.length > searchLimit };
}

/**
 * Up to one more than the limit, sorted by name. A common surname matches thousands: sorting them
 * all would cost more than the search, and staff are asked to search more precisely instead.
 */
function byName(db: Store, name: string, municipalityCode: string | null) {
  const match = nameMatch(name);
  if (!match || !municipalityCode) return [];
  return db
    .select()
    .from(citizens)
    .where(
      sql`${citizens}.rowid IN (SELECT citizen_names.rowid FROM citizen_names JOIN citizens c ON c.rowid = citizen_names.rowid
        WHERE citizen_names MATCH ${match} AND c.municipality_code = ${municipalityCode} LIMIT ${searchLimit + 1})`,
    )
    .orderBy(asc(citizens.name))
    .all();
}

/** A citizen's overview for staff of the citizen's job centre; opening it is recorded in the access log. */
export function citizenForStaff(session: PortalSession, citizenId: string, db: Store = store()) {
  if (!handlesCitizen(db, session, citizenId)) return null;
  const citizen = db.select().from(citizens).where(eq(citizens.id, citizenId)).get();
  if (!citizen) return null;
  recordRead(staffActor(session), [citizen.id], { db });
  const registration = activeRegistration(db, citizen.id);
  return {
    name: citizen.name,
    cpr: `${citizen.cpr.slice(0, 6)}-${citizen.cpr.slice(6)}`,
    registeredOn: registration?.registeredOn ?? null,
    upcomingMeetings: meetingsOf(citizen.id, new Date(), db).upcoming.length,
    /** § 20 stk. 4: the person marking "Tidlig opfølgning - fast track", with the day it was asked for */
    earlyFollowUpSince: earlyFollowUpOf(citizen.id, db)?.requestedOn ?? null,
  };
}
