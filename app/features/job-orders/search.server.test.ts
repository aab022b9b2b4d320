import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { seedStore } from "../../../db/seed/index";
import { insertJobOrders } from "../../../bench/data/job-orders";
import { freshPortalStore } from "~/foundation/testing/stub";
import { parseWithZod } from "@conform-to/zod/v4";
import { postalCodes } from "../../../db/seed/places";
import { countLimit, publicSearch, searchCount, searchPage, searchQuery, searchRows, type SearchFilters } from "./search.server";
import { searchParamsSchema, searchQueryOf } from "./schemas";

let portal: ReturnType<typeof freshPortalStore>;

before(() => {
  portal = freshPortalStore();
  seedStore(portal.store);
  insertJobOrders(portal.store, 3000, { seed: 6 });
  portal.store.$client.exec("ANALYZE");
});

after(() => portal.remove());

/** Aarhus Kommune's postal codes, as findPlace gives them for "Aarhus" or "751". */
const aarhus = postalCodes.filter(([, , municipality]) => municipality === "751").map(([code]) => code);

const typical: Record<string, SearchFilters> = {
  front: {},
  word: { text: "butiksassistent" },
  "word by deadline": { text: "lager", sort: "frist" },
  "word + postcode": { text: "lager", postcodes: ["8000"] },
  occupation: { occupation: "751210", workingTime: "deltid" },
  "town or municipality": { postcodes: aarhus },
  "word + town": { text: "lager", postcodes: aarhus },
  "employer name, any status": { employer: "rengøring", status: "any" },
  "cvr by deadline": { employer: "12345678", status: "any", sort: "frist" },
  "postcode by deadline": { postcodes: ["2300"], sort: "frist" },
  "occupation by deadline": { occupation: "522310", sort: "frist" },
};

test("every typical search reads an index, and none sorts more than a bounded set of rows", () => {
  for (const [name, filters] of Object.entries(typical)) {
    const query = searchQuery(filters, portal.store);
    assert.ok(query, name);
    const plan = portal.store.$client
      .prepare(`EXPLAIN QUERY PLAN ${query.sql}`)
      .all(...query.args)
      .map((row) => (row as { detail: string }).detail);
    // The front page may read the table itself in rowid order: most orders are open, so one page
    // is found in the first few dozen rows.
    if (name !== "front") assert.ok(!plan.some((step) => /^SCAN o\b/.test(step)), `${name}: ${plan.join(" | ")}`);
    // A word with few matches, by deadline, sorts its matches: fewer than denseMatches (5,000) by design.
    // Several postal codes are read in order one code at a time and merged, each read stopping at
    // the page's end ("town or municipality" is timed in bench:search).
    if (name !== "word by deadline" && name !== "town or municipality") assert.ok(!plan.some((step) => step.includes("USE TEMP B-TREE FOR ORDER BY")), `${name}: ${plan.join(" | ")}`);
  }
});

test("newest first is newest first, by deadline is soonest first, and only open orders by default", () => {
  const newest = searchRows({ text: "lager" }, portal.store).rows;
  assert.equal(newest.length, 20);
  const published = newest.map((r) => r.published_at);
  assert.deepEqual(published, [...published].sort((a, b) => b - a));
  assert.ok(newest.every((r) => r.status === "under-behandling"));
  const byDeadline = searchRows({ text: "lager", sort: "frist" }, portal.store).rows.map((r) => r.application_deadline);
  assert.deepEqual(byDeadline, [...byDeadline].sort());
});

test("a word finds the words it begins (inflections, compounds); a word nothing begins finds nothing", () => {
  const titles = searchRows({ text: "lager" }, portal.store).rows.map((r) => r.title.toLowerCase());
  assert.ok(titles.length > 0 && titles.every((t) => /lager|truck/.test(t)), titles.join(", "));
  assert.deepEqual(searchRows({ text: "astronaut" }, portal.store), { rows: [], hasNext: false });
  // FTS5 syntax in the input is plain text, never an error.
  assert.doesNotThrow(() => searchRows({ text: 'lager" OR NEAR(x -y) AND title:*' }, portal.store));
});

test("pages follow each other without overlap and stop at the cap", () => {
  const first = searchRows({}, portal.store);
  const second = searchRows({ page: 2 }, portal.store);
  assert.ok(first.hasNext);
  assert.equal(new Set([...first.rows, ...second.rows].map((r) => r.id)).size, 40);
  assert.equal(searchRows({ page: 50 }, portal.store).hasNext, false);
});

const search = (query: string) => publicSearch(parseWithZod(new URLSearchParams(query), { schema: searchParamsSchema }), "da", portal.store);

test("issue 19 item 7: a town finds the orders in its postal codes only, and is counted", () => {
  const answer = search("sted=Aarhus");
  assert.equal(answer.result.status, "success");
  const hits = answer.found?.hits ?? [];
  assert.equal(hits.length, 20);
  assert.ok(hits.every((hit) => aarhus.includes(hit.postcode)), hits.map((h) => h.postcode).join(", "));
  assert.ok(hits.some((hit) => hit.town === "Aarhus C") && hits.every((hit) => hit.town?.startsWith("Aarhus")));
  const open = portal.store.$client.prepare(`SELECT count(*) AS n FROM job_orders WHERE status = 'under-behandling' AND postcode IN (${aarhus.map(() => "?").join(",")})`).get(...aarhus) as { n: number };
  assert.equal(answer.found?.total, open.n);
  assert.equal(answer.found?.more, false);
  // The same by postal code, by municipality code and by municipality name.
  assert.deepEqual(search("sted=751").found?.total, open.n);
  assert.deepEqual(search("sted=Aarhus+Kommune").found?.total, open.n);
  assert.ok(search("sted=8000").found!.hits.every((hit) => hit.postcode === "8000"));
});

test("an unknown place is answered at the field and nothing is searched; a blank place is everywhere", () => {
  const unknown = search("q=lager&sted=Xyzby");
  assert.equal(unknown.found, null);
  assert.equal(unknown.result.status, "error");
  assert.deepEqual(unknown.result.error, { sted: ["search.errors.placeUnknown"] });
  assert.deepEqual(unknown.values, { q: "lager", sted: "Xyzby" }, "what was typed is kept");
  const shape = search("sted=%3Cscript%3E");
  assert.deepEqual(shape.result.error, { sted: ["search.errors.placeFormat"] });
  assert.equal(shape.found, null);
  assert.deepEqual(search("sted=Aarhus&sted=Odense").result.error, { sted: ["search.errors.placeFormat"] }, "a place given twice is a wrong place, said in words");
  const blank = search("sted=++&q=");
  assert.equal(blank.result.status, "success");
  assert.equal(blank.found?.hits.length, 20);
});

test("the count: all the hits of a small search from its one page, a large one counted to 500", () => {
  const rare = searchPage({ text: "kranfører", postcodes: ["8000"] }, portal.store);
  assert.ok(!rare.hasNext && rare.total === rare.rows.length && rare.total > 0, `${rare.total} of ${rare.rows.length}`);
  const some = searchPage({ text: "kranfører" }, portal.store);
  assert.ok(some.hasNext && some.total > 20 && some.total < countLimit, String(some.total));
  const word = searchPage({ text: "butiksassistent" }, portal.store);
  const all = portal.store.$client
    .prepare("SELECT count(*) AS n FROM job_orders_search s JOIN job_orders o ON o.seq = s.rowid WHERE job_orders_search MATCH 'butiksassistent' AND o.status = 'under-behandling'")
    .get() as { n: number };
  assert.deepEqual([word.total, word.exact], all.n > countLimit ? [countLimit, false] : [all.n, true]);
  const byDeadline = searchPage({ text: "butiksassistent", sort: "frist" }, portal.store);
  assert.deepEqual([byDeadline.total, byDeadline.exact], [word.total, word.exact], "the sort does not change the count");
  // 3,000 orders, most of them open: more than the count goes to.
  assert.equal(searchCount({}, portal.store), countLimit + 1);
  assert.equal(searchCount({ text: "astronaut" }, portal.store), 0);
  const front = search("");
  assert.deepEqual([front.found?.total, front.found?.more], [countLimit, true]);
  // The last page the search shows has no next page, and the count still says there are more.
  const last = searchPage({ page: 50 }, portal.store);
  assert.deepEqual([last.rows.length, last.hasNext, last.total, last.exact], [20, false, countLimit, false]);
  // A page past the last still says how many there are; the last page of a search knows it exactly.
  const beyond = searchPage({ text: "kranfører", page: 49 }, portal.store);
  assert.deepEqual([beyond.rows.length, beyond.total], [0, some.total]);
  const lastOfSome = searchPage({ text: "kranfører", page: Math.ceil(some.total / 20) }, portal.store);
  assert.deepEqual([lastOfSome.hasNext, lastOfSome.total, lastOfSome.exact], [false, some.total, true]);
});

test("a job page's back link carries the search it came from, and nothing else", () => {
  assert.equal(searchQueryOf(new URL("http://x/job/1?q=lager&sted=Aarhus&side=2&lng=en&evil=1")), "?q=lager&sted=Aarhus&side=2");
  assert.equal(searchQueryOf(new URL("http://x/job/1")), "");
  assert.equal(searchQueryOf(new URL("http://x/job/1?sted=%3Cscript%3E&side=999&sorter=x")), "");
});
