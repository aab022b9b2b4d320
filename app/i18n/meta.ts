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
 * or `ns:key` for another namespace; `shell:` keys also work when no loader data exists. The
 * description is a key the same way; a page about one thing (a job) may give both texts itself.
 */
export function pageMeta(
  matches: Match[],
  key: string,
  options: { error?: boolean; description?: string; titleText?: string; descriptionText?: string } = {},
): MetaDescriptor[] {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  const lng = root && isLanguage(root.lng) ? root.lng : fallbackLanguage;
  const shell = shellTexts[lng];
  const texts = textsOf(lng);
  const text = (key: string) => {
    const [ns, path] = key.includes(":") ? (key.split(":", 2) as [string, string]) : ["common", key];
    return lookup(texts[ns], path);
  };
  const title = `${options.error ? `${shell.errorPrefix} ` : ""}${options.titleText ?? text(key) ?? shell.portal.name} – ${shell.portal.name}`;
  const description = options.descriptionText ?? (options.description ? text(options.description) : undefined);
  return description ? [{ title }, { name: "description", content: description }] : [{ title }];
}
