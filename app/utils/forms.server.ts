import { parseWithZod } from "@conform-to/zod/v4";

/** No form of the portal has a list this long; conform would build an array up to any index it is sent. */
const maxListIndex = 999;
const listIndex = /\[(\d+)\]/g;

/** Names no form field has; conform refuses them as path segments by throwing (a 500). */
const unsafeSegments = new Set(["__proto__", "constructor", "prototype"]);

/**
 * conform's intent (validate, insert a list item …) as its own forms send it: a JSON object with a
 * type, naming no field through `__proto__`, `constructor` or `prototype` (as a key or a name).
 */
function wellFormedIntent(value: FormDataEntryValue | null): boolean {
  if (value === null) return true;
  if (typeof value !== "string") return false;
  let unsafe = false;
  try {
    const intent: unknown = JSON.parse(value, (key, v: unknown) => {
      if (unsafeSegments.has(key)) unsafe = true;
      if (key === "name" && typeof v === "string" && v.split(/[.[\]]+/).some((segment) => unsafeSegments.has(segment))) unsafe = true;
      return v;
    });
    return !unsafe && typeof intent === "object" && intent !== null && typeof (intent as { type?: unknown }).type === "string";
  } catch {
    return false;
  }
}

/**
 * Control characters no keyboard types into a form: NUL, escape, the other C0 and C1 controls.
 * Tab and line breaks are left to each field's own schema (a one-line field refuses line breaks).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

function forged(formData: FormData): boolean {
  if (!wellFormedIntent(formData.get("__intent__"))) return true;
  for (const [name, value] of formData.entries()) {
    for (const match of name.matchAll(listIndex)) if (Number(match[1]) > maxListIndex) return true;
    if (controlCharacter.test(name) || (typeof value === "string" && controlCharacter.test(value))) return true;
  }
  return false;
}

/**
 * `parseWithZod` for actions, refusing what only a forged request sends with 400 Bad Request
 * instead of a 500 or a stalled server: a malformed conform intent (`__intent__`, read as JSON, or
 * naming a field through `__proto__`), a list index so large that building the list would eat
 * the server's memory, and control characters (NUL and the like) in any name or value, so none is
 * stored or reported.
 */
export const parseSubmission = ((formData: FormData, options: Parameters<typeof parseWithZod>[1]) => {
  if (forged(formData)) throw new Response("Bad Request", { status: 400 });
  return parseWithZod(formData, options);
}) as typeof parseWithZod;
