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

type Entry = typeof codeListEntries.$inferSelect;
type Lists = Map<string, { ordered: Entry[]; byCode: Map<string, Entry> }>;

// Code lists change only when the portal starts (the seed refreshes them), so each store's lists
// are read once and kept; a page with ten labels no longer asks the store ten times.
const cached = new WeakMap<object, Lists>();

function listsOf(db: Reader): Lists | null {
  // Inside a transaction the store is read directly, so a rule sees exactly what the transaction sees.
  if (!("$client" in db)) return null;
  let lists = cached.get(db);
  if (!lists) {
    lists = new Map();
    for (const row of db.select().from(codeListEntries).orderBy(asc(codeListEntries.list), asc(codeListEntries.sortOrder)).all()) {
      const list = lists.get(row.list) ?? { ordered: [] as Entry[], byCode: new Map<string, Entry>() };
      list.ordered.push(row);
      list.byCode.set(row.code, row);
      lists.set(row.list, list);
    }
    cached.set(db, lists);
  }
  return lists;
}

/** Forgets the kept lists of a store; the seed calls it after refreshing them. */
export function forgetCodeLists(db: Reader): void {
  cached.delete(db);
}

/** A code list in the user's language, in its own order. */
export function codeList(list: string, lng: Language, db: Reader = store()): CodeOption[] {
  const kept = listsOf(db);
  const rows = kept
    ? (kept.get(list)?.ordered ?? [])
    : db.select().from(codeListEntries).where(eq(codeListEntries.list, list)).orderBy(asc(codeListEntries.sortOrder)).all();
  return rows.map((row) => toOption(row, lng));
}

/** One entry of a list, or null when the code is not in it: submitted codes are checked, never trusted. */
export function codeEntry(list: string, code: string, lng: Language = "da", db: Reader = store()): CodeOption | null {
  const kept = listsOf(db);
  const row = kept
    ? kept.get(list)?.byCode.get(code)
    : db
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
