import { and, eq, lte } from "drizzle-orm";
import { write } from "../../../db/client";
import { keptForms } from "../../../db/schema";
import { store } from "~/utils/store.server";
import type { Audience } from "./audience";

/**
 * A form sent after the session ended is kept for its person (issue 19 item 1): "Det, du har
 * skrevet, er ikke tabt". Kept for half an hour, tied to the person and the page, and handed back
 * once, after a new login of the same person on the same page. Nothing in it was sent anywhere.
 */

import { keptFormMinutes } from "./kept-form";

/** Form fields that only steer the form (conform's intents, the page's own tokens), never kept. */
const steering = (name: string) => name.startsWith("__") || name === "_action";

type Person = { audience: Audience; subjectId: string };

/** Keeps what was typed, replacing what was kept before for the same page. */
export function keepForm(person: Person, path: string, form: FormData, now = new Date()): boolean {
  const fields: Record<string, string | string[]> = {};
  for (const [name, value] of form) {
    if (typeof value !== "string" || steering(name)) continue;
    const known = fields[name];
    fields[name] = known === undefined ? value : [...(Array.isArray(known) ? known : [known]), value];
  }
  if (!Object.values(fields).some((value) => (Array.isArray(value) ? value.some(Boolean) : value.trim() !== ""))) return false;
  const keptUntil = new Date(now.getTime() + keptFormMinutes * 60_000);
  write(store(), (tx) =>
    tx
      .insert(keptForms)
      .values({ ...person, path, fields, keptUntil })
      .onConflictDoUpdate({ target: [keptForms.audience, keptForms.subjectId, keptForms.path], set: { fields, keptUntil } })
      .run(),
  );
  return true;
}

/** The form kept for this person on this page, handed back once; null when none is kept (or it is too old). */
export function takeKeptForm(person: Person, path: string, now = new Date()): Record<string, string | string[]> | null {
  return write(store(), (tx) => {
    const mine = and(eq(keptForms.audience, person.audience), eq(keptForms.subjectId, person.subjectId), eq(keptForms.path, path));
    const row = tx.select().from(keptForms).where(mine).get();
    if (!row) return null;
    tx.delete(keptForms).where(mine).run();
    return row.keptUntil.getTime() > now.getTime() ? row.fields : null;
  });
}

/** Removes kept forms nobody came back for; run with the session sweep. */
export function sweepKeptForms(now = new Date()): number {
  return write(store(), (tx) => tx.delete(keptForms).where(lte(keptForms.keptUntil, now)).run().changes);
}

/** The form kept for the session's person on the page of this request, if any (taken once). */
export function keptFormFor(request: Request, session: { audience: Audience; subjectId: string }, now = new Date()) {
  return takeKeptForm({ audience: session.audience, subjectId: session.subjectId }, new URL(request.url).pathname, now);
}
