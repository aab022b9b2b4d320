/**
 * Fails when a text exists in one language and not the other, or is empty: every key of every
 * namespace in public/locales/da must be in public/locales/en, and the other way round.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

type Tree = { [key: string]: unknown };

function leaves(node: unknown, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (node && typeof node === "object" && !Array.isArray(node)) {
    for (const [key, value] of Object.entries(node as Tree)) {
      for (const [k, v] of leaves(value, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
    }
  } else {
    out.set(prefix, node);
  }
  return out;
}

const dir = "public/locales";
const languages = readdirSync(dir);
const namespaces = new Set(languages.flatMap((lng) => readdirSync(join(dir, lng)).filter((f) => f.endsWith(".json"))));
const problems: string[] = [];

for (const ns of namespaces) {
  const byLanguage = new Map<string, Map<string, unknown>>();
  for (const lng of languages) {
    try {
      byLanguage.set(lng, leaves(JSON.parse(readFileSync(join(dir, lng, ns), "utf8"))));
    } catch (error) {
      problems.push(`${lng}/${ns}: ${(error as Error).message}`);
    }
  }
  const allKeys = new Set([...byLanguage.values()].flatMap((m) => [...m.keys()]));
  for (const key of allKeys) {
    for (const [lng, map] of byLanguage) {
      const value = map.get(key);
      if (!map.has(key)) problems.push(`${lng}/${ns}: missing "${key}"`);
      else if (value === "" || (Array.isArray(value) && value.length === 0)) problems.push(`${lng}/${ns}: empty "${key}"`);
    }
  }
}

if (problems.length > 0) {
  console.error(`Locale files are out of step:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log(`Locales complete: ${namespaces.size} namespaces in ${languages.join(", ")}`);
