import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { citizens } from "./people";

/**
 * The contact group a person belongs to (kontaktgruppe), one row per registration, so the history
 * is kept: the current one is the latest. Registered by the job centre here or elsewhere (the feed).
 */
export const contactGroups = sqliteTable(
  "contact_groups",
  {
    id: text("id").primaryKey(),
    citizenId: text("citizen_id")
      .notNull()
      .references(() => citizens.id),
    /** A code of the `contactGroup` code list */
    contactGroup: text("contact_group").notNull(),
    /** The Danish day it has effect from */
    effectiveFrom: text("effective_from").notNull(),
    /** The staff member who registered it here; null when it came through the feed */
    registeredBy: text("registered_by"),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("contact_groups_citizen").on(t.citizenId, t.createdAt)],
);

/**
 * Seed 001 § 28 nr. 9 and stk. 2: a visitation group registered with a held conversation, with
 * effect from the day it was registered. One row per change, so the history is kept.
 */
export const visitationGroups = sqliteTable(
  "visitation_groups",
  {
    id: text("id").primaryKey(),
    citizenId: text("citizen_id")
      .notNull()
      .references(() => citizens.id),
    /** A code of the `visitationGroup` code list */
    visitationGroup: text("visitation_group").notNull(),
    /** "Visitationsgruppen har virkning fra registreringsdatoen": the Danish day it was registered */
    effectiveFrom: text("effective_from").notNull(),
    /** The held conversation it was registered with */
    heldConversationId: text("held_conversation_id").notNull().unique(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("visitation_groups_citizen").on(t.citizenId, t.createdAt)],
);
