import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { citizens } from "./people";

export type SummonsStatus = "planned" | "moved" | "cancelled" | "held" | "no-show";
export type CancelledBy = "job-centre" | "citizen";

/**
 * A booked meeting with the job centre (indkaldelse or selvbooking), with every item of seed 000
 * § 20 stk. 1 as a field. Summonses made here and those arriving from the foundation's feed look
 * the same.
 */
export const summonses = sqliteTable(
  "summonses",
  {
    id: text("id").primaryKey(),
    citizenId: text("citizen_id")
      .notNull()
      .references(() => citizens.id),
    start: text("start").notNull(),
    end: text("end").notNull(),
    meetingForm: text("meeting_form").notNull(),
    meetingType: text("meeting_type").notNull(),
    location: text("location").notNull(),
    contactOptions: text("contact_options").notNull(),
    address: text("address"),
    phoneToCall: text("phone_to_call"),
    title: text("title").notNull(),
    description: text("description").notNull(),
    caseworkerName: text("caseworker_name").notNull(),
    rebookingPossible: integer("rebooking_possible", { mode: "boolean" }).notNull(),
    rebookingDeadline: text("rebooking_deadline"),
    /**
     * § 20 nr. 12 "Eventuel periode for ombooking": the first and last day (Danish dates) a new time
     * may fall on. Null: no period was given, and any fitting free time after now will do.
     */
    rebookingPeriodFrom: text("rebooking_period_from"),
    rebookingPeriodTo: text("rebooking_period_to"),
    aKasseParticipationStatus: text("a_kasse_participation_status"),
    jobCentre: text("job_centre").notNull(),
    /**
     * Who registered it here, from the staff register (never from a form): with the caseworker's
     * name, the record says both when one caseworker acts for a colleague. Null when it came from
     * the feed without one.
     */
    registeredBy: text("registered_by"),
    selfBooked: integer("self_booked", { mode: "boolean" }).notNull(),
    compulsory: integer("compulsory", { mode: "boolean" }).notNull(),
    cancellationPossible: integer("cancellation_possible", { mode: "boolean" }).notNull(),
    cancellationDeadline: text("cancellation_deadline"),
    status: text("status").$type<SummonsStatus>().notNull(),
    /** The slot offer the citizen booked or rebooked to, if any */
    slotOfferId: text("slot_offer_id"),
    moveReason: text("move_reason"),
    /**
     * The last change of its items by the job centre (§ 20 stk. 3 "… på anden måde ændres"): which
     * items (the contract's names), why, and when; null when none was changed since it was made.
     */
    changedItems: text("changed_items", { mode: "json" }).$type<string[]>(),
    changeReason: text("change_reason"),
    changedAt: text("changed_at"),
    cancellationReason: text("cancellation_reason"),
    /** Who cancelled: the job centre, or the citizen (afbud) */
    cancelledBy: text("cancelled_by").$type<CancelledBy>(),
    /** An afbud's reason, a code of `citizenCancellationReason`; the citizen's own words go in cancellationReason */
    citizenCancellationReason: text("citizen_cancellation_reason"),
    previousStart: text("previous_start"),
    previousEnd: text("previous_end"),
    /** When the foundation passed the summons on to the a-kasse (contact group 1) */
    forwardedToFundAt: text("forwarded_to_fund_at"),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("summonses_citizen").on(t.citizenId, t.start)],
);
