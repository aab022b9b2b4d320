import { and, asc, eq, like, or } from "drizzle-orm";
import type { Store, WriteTx } from "../../../db/client";
import { codeListEntries } from "../../../db/schema";
import type { Language } from "~/i18n/config";
import { store } from "~/utils/store.server";

/**
 * Code lists as the portal reads them, in the user's language. Every read takes an optional store
 * or transaction, so a rule sees the list in the same transaction as the change it checks.
 */
type Reader = Pick<Store, "select"> | WriteTx;

export type CodeOption = { code: string; label: string; attributes: Record<string, string | number | boolean> };

const toOption = (row: typeof codeListEntries.$inferSelect, lng: Language): CodeOption => ({
  code: row.code,
  label: lng === "en" ? row.labelEn : row.labelDa,
  attributes: row.attributes ?? {},
});

/** A code list in the user's language, in its own order. */
export function codeList(list: string, lng: Language, db: Reader = store()): CodeOption[] {
  return db
    .select()
    .from(codeListEntries)
    .where(eq(codeListEntries.list, list))
    .orderBy(asc(codeListEntries.sortOrder))
    .all()
    .map((row) => toOption(row, lng));
}

/** One entry of a list, or null when the code is not in it: submitted codes are checked, never trusted. */
export function codeEntry(list: string, code: string, lng: Language = "da", db: Reader = store()): CodeOption | null {
  const row = db
    .select()
    .from(codeListEntries)
    .where(and(eq(codeListEntries.list, list), eq(codeListEntries.code, code)))
    .get();
  return row ? toOption(row, lng) : null;
}

export const isCode = (list: string, code: string, db: Reader = store()) => codeEntry(list, code, "da", db) !== null;

/** The label of a code in the user's language (the code itself when unknown). */
export const codeLabel = (list: string, code: string, lng: Language, db: Reader = store()) => codeEntry(list, code, lng, db)?.label ?? code;

/** Occupations whose Danish or English title contains `text`, for the registration's search. */
export function searchOccupations(text: string, lng: Language, limit = 20, db: Reader = store()): CodeOption[] {
  if (text.trim().length < 2) return [];
  // LIKE's wildcards in the input are dropped rather than escaped: titles never contain them.
  const needle = `%${text.trim().replace(/[%_]/g, "")}%`;
  return db
    .select()
    .from(codeListEntries)
    .where(and(eq(codeListEntries.list, "occupation"), or(like(codeListEntries.labelDa, needle), like(codeListEntries.labelEn, needle))))
    .orderBy(asc(lng === "en" ? codeListEntries.labelEn : codeListEntries.labelDa))
    .limit(limit)
    .all()
    .map((row) => toOption(row, lng));
}
