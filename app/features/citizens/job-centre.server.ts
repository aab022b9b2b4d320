import { and, asc, eq } from "drizzle-orm";
import type { Store, WriteTx } from "../../../db/client";
import { citizens, staffUsers } from "../../../db/schema";
import type { PortalSession } from "~/features/auth/session.server";
import { logger, logRef } from "~/utils/logger.server";

/**
 * Which citizens a staff member may find, read and change (ADR 0015): those who live in the
 * municipality whose job centre the staff member works at. Everyone else answers as if they did
 * not exist, and a reach across is a security event in the log.
 */

type Reader = Pick<Store | WriteTx, "select">;

export type StaffMember = { id: string; name: string; municipality: string; municipalityCode: string; jobCentre: string };

/** The staff register's row behind a staff session, or null when the session is not staff's. */
export function staffMemberOf(db: Reader, session: Pick<PortalSession, "audience" | "subjectId">): StaffMember | null {
  if (session.audience !== "staff") return null;
  return db.select(memberColumns).from(staffUsers).where(and(eq(staffUsers.id, session.subjectId), eq(staffUsers.active, true))).get() ?? null;
}

/** The condition "lives in the staff member's municipality", for queries over citizens. */
export function inJobCentreOf(member: StaffMember | null) {
  return eq(citizens.municipalityCode, member?.municipalityCode ?? "\u0000none");
}

/**
 * Whether the citizen exists and the staff member's job centre handles them. A citizen of another
 * municipality is logged as a refused reach (no CPR, no citizen id: the session reference only).
 */
export function handlesCitizen(db: Reader, session: PortalSession, citizenId: string): boolean {
  const member = staffMemberOf(db, session);
  const reach = citizenReach(db, member, citizenId);
  if (reach === "outside") {
    logger.security("authz.outside-job-centre", { session: logRef(session.idHash), staffMunicipality: member?.municipalityCode ?? null });
  }
  return reach === "ours";
}

/** Whether the citizen is the staff member's job centre's, someone else's, or not known at all. */
export function citizenReach(db: Reader, member: StaffMember | null, citizenId: string): "ours" | "outside" | "unknown" {
  const citizen = db.select({ municipalityCode: citizens.municipalityCode }).from(citizens).where(eq(citizens.id, citizenId)).get();
  if (!citizen) return "unknown";
  return member && citizen.municipalityCode === member.municipalityCode ? "ours" : "outside";
}

const memberColumns = {
  id: staffUsers.id,
  name: staffUsers.name,
  municipality: staffUsers.municipality,
  municipalityCode: staffUsers.municipalityCode,
  jobCentre: staffUsers.jobCentre,
};

/** The active staff of the staff member's job centre, the staff member included, by name. */
export function colleaguesOf(db: Reader, member: StaffMember | null): StaffMember[] {
  if (!member) return [];
  return db
    .select(memberColumns)
    .from(staffUsers)
    .where(and(eq(staffUsers.municipalityCode, member.municipalityCode), eq(staffUsers.active, true)))
    .orderBy(asc(staffUsers.name))
    .all();
}

/** One active colleague of the staff member's job centre (or the staff member), or null. */
export function colleagueOf(db: Reader, member: StaffMember | null, id: string): StaffMember | null {
  if (!member) return null;
  return (
    db
      .select(memberColumns)
      .from(staffUsers)
      .where(and(eq(staffUsers.id, id), eq(staffUsers.municipalityCode, member.municipalityCode), eq(staffUsers.active, true)))
      .get() ?? null
  );
}
