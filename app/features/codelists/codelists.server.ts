import { and, asc, eq, like, or } from "drizzle-orm";
import { codeListEntries } from "../../../db/schema";
import type { Language } from "~/i18n/config";
import { store } from "~/utils/store.server";

export type CodeOption = { code: string; label: string; attributes: Record<string, string | number | boolean> };

/** A code list in the user's language, in its own order. */
export function codeList(list: string, lng: Language): CodeOption[] {
  return store()
    .select()
    .from(codeListEntries)
    .where(eq(codeListEntries.list, list))
    .orderBy(asc(codeListEntries.sortOrder))
    .all()
    .map((row) => ({ code: row.code, label: lng === "en" ? row.labelEn : row.labelDa, attributes: row.attributes ?? {} }));
}

/** Whether `code` is in `list`: every submitted code is checked against the list, never trusted. */
export function isCode(list: string, code: string): boolean {
  return !!store()
    .select({ code: codeListEntries.code })
    .from(codeListEntries)
    .where(and(eq(codeListEntries.list, list), eq(codeListEntries.code, code)))
    .get();
}

/** The label of a code in the user's language (the code itself when unknown). */
export function codeLabel(list: string, code: string, lng: Language): string {
  const row = store()
    .select()
    .from(codeListEntries)
    .where(and(eq(codeListEntries.list, list), eq(codeListEntries.code, code)))
    .get();
  return row ? (lng === "en" ? row.labelEn : row.labelDa) : code;
}

/** Occupations whose Danish or English title contains `text`, for the registration's search. */
export function searchOccupations(text: string, lng: Language, limit = 20): CodeOption[] {
  // LIKE's wildcards in the input are dropped rather than escaped: titles never contain them.
  const needle = `%${text.trim().replace(/[%_]/g, "")}%`;
  if (text.trim().length < 2) return [];
  return store()
    .select()
    .from(codeListEntries)
    .where(
      and(
        eq(codeListEntries.list, "occupation"),
        or(like(codeListEntries.labelDa, needle), like(codeListEntries.labelEn, needle)),
      ),
    )
    .orderBy(asc(lng === "en" ? codeListEntries.labelEn : codeListEntries.labelDa))
    .limit(limit)
    .all()
    .map((row) => ({ code: row.code, label: lng === "en" ? row.labelEn : row.labelDa, attributes: row.attributes ?? {} }));
}
