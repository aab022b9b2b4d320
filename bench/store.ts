/**
 * `npm run bench:store [-- --smoke]`: the real route loaders and actions, called in-process on
 * the national-scale store (made by `bench:data` when missing), with real sessions. Prints p50
 * and p95 per call and the ratio to a baseline measured in the same run: a primary-key look-up
 * of one citizen, the cheapest thing the store can do.
 *
 * Targets (issue 8): "Min side" p95 < 2 ms, staff citizen search p95 < 10 ms, job search p95 < 20 ms.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { random } from "./data/generate";
import { scaleDir, scaleStore, type ScaleName } from "./data/store";
import { saveResults, smoke } from "./support";

const scale: ScaleName = smoke ? "smoke" : "national";
const calls = scale === "smoke" ? 200 : 3_000;
scaleStore(scale, { progress: (what) => console.log(`… making the ${scale} store: ${what}`) });
process.env.DATA_DIR = scaleDir(scale);
process.env.LOG_LEVEL = "warn";

// Imported after DATA_DIR is set: the store opens on first use.
const { store } = await import("~/utils/store.server");
const { startSession } = await import("~/features/auth/session.server");
const { citizens, staffUsers } = await import("../db/schema");
const { sql } = await import("drizzle-orm");
const routes = {
  minSide: await import("~/routes/borger._index"),
  meetings: await import("~/routes/borger.moeder._index"),
  staffSearch: await import("~/routes/medarbejder.borgere._index"),
  jobSearch: await import("~/routes/job._index"),
};

const db = store();
// As in the portal (app/services.server.ts): WAL checkpoints on their own thread, not in a request.
const { startCheckpointer } = await import("../db/checkpointer");
const { storeFile } = await import("~/utils/store.server");
const checkpointer = startCheckpointer(storeFile());
const rnd = random(7);
const total = db.select({ n: sql<number>`count(*)` }).from(citizens).get()!.n;
const sample = Array.from(
  { length: 200 },
  () => db.select({ id: citizens.id, name: citizens.name }).from(citizens).where(sql`rowid = ${1 + Math.floor(rnd() * total)}`).get()!,
);
const origin = "http://127.0.0.1:3000";
const cookieOf = (setCookie: string) => setCookie.split(";")[0]!;
const citizenCookies = await Promise.all(
  sample.map(async (c) => cookieOf(await startSession(new Request(origin), { audience: "citizen", subjectId: c.id, displayName: c.name }))),
);
const staff = db.select().from(staffUsers).limit(1).get()!;
const staffCookie = cookieOf(
  await startSession(new Request(origin), { audience: "staff", subjectId: staff.id, rid: staff.rid, displayName: staff.name, organisation: staff.municipality }),
);

type Figures = { p50: number; p95: number };

async function time(run: (i: number) => unknown): Promise<Figures> {
  for (let i = 0; i < 50; i++) await run(i);
  const ms: number[] = [];
  for (let i = 0; i < calls; i++) {
    const started = performance.now();
    await run(i);
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) => Math.round(ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]! * 1000) / 1000;
  return { p50: at(0.5), p95: at(0.95) };
}

const loaderArgs = (path: string, cookie: string) =>
  ({ request: new Request(origin + path, { headers: { Cookie: cookie } }), params: {}, context: {} }) as unknown as LoaderFunctionArgs;
const surnames = ["Jensen", "Møller", "Østergaard", "Holm", "Yilmaz"];
const searchArgs = (i: number) =>
  ({
    request: new Request(`${origin}/medarbejder/borgere`, {
      method: "POST",
      headers: { Cookie: staffCookie, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ query: i % 2 ? `${sample[i % sample.length]!.name}` : surnames[i % surnames.length]! }),
    }),
    params: {},
    context: {},
  }) as unknown as ActionFunctionArgs;

// What the public searches for (the same mix as bench:search): words common and rare, filters, both sorts, a deep page.
const jobSearches = ["", "?q=butiksassistent", "?q=butiksassistent&sorter=frist", "?q=kranf%C3%B8rer", "?q=lager&sted=8000", "?q=sygeplejerske+aarhus&sorter=frist", "?stilling=751210&arbejdstid=deltid", "?sted=751", "?sted=Aarhus", "?q=p%C3%A6dagog&side=10"];

const baseline = await time((i) => db.select().from(citizens).where(sql`${citizens.id} = ${sample[i % sample.length]!.id}`).get());
const measured: Record<string, Figures & { target?: number }> = {
  '"Min side" loader': { ...(await time((i) => routes.minSide.loader(loaderArgs("/borger", citizenCookies[i % citizenCookies.length]!)))), target: 2 },
  "meeting list loader": await time((i) => routes.meetings.loader(loaderArgs("/borger/moeder", citizenCookies[i % citizenCookies.length]!))),
  "staff citizen search (name or CPR, access logged)": { ...(await time((i) => routes.staffSearch.action(searchArgs(i)))), target: 10 },
  "public job search loader": { ...(await time((i) => routes.jobSearch.loader(loaderArgs(`/job${jobSearches[i % jobSearches.length]}`, "")))), target: 20 },
};

const rows: Record<string, Record<string, string | number>> = {
  "primary-key look-up (baseline)": { "p50 ms": baseline.p50, "p95 ms": baseline.p95, "p95 ratio": 1, target: "" },
};
for (const [name, f] of Object.entries(measured)) {
  rows[name] = {
    "p50 ms": f.p50,
    "p95 ms": f.p95,
    "p95 ratio": Math.round(f.p95 / Math.max(baseline.p95, 0.001)),
    target: f.target ? `p95 < ${f.target} ms ${f.p95 < f.target ? "✓" : "✗"}` : "",
  };
}
console.log(`store: ${scale} scale, ${total.toLocaleString("en")} citizens, ${calls} calls each`);
console.table(rows);
saveResults("store", { scale, calls, baseline, measured });
await checkpointer.stop();
