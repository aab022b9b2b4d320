/**
 * `npm run bench:search`: the job search on 500,000 orders (BENCH_ORDERS to change), generated
 * deterministically into a temporary SQLite store, timed at the feature's queries (searchPage: the
 * page's SQL and, when the page does not tell it, the count of hits up to 500) for typical
 * searches: p50 and p95 per query and over all. A place is timed as the postal codes findPlace
 * gives it.
 *
 * Target (issue 6): p95 < 20 ms.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { seedStore } from "../db/seed/index";
import { freshPortalStore } from "../app/foundation/testing/stub";
import { findPlace } from "../app/features/job-orders/place";
import { placeLists, searchPage, type SearchFilters } from "../app/features/job-orders/search.server";
import { insertJobOrders } from "./data/job-orders";

process.env.LOG_LEVEL ??= "error";
const size = Number(process.env.BENCH_ORDERS ?? 500_000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 100);

/** What people and staff search for: words common and rare, filters, places, both sorts, a deep page. */
const queries = (postcodesOf: (place: string) => string[]): Record<string, SearchFilters> => ({
  "front page (newest open)": {},
  "common word": { text: "butiksassistent" },
  "common word, by deadline": { text: "butiksassistent", sort: "frist" },
  "rare word": { text: "kranfører" },
  "prefix + postcode": { text: "lager", postcodes: postcodesOf("8000") },
  "two words, by deadline": { text: "sygeplejerske aarhus", sort: "frist" },
  "occupation + working time": { occupation: "751210", workingTime: "deltid" },
  "town (Aarhus: 20 postal codes)": { postcodes: postcodesOf("Aarhus") },
  "town + word, page 10": { text: "butiksassistent", postcodes: postcodesOf("Aarhus"), page: 10 },
  "municipality, by deadline": { postcodes: postcodesOf("Københavns Kommune"), sort: "frist" },
  "a place without orders (Bornholm)": { postcodes: postcodesOf("Bornholm") },
  "common word, page 10": { text: "pædagog", page: 10 },
  "staff: employer name, any status": { employer: "rengøring", status: "any" },
  "staff: CVR, closed, by deadline": { employer: "12345678", status: "afsluttet-behov-daekket", sort: "frist" },
  "no hits": { text: "astronaut" },
});

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const round = (ms: number) => Math.round(ms * 100) / 100;

async function main() {
  const portal = freshPortalStore();
  try {
    seedStore(portal.store);
    // Generation is setup, not measured: the temporary file needs no power-cut safety.
    portal.store.$client.pragma("synchronous = OFF");
    const started = performance.now();
    insertJobOrders(portal.store, size);
    const generateSeconds = round((performance.now() - started) / 1000);
    portal.store.$client.exec("ANALYZE");
    portal.store.$client.pragma("synchronous = FULL");

    const all: number[] = [];
    const perQuery: Record<string, { p50: number; p95: number; hits: number }> = {};
    const lists = placeLists(portal.store);
    const postcodesOf = (place: string) => findPlace(place, lists)?.postcodes ?? [];
    for (const [name, filters] of Object.entries(queries(postcodesOf))) {
      searchPage(filters, portal.store); // warm the statement and the page cache
      const times: number[] = [];
      let hits = 0;
      for (let i = 0; i < rounds; i++) {
        const t0 = performance.now();
        hits = searchPage(filters, portal.store).total;
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      all.push(...times);
      perQuery[name] = { p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), hits };
    }
    all.sort((a, b) => a - b);
    const results = {
      measuredAt: new Date().toISOString(),
      orders: size,
      generateSeconds,
      roundsPerQuery: rounds,
      overallMs: { p50: round(percentile(all, 50)), p95: round(percentile(all, 95)) },
      queriesMs: perQuery,
      targets: { p95Under20ms: percentile(all, 95) < 20 && Object.values(perQuery).every((q) => q.p95 < 20) },
    };
    console.log(`${size} orders generated in ${generateSeconds} s`);
    console.table(Object.fromEntries(Object.entries(perQuery).map(([name, q]) => [name, { "p50 ms": q.p50, "p95 ms": q.p95, "hits (500: or more)": q.hits }])));
    console.log(`overall p50 ${results.overallMs.p50} ms, p95 ${results.overallMs.p95} ms (target p95 < 20 ms: ${results.targets.p95Under20ms ? "met" : "NOT met"})`);
    mkdirSync("bench/results", { recursive: true });
    writeFileSync("bench/results/search.json", `${JSON.stringify(results, null, 2)}\n`);
  } finally {
    portal.remove();
  }
}

await main();
