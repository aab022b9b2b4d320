import { parseWithZod } from "@conform-to/zod/v4";

/** No form of the portal has a list this long; conform would build an array up to any index it is sent. */
const maxListIndex = 999;
const listIndex = /\[(\d+)\]/g;

function forged(formData: FormData): boolean {
  for (const name of formData.keys()) {
    for (const match of name.matchAll(listIndex)) if (Number(match[1]) > maxListIndex) return true;
  }
  return false;
}

/**
 * `parseWithZod` for actions, refusing what only a forged request sends with 400 Bad Request
 * instead of a 500 or a stalled server: a malformed conform intent (`__intent__`, read as JSON),
 * and a list index so large that building the list would eat the server's memory.
 */
export const parseSubmission = ((formData: FormData, options: Parameters<typeof parseWithZod>[1]) => {
  if (forged(formData)) throw new Response("Bad Request", { status: 400 });
  try {
    return parseWithZod(formData, options);
  } catch (error) {
    if (error instanceof SyntaxError) throw new Response("Bad Request", { status: 400 });
    throw error;
  }
}) as typeof parseWithZod;
