/** Why staff may no longer move or cancel a summons (it is cancelled, or over), or null when they may. */
export function whyStaffMayNotChange(summons: { status: string; end: string }, now: Date): "cancelled" | "past" | null {
  if (summons.status === "cancelled") return "cancelled";
  if (summons.end <= now.toISOString()) return "past";
  return null;
}

/**
 * Why staff may not register this outcome of a summons yet, or null when they may: only a meeting
 * whose time has come has one; a cancelled meeting has none; a held one is not turned into a no-show.
 * The foundation stub refuses the same (summons-cancelled, meeting-not-begun, summons-held).
 */
export function whyNoOutcome(summons: { status: string; start: string }, outcome: "held" | "no-show", now: Date): "cancelled" | "not-begun" | "held" | null {
  if (summons.status === "cancelled") return "cancelled";
  if (summons.start > now.toISOString()) return "not-begun";
  if (outcome === "no-show" && summons.status === "held") return "held";
  return null;
}
