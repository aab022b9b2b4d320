import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { seedStore } from "../../../db/seed/index";
import { insertJobOrders } from "../../../bench/data/job-orders";
import { freshPortalStore } from "~/foundation/testing/stub";
import { searchQuery, searchRows, type SearchFilters } from "./search.server";

let portal: ReturnType<typeof freshPortalStore>;

before(() => {
  portal = freshPortalStore();
  seedStore(portal.store);
  insertJobOrders(portal.store, 3000, { seed: 6 });
  portal.store.$client.exec("ANALYZE");
});

after(() => portal.remove());

const typical: Record<string, SearchFilters> = {
  front: {},
  word: { text: "butiksassistent" },
  "word by deadline": { text: "lager", sort: "frist" },
  "word + postcode": { text: "lager", place: "8000" },
  occupation: { occupation: "751210", workingTime: "deltid" },
  municipality: { place: "751", sort: "frist" },
  "employer name, any status": { employer: "rengøring", status: "any" },
  "cvr by deadline": { employer: "12345678", status: "any", sort: "frist" },
  "postcode by deadline": { place: "2300", sort: "frist" },
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
    if (name !== "word by deadline") assert.ok(!plan.some((step) => step.includes("USE TEMP B-TREE FOR ORDER BY")), `${name}: ${plan.join(" | ")}`);
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
