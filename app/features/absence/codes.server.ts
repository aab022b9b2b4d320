import { and, asc, eq } from "drizzle-orm";
import type { Store, WriteTx } from "../../../db/client";
import { codeListEntries } from "../../../db/schema";
import type { Language } from "~/i18n/config";

/**
 * Code-list reads against a given store or transaction, so the rules see the list in the same
 * transaction as the change (and the unit tests can pass their own store).
 */
type Reader = Pick<Store, "select"> | WriteTx;

export type CodeEntry = { code: string; label: string; attributes: Record<string, string | number | boolean> };

export function codeEntry(db: Reader, list: string, code: string, lng: Language = "da"): CodeEntry | null {
  const row = db
    .select()
    .from(codeListEntries)
    .where(and(eq(codeListEntries.list, list), eq(codeListEntries.code, code)))
    .get();
  return row ? { code: row.code, label: lng === "en" ? row.labelEn : row.labelDa, attributes: row.attributes ?? {} } : null;
}

export function codeEntries(db: Reader, list: string, lng: Language = "da"): CodeEntry[] {
  return db
    .select()
    .from(codeListEntries)
    .where(eq(codeListEntries.list, list))
    .orderBy(asc(codeListEntries.sortOrder))
    .all()
    .map((row) => ({ code: row.code, label: lng === "en" ? row.labelEn : row.labelDa, attributes: row.attributes ?? {} }));
}
