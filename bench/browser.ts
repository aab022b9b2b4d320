/**
 * `npm run bench:browser [-- --smoke]`: what a phone downloads and how Lighthouse rates it.
 *
 *   weight      first-load JavaScript and CSS per page (gzip), as the page's HTML links them
 *   lighthouse  performance and accessibility scores, mobile preset, median of 3, system Chromium
 *
 * Targets (issue 8): ≤ 110 KB JavaScript on pages without forms, ≤ 150 KB on form pages, ≤ 35 KB
 * CSS; Lighthouse performance ≥ 95 and accessibility 100.
 */
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { gzipSync } from "node:zlib";
import { loginCookie, saveResults, smoke, startStack } from "./support";

const chromePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const runs = smoke ? 1 : 3;
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

async function weigh(url: string, cookie: string) {
  const html = await (await fetch(url, { headers: { Cookie: cookie } })).text();
  const hrefs = (rel: string) => [...html.matchAll(new RegExp(`<link rel="${rel}" href="([^"]+)"`, "g"))].map((m) => m[1]!);
  const scripts = new Set([...hrefs("modulepreload"), ...[...html.matchAll(/<script[^>]* src="([^"]+)"/g)].map((m) => m[1]!)]);
  const gzipped = async (paths: Iterable<string>) => {
    let total = 0;
    for (const path of paths) total += gzipSync(Buffer.from(await (await fetch(new URL(path, url))).arrayBuffer())).length;
    return total;
  };
  // A page with a form is a form page; the logout button's form is on every page and does not count.
  const formPage = [...html.matchAll(/<form[^>]*>/gi)].some((form) => !form[0].includes('action="/log-af"'));
  return { js: kb(await gzipped(scripts)), css: kb(await gzipped(hrefs("stylesheet"))), formPage };
}

async function rate(url: string, cookie: string, port: number) {
  const scores: { performance: number; accessibility: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const result = await lighthouse(url, {
      port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
      extraHeaders: cookie ? { Cookie: cookie } : undefined,
    });
    if (result?.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    const categories = result!.lhr.categories;
    scores.push({ performance: Math.round((categories.performance!.score ?? 0) * 100), accessibility: Math.round((categories.accessibility!.score ?? 0) * 100) });
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { performance: median(scores.map((s) => s.performance)), accessibility: median(scores.map((s) => s.accessibility)) };
}

const stack = await startStack({ compression: true });
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"] });
try {
  const cookie = await loginCookie(stack.url, "borger-anna", "/borger");
  const meetings = await (await fetch(`${stack.url}/borger/moeder`, { headers: { Cookie: cookie } })).text();
  const meetingPath = /href="(\/borger\/moeder\/[0-9a-f-]{36})"/.exec(meetings)?.[1];
  if (!meetingPath) throw new Error("no meeting found for the demo citizen");
  const hasJobSearch = (await fetch(`${stack.url}/job`)).status === 200;
  const pages: { name: string; path: string; cookie: string; lighthouse: boolean }[] = [
    { name: "landing /", path: "/", cookie: "", lighthouse: true },
    ...(hasJobSearch ? [{ name: "job search /job", path: "/job", cookie: "", lighthouse: !smoke }] : []),
    { name: '"Min side" /borger', path: "/borger", cookie, lighthouse: !smoke },
    { name: "meeting page", path: meetingPath, cookie, lighthouse: !smoke },
    { name: "absence form", path: "/borger/fravaer/ny", cookie, lighthouse: false },
    { name: "deregistration form", path: "/borger/afmelding", cookie, lighthouse: false },
  ];
  const rows: Record<string, Record<string, string | number>> = {};
  const figures: Record<string, unknown> = {};
  for (const page of pages) {
    const url = stack.url + page.path;
    const weight = await weigh(url, page.cookie);
    const scores = page.lighthouse ? await rate(url, page.cookie, chrome.port) : null;
    const jsLimit = weight.formPage ? 150 : 110;
    figures[page.name] = { ...weight, lighthouse: scores };
    rows[page.name] = {
      "JS KB": weight.js,
      "CSS KB": weight.css,
      performance: scores?.performance ?? "",
      accessibility: scores?.accessibility ?? "",
      target: [
        `JS ≤ ${jsLimit} ${weight.js <= jsLimit ? "✓" : "✗"}`,
        `CSS ≤ 35 ${weight.css <= 35 ? "✓" : "✗"}`,
        ...(scores ? [`perf ≥ 95 ${scores.performance >= 95 ? "✓" : "✗"}`, `a11y 100 ${scores.accessibility === 100 ? "✓" : "✗"}`] : []),
      ].join(", "),
    };
  }
  console.table(rows);
  saveResults("browser", { runs, pages: figures });
} finally {
  await chrome.kill();
  await stack.stop();
}
