import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export type Audience = "citizen" | "employer" | "staff";

/**
 * Server-side sessions. The cookie carries a random id; only its SHA-256 is stored, so a copy of
 * the store cannot be replayed as a login.
 */
export const sessions = sqliteTable(
  "sessions",
  {
    idHash: text("id_hash").primaryKey(),
    audience: text("audience").$type<Audience>().notNull(),
    /** citizens.id, staff_users.id, or the employer's CVR */
    subjectId: text("subject_id").notNull(),
    /** employee RID for business logins */
    rid: text("rid"),
    displayName: text("display_name").notNull(),
    organisation: text("organisation"),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    lastSeenAt: integer("last_seen_at", { mode: "timestamp_ms" }).notNull(),
    idleSeconds: integer("idle_seconds").notNull(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    // No ID token is kept: it holds the CPR and the name, and the provider's logout needs only our
    // client_id (ADR 0002).
  },
  (t) => [index("sessions_expires_at").on(t.expiresAt)],
);
