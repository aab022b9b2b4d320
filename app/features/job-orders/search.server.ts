import type { Statement } from "better-sqlite3";
import type { Store } from "../../../db/client";
import { codeLabel } from "~/features/codelists/codelists.server";
import type { Language } from "~/i18n/config";
import { store } from "~/utils/store.server";
import { listOptions, openStatus, staffStatusOptions } from "./job-orders.server";
import { maxPage, pageSize, type SearchParams, type Sort, type StaffSearchParams } from "./schemas";

/**
 * Job search over the job_orders table and its FTS5 index (ADR 0010). The public search sees open
 * orders only; staff may search any status and by employer. Free text is matched word by word as
 * prefixes ("lager" finds "lagerarbejder"), all words required. Pages are limit/offset, capped at
 * `maxPage`: a result past page 50 is found by narrowing the search, not by paging.
 */

export type SearchFilters = {
  text?: string;
  occupation?: string;
  /** Four digits: a postcode; three digits: a municipality code */
  place?: string;
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
  workplaceAddress: string;
  applicationDeadline: string;
  publishedAt: string;
  status: string;
  statusLabel: string;
};

/** Words as FTS5 prefix phrases; quotes keep FTS5's operators (AND, NEAR, -, :) literal. */
function ftsTerms(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8).map((word) => `"${word}"*`);
}

function matchExpression(filters: SearchFilters): string | null {
  const parts = filters.text ? ftsTerms(filters.text) : [];
  if (filters.employer && !/^\d{8}$/.test(filters.employer)) {
    const words = ftsTerms(filters.employer);
    if (words.length) parts.push(`employer_name : (${words.join(" AND ")})`);
  }
  return parts.length ? parts.join(" AND ") : null;
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

/** The rows of one page (and whether there is a next), without labels: what the benchmark times. */
export function searchRows(filters: SearchFilters, db: Store = store()): { rows: Row[]; hasNext: boolean } {
  const where: string[] = [];
  const args: (string | number)[] = [];
  const status = filters.status ?? openStatus;
  if (status !== "any") {
    where.push("o.status = ?");
    args.push(status);
  }
  const match = matchExpression(filters);
  if (match) {
    where.push("o.seq IN (SELECT rowid FROM job_orders_search WHERE job_orders_search MATCH ?)");
    args.push(match);
  }
  if (filters.occupation) {
    where.push("o.occupation = ?");
    args.push(filters.occupation);
  }
  if (filters.place && /^\d{4}$/.test(filters.place)) {
    where.push("o.postcode = ?");
    args.push(filters.place);
  } else if (filters.place && /^\d{3}$/.test(filters.place)) {
    where.push("o.municipality_code = ?");
    args.push(filters.place);
  }
  if (filters.workingTime) {
    where.push("o.working_time = ?");
    args.push(filters.workingTime);
  }
  if (filters.employer && /^\d{8}$/.test(filters.employer)) {
    where.push("o.cvr = ?");
    args.push(filters.employer);
  }
  const order = filters.sort === "frist" ? "o.application_deadline ASC, o.seq ASC" : "o.published_at DESC, o.seq DESC";
  const page = Math.min(Math.max(filters.page ?? 1, 1), maxPage);
  const sql =
    "SELECT o.id, o.title, o.employer_name, o.occupation, o.working_time, o.postcode, o.workplace_address, o.application_deadline, o.published_at, o.status " +
    `FROM job_orders o ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY ${order} LIMIT ? OFFSET ?`;
  const rows = prepare(db, sql).all(...args, pageSize + 1, (page - 1) * pageSize) as Row[];
  return { rows: rows.slice(0, pageSize), hasNext: rows.length > pageSize && page < maxPage };
}

export function searchJobOrders(filters: SearchFilters, lng: Language, db: Store = store()) {
  const { rows, hasNext } = searchRows(filters, db);
  const hits: SearchHit[] = rows.map((r) => ({
    id: r.id,
    title: r.title,
    employerName: r.employer_name,
    occupationLabel: codeLabel("occupation", r.occupation, lng, db),
    workingTimeLabel: codeLabel("workingTime", r.working_time, lng, db),
    postcode: r.postcode,
    workplaceAddress: r.workplace_address,
    applicationDeadline: r.application_deadline,
    publishedAt: new Date(r.published_at).toISOString(),
    status: r.status,
    statusLabel: codeLabel("jobOrderStatus", r.status, lng, db),
  }));
  return { hits, page: Math.min(Math.max(filters.page ?? 1, 1), maxPage), hasNext };
}

/** The public search from its GET parameters: open orders only, whatever the URL says. */
export function publicSearch(params: SearchParams, lng: Language, db: Store = store()) {
  return searchJobOrders(
    { text: params.q, occupation: params.stilling, place: params.sted, workingTime: params.arbejdstid, sort: params.sorter, page: params.side, status: openStatus },
    lng,
    db,
  );
}

/** Staff's search: every status unless one is chosen ("alle" shows all), and by employer. */
export function staffSearch(params: StaffSearchParams, lng: Language, db: Store = store()) {
  return searchJobOrders(
    {
      text: params.q,
      occupation: params.stilling,
      place: params.sted,
      workingTime: params.arbejdstid,
      sort: params.sorter,
      page: params.side,
      status: !params.status || params.status === "alle" ? "any" : params.status,
      employer: params.arbejdsgiver,
    },
    lng,
    db,
  );
}

/** The options of the search form's selects, in the user's language. */
export function searchOptions(lng: Language, db: Store = store()) {
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, lng);
  return { occupations: listOptions("occupation", lng, db).sort(byLabel), ...staffStatusOptions(lng, db), workingTimes: listOptions("workingTime", lng, db) };
}
