/**
 * Plain language as a check (issue 19 item 13): the LIX of every Danish text a citizen reads must
 * stay at most 45 for one text and at most 30 for a namespace as a whole. How words, sentences,
 * markup, interpolations, numbers and abbreviations are counted is in scripts/lix.ts; why these
 * limits, in docs/decisions/0019-plain-danish-checked-by-lix.md.
 *
 * Citizen-facing means every namespace in public/locales/da except staff.json (the job centre's
 * tools, where professional terms are the point), and without the keys below, which by where they
 * sit in the file only staff or employers see: the employer and staff start pages, the sync page
 * and the staff citizen search (common.json), the frame's employer and staff variants
 * (shell.json), the staff citizen page and search (privacy.json), the staff view of comments
 * (comments.json), and the job-order forms, placement log and staff tools, and the fields only staff
 * search by or see on an order (jobs.json). The public
 * pages (the front page, the job search, a job, the footer pages, login and logged-out pages) are
 * read by citizens and are checked.
 *
 * `npm run check:language -- --report` also lists every scored text with its LIX, hardest first.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { add, countText, lixOf, MIN_WORDS_PER_TEXT, type Counts } from "./lix";

const TEXT_LIMIT = 45;
const NAMESPACE_LIMIT = 30;
const dir = "public/locales/da";

const notForCitizens: Record<string, string[] | "all"> = {
  "staff.json": "all",
  "common.json": ["employer.", "staff.", "sync.", "citizens.", "login.refused.not-staff."],
  "shell.json": ["titleArea.employer", "titleArea.staff", "solution.employer", "solution.staff", "footer.help.employer", "footer.help.staff"],
  "privacy.json": ["search.", "citizen."],
  "comments.json": ["staff."],
  "jobs.json": [
    "awaitsReporting", "form.", "employer.", "edit.", "log.", "staff.", "changes.", "placement.",
    "search.status", "search.employer.", "fields.status", "fields.placements", "fields.origin", "fields.internalComment",
  ],
};

type Text = { ns: string; key: string; value: string };

/** Every text with its key; a list (a page's paragraphs) gives one text per paragraph, `body.0` …. */
function leaves(node: unknown, prefix = ""): [string, unknown][] {
  if (Array.isArray(node)) return node.map((value, i): [string, unknown] => [`${prefix}.${i}`, value]);
  if (node && typeof node === "object") {
    return Object.entries(node).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
  }
  return [[prefix, node]];
}

function isForCitizens(ns: string, key: string): boolean {
  const excluded = notForCitizens[ns];
  if (excluded === "all") return false;
  return !(excluded ?? []).some((prefix) => key === prefix || key.startsWith(prefix.endsWith(".") ? prefix : `${prefix}.`));
}

const texts: Text[] = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .flatMap((ns) =>
    leaves(JSON.parse(readFileSync(join(dir, ns), "utf8")))
      .filter(([key]) => isForCitizens(ns, key))
      .flatMap(([key, value]): Text[] => (typeof value === "string" ? [{ ns, key, value }] : [])),
  );

const zero: Counts = { words: 0, sentences: 0, longWords: 0 };
const byNamespace = new Map<string, Counts>();
const scored: { ns: string; key: string; lix: number; text: string }[] = [];
let all = zero;
for (const text of texts) {
  const counts = countText(text.value);
  byNamespace.set(text.ns, add(byNamespace.get(text.ns) ?? zero, counts));
  all = add(all, counts);
  const score = counts.words >= MIN_WORDS_PER_TEXT ? lixOf(counts) : undefined;
  if (score !== undefined) scored.push({ ns: text.ns, key: text.key, lix: score, text: text.value });
}
scored.sort((a, b) => b.lix - a.lix);

const round = (n: number | undefined) => (n === undefined ? "–" : n.toFixed(0));
const clip = (s: string) => (s.length > 90 ? `${s.slice(0, 87)}…` : s);
const line = (t: (typeof scored)[number]) => `${round(t.lix).padStart(3)}  ${t.ns.replace(/\.json$/, "")}:${t.key}  "${clip(t.text)}"`;

const namespaces = [...byNamespace].map(([ns, counts]) => ({ ns, counts, lix: lixOf(counts) }));
// LIX is read as a whole number: 45.4 is 45, within the limit.
const tooHardTexts = scored.filter((t) => Math.round(t.lix) > TEXT_LIMIT);
const tooHardNamespaces = namespaces.filter((n) => n.lix !== undefined && Math.round(n.lix) > NAMESPACE_LIMIT);
const table = namespaces
  .map((n) => `  ${n.ns.padEnd(18)} LIX ${round(n.lix).padStart(3)}  (${n.counts.words} words, ${n.counts.sentences} sentences)`)
  .join("\n");

if (process.argv.includes("--report")) console.log(`Every text of ${MIN_WORDS_PER_TEXT} words or more, hardest first:\n${scored.map(line).join("\n")}\n`);

if (tooHardTexts.length > 0 || tooHardNamespaces.length > 0) {
  const parts = ["Danish citizen texts are too hard to read (LIX):"];
  if (tooHardTexts.length > 0) parts.push(`Texts above ${TEXT_LIMIT}:\n${tooHardTexts.map((t) => `  ${line(t)}`).join("\n")}`);
  if (tooHardNamespaces.length > 0) {
    parts.push(`Namespaces above ${NAMESPACE_LIMIT}: ${tooHardNamespaces.map((n) => `${n.ns} ${round(n.lix)}`).join(", ")}`);
    parts.push(`Their hardest texts:\n${scored.filter((t) => tooHardNamespaces.some((n) => n.ns === t.ns)).slice(0, 10).map((t) => `  ${line(t)}`).join("\n")}`);
  }
  parts.push(`Per namespace:\n${table}\n  all                LIX ${round(lixOf(all)).padStart(3)}`);
  parts.push("Write shorter sentences and more common words (see scripts/lix.ts for how LIX is counted).");
  console.error(parts.join("\n\n"));
  process.exit(1);
}

console.log(
  `Plain language: ${texts.length} Danish citizen texts, ${scored.length} of them long enough to score (${MIN_WORDS_PER_TEXT}+ words), ` +
    `all at most LIX ${TEXT_LIMIT}; LIX ${round(lixOf(all))} overall, every namespace at most ${NAMESPACE_LIMIT}:\n${table}\n` +
    `Hardest texts:\n${scored.slice(0, 5).map((t) => `  ${line(t)}`).join("\n")}`,
);
