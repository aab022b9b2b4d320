import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

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

/**
 * A form a person sent after their session had ended, kept for them to send again after a new
 * login (issue 19 item 1): tied to the person and the page, short-lived, and taken once. The fields
 * are the form's own (already bounded by the body limits); nothing in them was stored or reported.
 */
export const keptForms = sqliteTable(
  "kept_forms",
  {
    audience: text("audience").$type<Audience>().notNull(),
    subjectId: text("subject_id").notNull(),
    /** The page the form was on (path only) */
    path: text("path").notNull(),
    fields: text("fields", { mode: "json" }).$type<Record<string, string | string[]>>().notNull(),
    keptUntil: integer("kept_until", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.audience, t.subjectId, t.path] }), index("kept_forms_until").on(t.keptUntil)],
);
