import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { citizens } from "./people";

/**
 * A free time a job centre publishes (mødetilbud). Citizens rebook to it or self-book it; `booked`
 * counts the places taken, and a booking is one conditional UPDATE so a place cannot be taken twice.
 */
export const slotOffers = sqliteTable(
  "slot_offers",
  {
    id: text("id").primaryKey(),
    jobCentre: text("job_centre").notNull(),
    caseworkerName: text("caseworker_name").notNull(),
    meetingType: text("meeting_type").notNull(),
    meetingForm: text("meeting_form").notNull(),
    location: text("location").notNull(),
    start: text("start").notNull(),
    end: text("end").notNull(),
    capacity: integer("capacity").notNull(),
    /**
     * The § 20 items a summons made from it needs besides time, type, form, place and caseworker:
     * nr. 9 title and description, nr. 7 the address, nr. 8 the number the citizen calls, nr. 6 the
     * contact options ("Hvis du er forhindret"), nr. 11 whether the booked meeting can be rebooked.
     * Null for offers from before they were asked (the type then names the meeting).
     */
    title: text("title"),
    description: text("description"),
    address: text("address"),
    phoneToCall: text("phone_to_call"),
    contactOptions: text("contact_options"),
    rebookingPossible: integer("rebooking_possible", { mode: "boolean" }).notNull().default(false),
    /**
     * Who registered it here, from the staff register (never from a form): with the caseworker's
     * name, the record says both when one caseworker acts for a colleague. Null when it came from
     * the feed without one.
     */
    registeredBy: text("registered_by"),
    booked: integer("booked").notNull().default(0),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("slot_offers_fit").on(t.jobCentre, t.meetingType, t.start)],
);

export type ConversationParticipant = { name: string; role: string; form: string };

/** A held conversation with every item of seed 001 § 28 stk. 1 (and stk. 4's CV flag). */
export const heldConversations = sqliteTable(
  "held_conversations",
  {
    id: text("id").primaryKey(),
    citizenId: text("citizen_id")
      .notNull()
      .references(() => citizens.id),
    /** The summons the conversation was held on, when it was one of ours */
    summonsId: text("summons_id"),
    heldOn: text("held_on").notNull(),
    meetingType: text("meeting_type").notNull(),
    meetingForm: text("meeting_form").notNull(),
    furtherCourseAgreement: text("further_course_agreement"),
    flexjobAgreement: text("flexjob_agreement"),
    aKasseParticipationStatus: text("a_kasse_participation_status"),
    practicalAgreements: text("practical_agreements"),
    newVisitationGroup: text("new_visitation_group"),
    participants: text("participants", { mode: "json" }).$type<ConversationParticipant[]>().notNull(),
    cvNotAdequate: integer("cv_not_adequate", { mode: "boolean" }),
    jobCentre: text("job_centre").notNull(),
    /**
     * Who registered it here, from the staff register (never from a form): with the caseworker's
     * name, the record says both when one caseworker acts for a colleague. Null when it came from
     * the feed without one.
     */
    registeredBy: text("registered_by"),
    /** When the foundation passed the conversation on to the a-kasse (contact group 1) */
    forwardedToFundAt: text("forwarded_to_fund_at"),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("held_conversations_citizen").on(t.citizenId, t.heldOn)],
);

export type CommentTarget = "summons" | "heldConversation";

/** The citizen's comments on a summons or a held conversation (seed 002 § 9 nr. 10), plain text. */
export const comments = sqliteTable(
  "comments",
  {
    id: text("id").primaryKey(),
    targetKind: text("target_kind").$type<CommentTarget>().notNull(),
    targetId: text("target_id").notNull(),
    citizenId: text("citizen_id")
      .notNull()
      .references(() => citizens.id),
    text: text("text").notNull(),
    writtenAt: text("written_at").notNull(),
  },
  (t) => [index("comments_target").on(t.targetKind, t.targetId, t.writtenAt)],
);

/** Person markings such as "Tidlig opfølgning - fast track" (seed 000 § 20 stk. 4). */
export const personMarkings = sqliteTable(
  "person_markings",
  {
    citizenId: text("citizen_id")
      .notNull()
      .references(() => citizens.id),
    marking: text("marking").notNull(),
    requestedOn: text("requested_on").notNull(),
    /** The staff member who registered it; null when the citizen asked for it themself */
    registeredBy: text("registered_by"),
    /** The Danish day the job centre ended the marking, and who did; null while it stands */
    endedOn: text("ended_on"),
    endedBy: text("ended_by"),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.citizenId, t.marking] })],
);

/**
 * A self-booking duty: the citizen must book a meeting of this type at this job centre before the
 * deadline ("Book samtale"). Fulfilled by the summons the citizen books.
 */
export const bookingDeadlines = sqliteTable(
  "booking_deadlines",
  {
    id: text("id").primaryKey(),
    citizenId: text("citizen_id")
      .notNull()
      .references(() => citizens.id),
    jobCentre: text("job_centre").notNull(),
    meetingType: text("meeting_type").notNull(),
    deadline: text("deadline").notNull(),
    summonsId: text("summons_id"),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("booking_deadlines_citizen").on(t.citizenId, t.deadline)],
);
