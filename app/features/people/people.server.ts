import { eq } from "drizzle-orm";
import { citizens, employers, staffUsers } from "../../../db/schema";
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

export function staffProfile(staffId: string) {
  const row = store().select().from(staffUsers).where(eq(staffUsers.id, staffId)).get();
  return row ? { name: row.name, municipality: row.municipality } : null;
}
