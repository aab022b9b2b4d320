import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/** Refused logins per identity (a hash of the provider's subject), to lock an identity that keeps failing. */
export const loginFailures = sqliteTable(
  "login_failures",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    subjectHash: text("subject_hash").notNull(),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("login_failures_subject").on(t.subjectHash, t.at)],
);
