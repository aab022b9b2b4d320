import type { Submission, SubmissionResult } from "@conform-to/react";
import type { Statement } from "better-sqlite3";
import type { Store } from "../../../db/client";
import { codeEntry, codeLabel, codeList } from "~/features/codelists/codelists.server";
import type { Language } from "~/i18n/config";
import { store } from "~/utils/store.server";
import { listOptions, staffStatusOptions } from "./form-options.server";
import { findPlace, type PlaceLists } from "./place";
import { maxPage, openStatus, pageSize, searchFields, type SearchParams, type Sort, type StaffSearchParams } from "./schemas";

/**
 * Job search over the job_orders table and its FTS5 index (ADR 0010). The public search sees open
 * orders only; staff may search any status and by employer. Free text is matched word by word as
 * prefixes ("lager" finds "lagerarbejder"), all words required. A place (a town, a postal code or a
 * municipality) is the postal codes it covers, from the code lists (place.ts). Pages are
 * limit/offset, capped at `maxPage`: a result past page 50 is found by narrowing the search, not
 * by paging, and the hits are counted up to 500 (ADR 0020).
 */

export type SearchFilters = {
  text?: string;
  occupation?: string;
  /** The postal codes of the place searched for (findPlace); an order in any of them matches */
  postcodes?: string[];
  workingTime?: string;
  /** A status code, or "any" (staff only); the public search always uses the open status */
  status?: string;
  /** Staff only: eight digits for a CVR, otherwise words of the employer's name */
  employer?: string;
  sort?: Sort;
  page?: number;
};

export type SearchHit = {
  id: string;
  title: string;
  employerName: string;
  occupationLabel: string;
  workingTimeLabel: string;
  postcode: string;
  /** The postal code's town, when the code list has it */
  town: string | null;
  workplaceAddress: string;
  applicationDeadline: string;
  publishedAt: string;
  status: string;
  statusLabel: string;
};

/** Words as the index folds them: lower case, accents off (é → e, å → a; æ and ø stay). */
function words(text: string): string[] {
  return (text.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8);
}

/** Above this many index terms a word begins, it is searched as a prefix instead of listed. */
const maxExpansion = 20;

type Expression = { match: string; docs: number };

/**
 * A search word as an FTS5 expression: the whole words of the index it begins ("lager" →
 * lager OR lagerekspedient OR …), so inflections and compounds match. Listing the words beats
 * FTS5's prefix query, which expands the prefix again at every row it checks; a word that begins
 * very many terms stays a prefix query. With it, how many orders hold those words (at most), from
 * the same look-up. Null when no indexed word begins with it: nothing matches.
 */
function wordExpression(db: Store, word: string): Expression | null {
  const terms = prepare(db, "SELECT term, doc FROM job_orders_search_terms WHERE term >= ? AND term < ? LIMIT ?").all(
    word,
    `${word}\u{10FFFF}`,
    maxExpansion + 1,
  ) as { term: string; doc: number }[];
  if (terms.length === 0) return null;
  // Quotes keep FTS5's operators (AND, NEAR, -, :) literal.
  if (terms.length > maxExpansion) return { match: `"${word}"*`, docs: Number.POSITIVE_INFINITY };
  const docs = terms.reduce((sum, t) => sum + t.doc, 0);
  return { match: terms.length === 1 ? `"${terms[0]!.term}"` : `(${terms.map((t) => `"${t.term}"`).join(" OR ")})`, docs };
}

/**
 * The MATCH expression of the words and the employer name, with an estimate of its matches (the
 * words taken as independent); "" when a word matches nothing, null when there are no words.
 */
function matchExpression(db: Store, filters: SearchFilters): { match: string; estimate: number } | "" | null {
  const parts: (Expression | null)[] = filters.text ? words(filters.text).map((w) => wordExpression(db, w)) : [];
  if (filters.employer && !/^\d{8}$/.test(filters.employer)) {
    const name = words(filters.employer).map((w) => wordExpression(db, w));
    if (name.includes(null)) parts.push(null);
    else if (name.length) parts.push({ match: `employer_name : (${name.map((n) => n!.match).join(" AND ")})`, docs: Math.min(...name.map((n) => n!.docs)) });
  }
  if (parts.includes(null)) return "";
  if (!parts.length) return null;
  const found = parts as Expression[];
  // The highest seq stands in for the number of orders: exact enough, and free.
  const total = Math.max(1, (prepare(db, "SELECT max(seq) AS n FROM job_orders").get() as { n: number | null }).n ?? 1);
  return { match: found.map((p) => p.match).join(" AND "), estimate: found.reduce((estimate, p) => (estimate * Math.min(p.docs, total)) / total, total) };
}

/** Prepared statements by their SQL, per connection: the filters make a handful of shapes. */
const statements = new WeakMap<object, Map<string, Statement>>();
function prepare(db: Store, sql: string): Statement {
  let cache = statements.get(db.$client);
  if (!cache) statements.set(db.$client, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.$client.prepare(sql)));
  return statement;
}

/** From this many matches on, a deadline-sorted search probes the text index per order instead. */
const denseMatches = 5000;

type Row = {
  id: string;
  title: string;
  employer_name: string;
  occupation: string;
  working_time: string;
  postcode: string;
  workplace_address: string;
  application_deadline: string;
  published_at: number;
  status: string;
};

const pageOf = (filters: SearchFilters) => Math.min(Math.max(filters.page ?? 1, 1), maxPage);

/** The FROM and WHERE of a search and their arguments, or null when a word matches nothing. */
function searchParts(filters: SearchFilters, db: Store, newest: boolean): { from: string; where: string[]; args: (string | number)[]; expression: boolean } | null {
  const where: string[] = [];
  const args: (string | number)[] = [];
  const status = filters.status ?? openStatus;
  if (status !== "any") {
    where.push("o.status = ?");
    args.push(status);
  }
  const expression = matchExpression(db, filters);
  if (expression === "") return null;
  // Newest first with words: the index yields its matches newest (highest rowid) first, so the
  // outer loop reads them in that order and stops at the page's end (CROSS JOIN keeps the order
  // of the loops). By deadline, few matches are read once and handed to the query as a list the
  // deadline index is checked against; many (a common word) would make that list costly, so
  // instead the deadline index is read in order and each order asks the text index whether it
  // matches, until the page is full.
  let from = "job_orders o";
  if (expression && newest) {
    from = "job_orders_search s CROSS JOIN job_orders o ON o.seq = s.rowid";
    where.unshift("job_orders_search MATCH ?");
    args.unshift(expression.match);
  } else if (expression) {
    const matches =
      expression.estimate < denseMatches
        ? prepare(db, "SELECT rowid AS seq FROM job_orders_search WHERE job_orders_search MATCH ? LIMIT ?")
            .all(expression.match, denseMatches)
            .map((row) => (row as { seq: number }).seq)
        : null;
    if (matches && matches.length < denseMatches) {
      where.push("o.seq IN (SELECT value FROM json_each(?))");
      args.push(JSON.stringify(matches));
    } else {
      where.push("EXISTS (SELECT 1 FROM job_orders_search WHERE job_orders_search MATCH ? AND rowid = o.seq)");
      args.push(expression.match);
    }
  }
  if (filters.occupation) {
    where.push("o.occupation = ?");
    args.push(filters.occupation);
  }
  // One postal code reads the (status, postcode) index in order; several read it once per code,
  // each in order, and SQLite stops each at the page's end. The codes are listed, not passed as a
  // JSON list: for a list it cannot see into, SQLite reads every open order.
  if (filters.postcodes?.length === 1) {
    where.push("o.postcode = ?");
    args.push(filters.postcodes[0]!);
  } else if (filters.postcodes?.length) {
    where.push(`o.postcode IN (${filters.postcodes.map(() => "?").join(", ")})`);
    args.push(...filters.postcodes);
  }
  if (filters.workingTime) {
    where.push("o.working_time = ?");
    args.push(filters.workingTime);
  }
  if (filters.employer && /^\d{8}$/.test(filters.employer)) {
    where.push("o.cvr = ?");
    args.push(filters.employer);
  }
  return { from, where, args, expression: !!expression };
}

const whereOf = (where: string[]) => (where.length ? `WHERE ${where.join(" AND ")}` : "");

/** The SQL of a search's page and its arguments, or null when a word matches nothing. */
export function searchQuery(filters: SearchFilters, db: Store = store()): { sql: string; args: (string | number)[] } | null {
  const newest = filters.sort !== "frist";
  const parts = searchParts(filters, db, newest);
  if (!parts) return null;
  const order = !newest ? "o.application_deadline ASC, o.seq ASC" : parts.expression ? "s.rowid DESC" : "o.seq DESC";
  const page = pageOf(filters);
  const sql =
    "SELECT o.id, o.title, o.employer_name, o.occupation, o.working_time, o.postcode, o.workplace_address, o.application_deadline, o.published_at, o.status " +
    `FROM ${parts.from} ${whereOf(parts.where)} ORDER BY ${order} LIMIT ? OFFSET ?`;
  return { sql, args: [...parts.args, pageSize + 1, (page - 1) * pageSize] };
}

/**
 * Hits are counted to 500; past that the search says "more than 500" (ADR 0020). Counting as far
 * as the pages reach (1,000) cost twice as much where a filter throws most rows away, and past a
 * few hundred a person narrows the search rather than reads the number.
 */
export const countLimit = 500;

/**
 * How many orders match, counted up to `countLimit` (more: `countLimit + 1`). The count reads the
 * newest-first plan whatever the sort (the text index's matches, or a filter's index), and stops
 * one past the limit, so a common word costs a bounded read, not all its matches (ADR 0020).
 */
export function searchCount(filters: SearchFilters, db: Store = store()): number {
  const parts = searchParts(filters, db, true);
  if (!parts) return 0;
  const sql = `SELECT count(*) AS n FROM (SELECT 1 FROM ${parts.from} ${whereOf(parts.where)} LIMIT ?)`;
  return (prepare(db, sql).get(...parts.args, countLimit + 1) as { n: number }).n;
}

/** The rows of one page (and whether there is a next), without labels. */
export function searchRows(filters: SearchFilters, db: Store = store()): { rows: Row[]; hasNext: boolean } {
  const query = searchQuery(filters, db);
  if (!query) return { rows: [], hasNext: false };
  const rows = prepare(db, query.sql).all(...query.args) as Row[];
  return { rows: rows.slice(0, pageSize), hasNext: rows.length > pageSize && pageOf(filters) < maxPage };
}

/**
 * The rows of one page and the number of hits: counted only when the page does not tell it (a
 * first page without a next has all the hits). What the benchmark times.
 */
export function searchPage(filters: SearchFilters, db: Store = store()): { rows: Row[]; hasNext: boolean; total: number; exact: boolean } {
  const { rows, hasNext } = searchRows(filters, db);
  const page = pageOf(filters);
  // The last page (50) has no next however many hits there are: it is counted too.
  if (!hasNext && page < maxPage && (rows.length > 0 || page === 1)) return { rows, hasNext, total: (page - 1) * pageSize + rows.length, exact: true };
  const counted = searchCount(filters, db);
  return { rows, hasNext, total: Math.min(counted, countLimit), exact: counted <= countLimit };
}

export type SearchResult = {
  hits: SearchHit[];
  page: number;
  hasNext: boolean;
  /** The number of hits; with `more`, there are more than that (`countLimit`) */
  total: number;
  more: boolean;
};

export function searchJobOrders(filters: SearchFilters, lng: Language, db: Store = store()): SearchResult {
  const { rows, hasNext, total, exact } = searchPage(filters, db);
  const hits: SearchHit[] = rows.map((r) => ({
    id: r.id,
    title: r.title,
    employerName: r.employer_name,
    occupationLabel: codeLabel("occupation", r.occupation, lng, db),
    workingTimeLabel: codeLabel("workingTime", r.working_time, lng, db),
    postcode: r.postcode,
    town: codeEntry("postalCode", r.postcode, lng, db)?.label ?? null,
    workplaceAddress: r.workplace_address,
    applicationDeadline: r.application_deadline,
    publishedAt: new Date(r.published_at).toISOString(),
    status: r.status,
    statusLabel: codeLabel("jobOrderStatus", r.status, lng, db),
  }));
  return { hits, page: pageOf(filters), hasNext, total, more: !exact };
}

/** The postal code and municipality lists, as findPlace reads them. */
export function placeLists(db: Store = store()): PlaceLists {
  return {
    postalCodes: codeList("postalCode", "da", db).map((p) => ({ code: p.code, town: p.label, municipalityCode: String(p.attributes.municipalityCode ?? "") })),
    municipalities: codeList("municipality", "da", db).map((m) => ({ code: m.code, name: m.label })),
  };
}

/**
 * A search page's answer: conform's reply (errors at their fields, what was typed), the values to
 * fill the form with again, the search as read, and its hits, or null when the search was not
 * made because a field was wrong: an unknown place is said, never searched as everywhere.
 */
export type SearchAnswer<P> = { result: SubmissionResult; values: Record<string, string>; params: Partial<P>; found: SearchResult | null };

/** What was typed, to fill the form again (the search's own parameters only, each cut short). */
function typed(payload: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(searchFields.flatMap((name) => (typeof payload[name] === "string" ? [[name, payload[name].slice(0, 200)]] : [])));
}

function answer<P extends SearchParams>(submission: Submission<unknown, string[], P>, lng: Language, db: Store, filtersOf: (params: P) => SearchFilters): SearchAnswer<P> {
  const values = typed(submission.payload);
  if (submission.status !== "success") return { result: submission.reply(), values, params: {}, found: null };
  const params = submission.value;
  const place = params.sted ? findPlace(params.sted, placeLists(db)) : undefined;
  if (place === null) return { result: submission.reply({ fieldErrors: { sted: ["search.errors.placeUnknown"] } }), values, params: {}, found: null };
  return { result: submission.reply(), values, params, found: searchJobOrders({ ...filtersOf(params), postcodes: place?.postcodes }, lng, db) };
}

/** The public search from its GET parameters: open orders only, whatever the URL says. */
export function publicSearch(submission: Submission<unknown, string[], SearchParams>, lng: Language, db: Store = store()): SearchAnswer<SearchParams> {
  return answer(submission, lng, db, (params) => ({
    text: params.q,
    occupation: params.stilling,
    workingTime: params.arbejdstid,
    sort: params.sorter,
    page: params.side,
    status: openStatus,
  }));
}

/** Staff's search: open orders unless another status is chosen ("alle" for every status), and by employer. */
export function staffSearch(submission: Submission<unknown, string[], StaffSearchParams>, lng: Language, db: Store = store()): SearchAnswer<StaffSearchParams> {
  return answer(submission, lng, db, (params) => ({
    text: params.q,
    occupation: params.stilling,
    workingTime: params.arbejdstid,
    sort: params.sorter,
    page: params.side,
    status: params.status === "alle" ? "any" : (params.status ?? openStatus),
    employer: params.arbejdsgiver,
  }));
}

/** The options of the search form's selects, in the user's language. */
// One collator per language: localeCompare builds one at every call, which made sorting the
// occupations the dearest part of the search page.
const collators: Record<Language, Intl.Collator> = { da: new Intl.Collator("da"), en: new Intl.Collator("en") };

export function searchOptions(lng: Language, db: Store = store()) {
  const byLabel = (a: { label: string }, b: { label: string }) => collators[lng].compare(a.label, b.label);
  return { occupations: listOptions("occupation", lng, db).sort(byLabel), ...staffStatusOptions(lng, db), workingTimes: listOptions("workingTime", lng, db) };
}
