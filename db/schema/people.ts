import { sql } from "drizzle-orm";
import { integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/** A person known to the portal. The CPR number stays in this table: never in URLs or logs. */
export const citizens = sqliteTable("citizens", {
  id: text("id").primaryKey(),
  cpr: text("cpr").notNull().unique(),
  name: text("name").notNull(),
  /**
   * The three-digit code of the municipality the person lives in (CPR's bopælskommune): its job
   * centre, and only its job centre, handles the person (ADR 0015). Null while the foundation has
   * not told; then no job centre reaches the person through the portal.
   */
  municipalityCode: text("municipality_code"),
  /**
   * The language ("da" or "en") the citizen last used when they changed something here: what the
   * portal writes to them in (e-mail, SMS). Null until then, which means Danish.
   */
  language: text("language"),
  createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch('subsec') * 1000)`),
});

/** A company posting job orders, identified by CVR. */
export const employers = sqliteTable("employers", {
  cvr: text("cvr").primaryKey(),
  name: text("name").notNull(),
  createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch('subsec') * 1000)`),
});

/**
 * Job-centre staff. A business login (CVR + RID) is staff only while a row here is active, so
 * taking the role away applies on the next request.
 */
export const staffUsers = sqliteTable(
  "staff_users",
  {
    id: text("id").primaryKey(),
    cvr: text("cvr").notNull(),
    rid: text("rid").notNull(),
    name: text("name").notNull(),
    municipality: text("municipality").notNull(),
    municipalityCode: text("municipality_code").notNull(),
    /** The job centre the staff member works at; their meeting forms start with it */
    jobCentre: text("job_centre").notNull().default(""),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
  },
  (t) => [uniqueIndex("staff_users_cvr_rid").on(t.cvr, t.rid)],
);
