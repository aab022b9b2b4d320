import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { citizens } from "./people";

/** Seed 002 § 9 nr. 1: consent to fetch and to share information, each with its date. */
export const consents = sqliteTable("consents", {
  citizenId: text("citizen_id")
    .primaryKey()
    .references(() => citizens.id),
  fetchGiven: integer("fetch_given", { mode: "boolean" }).notNull(),
  fetchOn: text("fetch_on").notNull(),
  shareGiven: integer("share_given", { mode: "boolean" }).notNull(),
  shareOn: text("share_on").notNull(),
});
