/**
 * The composition root of the sync: which feature applies each aggregate type's feed state and
 * which undoes each refused message type. The foundation (app/foundation/) defines the registry's
 * shape and never imports the features; this module, outside it, fills it in. The portal's worker
 * (services.server.ts), `npm run sync`, the benchmarks and the tests that run sync passes all take
 * this one registry, so they apply and undo alike.
 */
import { undoAbsenceChange } from "~/features/absence/absence.server";
import { undoHolidayDecision } from "~/features/absence/decisions.server";
import { applyCitizenFeedItem, undoConsentChange } from "~/features/consent/consent.server";
import { undoEarlyFollowUp } from "~/features/early-follow-up/early-follow-up.server";
import { applyJobOrderFeedItem, undoJobOrder, undoJobOrderStatus } from "~/features/job-orders/sync.server";
import { applyPlacementFeedItem, undoPlacement, undoPlacementStatus } from "~/features/job-orders/placements.server";
import { undoCitizenCancellation } from "~/features/meetings/cancellation.server";
import { applyHeldConversationFeedItem } from "~/features/meetings/conversations.server";
import { undoRebooking } from "~/features/meetings/rebooking.server";
import { undoSelfBooking } from "~/features/meetings/self-booking.server";
import { applySlotOfferFeedItem } from "~/features/meetings/slots.server";
import { undoSummonsCancel, undoSummonsMove, undoSummonsOutcome } from "~/features/meetings/staff.server";
import { applySummonsFeedItem } from "~/features/meetings/summons.server";
import { undoSummonsChange } from "~/features/meetings/summons-change.server";
import { undoDeregistration, undoRegistration } from "~/features/registration/period.server";
import { applyContactGroupFromFeed, undoContactGroup } from "~/features/person-groups/person-groups.server";
import type { SyncRegistry } from "~/foundation/registry.server";

export const syncRegistry: SyncRegistry = {
  feedAppliers: {
    // The citizen's state carries consents, the municipality and the contact group.
    citizen: (tx, item) => {
      applyCitizenFeedItem(tx, item);
      applyContactGroupFromFeed(tx, item);
    },
    summons: applySummonsFeedItem,
    heldConversation: applyHeldConversationFeedItem,
    slotOffer: applySlotOfferFeedItem,
    jobOrder: applyJobOrderFeedItem,
    placement: applyPlacementFeedItem,
  },
  // Message types without one (a new summons, a held conversation, a slot offer, a comment) keep
  // their local change; the refusal reaches the person as a notice all the same.
  compensations: {
    consent: undoConsentChange,
    registration: undoRegistration,
    deregistration: undoDeregistration,
    absence: undoAbsenceChange,
    absenceDecision: undoHolidayDecision,
    rebooking: undoRebooking,
    selfBooking: undoSelfBooking,
    personMarking: undoEarlyFollowUp,
    contactGroup: undoContactGroup,
    "summons.move": undoSummonsMove,
    "summons.cancel": undoSummonsCancel,
    "summons.change": undoSummonsChange,
    citizenCancellation: undoCitizenCancellation,
    summonsOutcome: undoSummonsOutcome,
    jobOrder: undoJobOrder,
    jobOrderStatus: undoJobOrderStatus,
    placement: undoPlacement,
    placementStatus: undoPlacementStatus,
  },
};
