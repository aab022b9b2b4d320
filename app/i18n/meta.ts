import type { MetaDescriptor } from "@remix-run/node";
import { areaOf } from "~/components/shell/area";
import { fallbackLanguage, isLanguage, type Language } from "./config";
import { shellTexts } from "./shell";
import { textsOf } from "./texts";

type Match = { id: string; data?: unknown; handle?: unknown };
type RootData = { lng: Language; answeredWithErrors?: boolean };

function lookup(tree: unknown, key: string): string | undefined {
  const value = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
  return typeof value === "string" ? value : undefined;
}

type Options = {
  /** The page shows an error (a refused login, a page not found): the title starts "Fejl: ". */
  error?: boolean;
  /** The section the page sits in, as a key ("meetings:list.title"): "Jobsamtale 4. december – Dine møder – Min side". */
  section?: string;
  description?: string;
  /** The page's own title, when it is about one thing (a meeting, a job, a search). */
  titleText?: string;
  /** What the page is about, after its name: "Flyt mødet: Jobsamtale 4. december". */
  about?: string;
  /** Values for the `{{placeholders}}` of the title's text. */
  values?: Record<string, string | number>;
  descriptionText?: string;
};

/** The language a `meta` function's page is shown in. */
export function metaLanguage(matches: Match[]): Language {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  return root && isLanguage(root.lng) ? root.lng : fallbackLanguage;
}

const interpolate = (text: string | undefined, values: Record<string, string | number> = {}) =>
  text?.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

/**
 * `<title>` in the page's language, most specific first: "Page – Section – Area", e.g.
 * "Jobsamtale 4. december – Dine møder – Min side" or "Find job – Jobportalen". `key` is a key of
 * the common namespace, or `ns:key` for another namespace; `shell:` keys also work when no loader
 * data exists. A page re-shown with errors (a form answered with an error summary) starts with
 * "Fejl: ": the root's `PageMeta` marks the root's data when an action answered with errors or an
 * error summary is shown, and every title made here reads that mark.
 */
export function pageMeta(matches: Match[], key: string, options: Options = {}): MetaDescriptor[] {
  const root = matches.find((m) => m.id === "root")?.data as RootData | undefined;
  const lng = metaLanguage(matches);
  const shell = shellTexts[lng];
  const texts = textsOf(lng);
  const text = (key: string) => {
    const [ns, path] = key.includes(":") ? (key.split(":", 2) as [string, string]) : ["common", key];
    return lookup(texts[ns], path);
  };
  const name = options.titleText ?? interpolate(text(key), options.values) ?? shell.portal.name;
  const parts = [options.about ? `${name}: ${options.about}` : name, options.section ? text(options.section) : undefined, shell.titleArea[areaOf(matches).key]];
  // "Min side – Min side" on the area's own start page reads as one.
  const unique = parts.filter((part, i): part is string => !!part && parts.indexOf(part) === i);
  const failed = options.error || root?.answeredWithErrors === true;
  const title = `${failed ? `${shell.errorPrefix} ` : ""}${unique.join(" – ")}`;
  const description = options.descriptionText ?? (options.description ? text(options.description) : undefined);
  return description ? [{ title }, { name: "description", content: description }] : [{ title }];
}

const hasEntries = (value: unknown) =>
  !!value && typeof value === "object" && Object.values(value).some((v) => v !== null && v !== undefined && (!Array.isArray(v) || v.length > 0));

/**
 * Whether an action's answer carries errors, in the shapes the portal's actions answer with:
 * Conform's reply (`{ status: "error", error }`), possibly under `result`; `{ errors }` by field;
 * `{ error: "key" }`; `{ occupationsError }`.
 */
export function answerHasErrors(answer: unknown): boolean {
  if (!answer || typeof answer !== "object") return false;
  const a = answer as Record<string, unknown>;
  if (a.status === "error" && hasEntries(a.error)) return true;
  if (hasEntries(a.errors)) return true;
  if (typeof a.error === "string" || typeof a.occupationsError === "string") return true;
  return "result" in a && answerHasErrors(a.result);
}
