import type { WriteTx } from "../../db/client";
import { undoAbsenceChange } from "~/features/absence/absence.server";
import { applyCitizenFeedItem, undoConsentChange } from "~/features/consent/consent.server";
import { undoEarlyFollowUp } from "~/features/early-follow-up/early-follow-up.server";
import { undoRebooking } from "~/features/meetings/rebooking.server";
import { undoSelfBooking } from "~/features/meetings/self-booking.server";
import { applyHeldConversationFeedItem } from "~/features/meetings/conversations.server";
import { applySlotOfferFeedItem } from "~/features/meetings/slots.server";
import { undoSummonsChange } from "~/features/meetings/staff.server";
import { applyJobOrderFeedItem, undoJobOrderChange } from "~/features/job-orders/job-orders.server";
import { applyPlacementFeedItem, undoPlacementChange } from "~/features/job-orders/placements.server";
import { applySummonsFeedItem } from "~/features/meetings/summons.server";
import { undoDeregistration, undoRegistration } from "~/features/registration/period.server";
import type { AggregateType, FeedItem, Message, MessageType } from "./contract";

export type Refusal = { status: number; error: string; reason?: string; correlationId: string };

/**
 * Undoes the local effect of a change the foundation refused. Runs in the transaction that
 * dead-letters the row; returns what the user's notice should say, if anything.
 */
export type Compensation = (tx: WriteTx, input: { message: Message; undo: unknown; refusal: Refusal }) => void;

/** Applies a feed item to the feature's own tables (the generic copy in foundation_aggregates is always kept). */
export type FeedApplier = (tx: WriteTx, item: FeedItem) => void;

export const compensations: Partial<Record<MessageType, Compensation>> = {
  consent: undoConsentChange,
  registration: undoRegistration,
  deregistration: undoDeregistration,
  absence: undoAbsenceChange,
  rebooking: undoRebooking,
  selfBooking: undoSelfBooking,
  personMarking: undoEarlyFollowUp,
  "summons.move": undoSummonsChange,
  "summons.cancel": undoSummonsChange,
  jobOrder: undoJobOrderChange,
  jobOrderStatus: undoJobOrderChange,
  placement: undoPlacementChange,
  placementStatus: undoPlacementChange,
};

export const feedAppliers: Partial<Record<AggregateType, FeedApplier>> = {
  citizen: applyCitizenFeedItem,
  summons: applySummonsFeedItem,
  heldConversation: applyHeldConversationFeedItem,
  slotOffer: applySlotOfferFeedItem,
  jobOrder: applyJobOrderFeedItem,
  placement: applyPlacementFeedItem,
};
