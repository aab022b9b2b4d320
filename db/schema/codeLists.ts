import { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

/** Code lists are data: the official lists can replace ours without a code change. */
export const codeListEntries = sqliteTable(
  "code_list_entries",
  {
    list: text("list").notNull(),
    code: text("code").notNull(),
    labelDa: text("label_da").notNull(),
    labelEn: text("label_en").notNull(),
    interim: integer("interim", { mode: "boolean" }).notNull().default(false),
    validFrom: text("valid_from"),
    validTo: text("valid_to"),
    sortOrder: integer("sort_order").notNull().default(0),
    attributes: text("attributes", { mode: "json" }).$type<Record<string, string | number | boolean>>(),
  },
  (t) => [primaryKey({ columns: [t.list, t.code] })],
);
