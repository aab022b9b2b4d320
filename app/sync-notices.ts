/**
 * Which refused changes leave a notice that says in words what happened, per audience: part of the
 * sync's composition root (app/sync-registry.server.ts holds the rest), kept apart because the pages
 * render with it in the browser too. A refusal not listed here is still told, with the general text
 * and its reference. Each listed type has its text under `notices.refused.<type>` (see the test).
 */
import { refusalNoticeKind, type MessageType } from "~/foundation/contract";

export const refusalNotices = {
  /** Min side: what was undone is the citizen's own change */
  citizen: ["consent", "rebooking", "selfBooking", "citizenCancellation"],
  /** The staff start page: the local change was undone, or the registration did not reach the foundation */
  staff: ["summons.create", "summons.move", "summons.cancel", "summons.change", "summonsOutcome", "heldConversation", "slotOffer", "contactGroup", "personMarking", "absenceDecision"],
} as const satisfies Record<"citizen" | "staff", readonly MessageType[]>;

const kinds = (types: readonly MessageType[]): ReadonlySet<string> => new Set(types.map(refusalNoticeKind));

/** The notice kinds Min side explains in words. */
export const citizenNoticeKinds = kinds(refusalNotices.citizen);
/** The notice kinds the staff start page explains in words. */
export const staffNoticeKinds = kinds(refusalNotices.staff);
