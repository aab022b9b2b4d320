import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { citizens } from "./people";

export type RegistrationStatus = "active" | "ended";

/**
 * A period as registered jobseeker (seed 002 § 8 stk. 1). A citizen has at most one active
 * registration; ended ones are the history. Deregistration (§ 8 stk. 2) ends the period with a
 * date and a reason, also when the system ends it (sickness).
 */
export const registrations = sqliteTable(
  "registrations",
  {
    id: text("id").primaryKey(),
    citizenId: text("citizen_id")
      .notNull()
      .references(() => citizens.id),
    registeredOn: text("registered_on").notNull(),
    benefitCategory: text("benefit_category").notNull(),
    unemploymentDegree: text("unemployment_degree").notNull(),
    unemployedFrom: text("unemployed_from").notNull(),
    unemploymentFund: text("unemployment_fund"),
    phone: text("phone"),
    email: text("email"),
    status: text("status").$type<RegistrationStatus>().notNull(),
    endedOn: text("ended_on"),
    endReason: text("end_reason"),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("registrations_citizen").on(t.citizenId, t.status)],
);

/** The occupations sought (1–200 per registration), as occupation codes. */
export const registrationOccupations = sqliteTable(
  "registration_occupations",
  {
    registrationId: text("registration_id")
      .notNull()
      .references(() => registrations.id),
    occupationCode: text("occupation_code").notNull(),
    position: integer("position").notNull(),
  },
  (t) => [primaryKey({ columns: [t.registrationId, t.occupationCode] })],
);

/** The answers of a registration in progress, kept per step so nothing is lost on a reload. */
export const registrationDrafts = sqliteTable("registration_drafts", {
  citizenId: text("citizen_id")
    .primaryKey()
    .references(() => citizens.id),
  answers: text("answers", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});

/** A period the citizen is away (seed 002 § 4 stk. 3, § 8 stk. 5): ferie, sygdom … */
export const absences = sqliteTable(
  "absences",
  {
    id: text("id").primaryKey(),
    citizenId: text("citizen_id")
      .notNull()
      .references(() => citizens.id),
    absenceType: text("absence_type").notNull(),
    startDate: text("start_date").notNull(),
    endDate: text("end_date"),
    comment: text("comment"),
    reportedOn: text("reported_on").notNull(),
    withdrawn: integer("withdrawn", { mode: "boolean" }).notNull().default(false),
    /** Holiday reported less than 14 days ahead: accepted, but the job centre decides */
    awaitsJobCentreDecision: integer("awaits_job_centre_decision", { mode: "boolean" }).notNull().default(false),
    /** The job centre's decision on a holiday that awaited it (seed 002 § 4 stk. 3), when and by whom, and why when refused */
    decision: text("decision").$type<"approved" | "refused">(),
    decidedOn: text("decided_on"),
    decidedBy: text("decided_by"),
    decisionReason: text("decision_reason"),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("absences_citizen").on(t.citizenId, t.startDate)],
);
