import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { citizens } from "./people";

export type SummonsStatus = "planned" | "moved" | "cancelled" | "held";

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
    cancellationReason: text("cancellation_reason"),
    previousStart: text("previous_start"),
    previousEnd: text("previous_end"),
    /** When the foundation passed the summons on to the a-kasse (contact group 1) */
    forwardedToFundAt: text("forwarded_to_fund_at"),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("summonses_citizen").on(t.citizenId, t.start)],
);
