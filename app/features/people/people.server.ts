import { eq } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import type { WriteTx } from "../../../db/client";
import { citizens, employers } from "../../../db/schema";
import { staffMemberOf } from "~/features/citizens/job-centre.server";
import { store } from "~/utils/store.server";
import { maskCpr } from "./cpr";

/** What the citizen's own pages show about them: the CPR only masked. */
export function citizenProfile(citizenId: string) {
  const row = store().select().from(citizens).where(eq(citizens.id, citizenId)).get();
  return row ? { name: row.name, cprMasked: maskCpr(row.cpr) } : null;
}

export function employerProfile(cvr: string) {
  const row = store().select().from(employers).where(eq(employers.cvr, cvr)).get();
  return row ? { name: row.name, cvr: row.cvr } : null;
}

/** The staff member's name, municipality and job centre, from the staff register (see staffMemberOf). */
export function staffProfile(staffId: string) {
  const member = staffMemberOf(store(), { audience: "staff", subjectId: staffId });
  return member ? { name: member.name, municipality: member.municipality, jobCentre: member.jobCentre } : null;
}

/**
 * The citizen a feed item names by CPR. A person the portal has not met yet is recorded by CPR
 * alone; the name follows at their first login.
 */
export function citizenIdForCpr(tx: WriteTx, cpr: string): string {
  const known = tx.select({ id: citizens.id }).from(citizens).where(eq(citizens.cpr, cpr)).get();
  if (known) return known.id;
  const id = randomUUID();
  tx.insert(citizens).values({ id, cpr, name: "" }).run();
  return id;
}
