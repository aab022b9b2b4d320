import type { MetaDescriptor } from "@remix-run/node";
import { fallbackLanguage, isLanguage, type Language } from "./config";
import { shellTexts } from "./shell";
import { textsOf } from "./texts";

type Match = { id: string; data?: unknown };
type RootData = { lng: Language };

function lookup(tree: unknown, key: string): string | undefined {
  const value = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
  return typeof value === "string" ? value : undefined;
}

/**
 * `<title>` as "Page – Portal" in the page's language. `key` is a key of the common namespace,
 * or `ns:key` for another namespace; `shell:` keys also work when no loader data exists.
 */
export function pageMeta(matches: Match[], key: string, options: { error?: boolean; description?: string } = {}): MetaDescriptor[] {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  const lng = root && isLanguage(root.lng) ? root.lng : fallbackLanguage;
  const shell = shellTexts[lng];
  const [ns, path] = key.includes(":") ? (key.split(":", 2) as [string, string]) : ["common", key];
  const texts = textsOf(lng);
  const text = lookup(texts[ns], path);
  const title = `${options.error ? `${shell.errorPrefix} ` : ""}${text ?? shell.portal.name} – ${shell.portal.name}`;
  const description = options.description ? lookup(texts.common, options.description) : undefined;
  return description ? [{ title }, { name: "description", content: description }] : [{ title }];
}
