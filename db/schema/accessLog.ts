import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export type AccessAction = "read" | "change" | "search";

/**
 * Every use of a person's data by staff or by the system: when (UTC), who, what kind of use, and
 * whose data or which kind of search criterion — never the data itself. Append-only: triggers
 * refuse updates, and deletes of rows younger than six months (the retention job removes older
 * ones).
 */
export const accessLog = sqliteTable(
  "access_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
    actorType: text("actor_type").$type<"staff" | "employer" | "system">().notNull(),
    actorId: text("actor_id").notNull(),
    /** What the citizen is shown: the role and the organisation, not the person's name */
    actorRole: text("actor_role").notNull(),
    actorOrganisation: text("actor_organisation").notNull(),
    action: text("action").$type<AccessAction>().notNull(),
    subjectCitizenId: text("subject_citizen_id"),
    /** For searches: the kind of criterion (cpr, name), never its value */
    criterion: text("criterion"),
  },
  (t) => [index("access_log_subject").on(t.subjectCitizenId, t.at), index("access_log_at").on(t.at)],
);
