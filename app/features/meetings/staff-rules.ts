/** Why staff may no longer move or cancel a summons (it is cancelled, or over), or null when they may. */
export function whyStaffMayNotChange(summons: { status: string; end: string }, now: Date): "cancelled" | "past" | null {
  if (summons.status === "cancelled") return "cancelled";
  if (summons.end <= now.toISOString()) return "past";
  return null;
}
