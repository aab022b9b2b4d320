import { createCookie, redirect } from "@remix-run/node";
import { eq, sql } from "drizzle-orm";
import { createHash, randomBytes } from "node:crypto";
import { write } from "../../../db/client";
import { sessions, staffUsers } from "../../../db/schema";
import { env } from "~/utils/env.server";
import { logger, logRef } from "~/utils/logger.server";
import { store } from "~/utils/store.server";
import { loginUrl, type Audience } from "./audience";
import { keptFormMinutes } from "./kept-form";
import { keepForm } from "./kept-form.server";

// Last-seen is refreshed only after a twentieth of the idle time (at most 15 s), so reading pages
// does not write on every request, while the warning's countdown stays within that margin.
const touchAfterMs = (idleSeconds: number) => Math.min(15_000, (idleSeconds * 1000) / 20);

export type PortalSession = {
  idHash: string;
  audience: Audience;
  subjectId: string;
  rid: string | null;
  displayName: string;
  organisation: string | null;
  idleSeconds: number;
  expiresAt: Date;
};

function sessionCookie() {
  const { SECURE } = env();
  // __Host- binds the cookie to this exact origin: Secure, Path=/ and no Domain.
  return createCookie(SECURE ? "__Host-jp-session" : "jp-session", {
    httpOnly: true,
    sameSite: "lax",
    secure: SECURE,
    path: "/",
  });
}

const hash = (id: string) => createHash("sha256").update(id).digest("hex");

export function sessionLimits(audience: Audience): { idleSeconds: number; absoluteSeconds: number } {
  const e = env();
  return audience === "citizen"
    ? { idleSeconds: e.SESSION_IDLE_CITIZEN_SECONDS, absoluteSeconds: e.SESSION_ABSOLUTE_CITIZEN_SECONDS }
    : { idleSeconds: e.SESSION_IDLE_BUSINESS_SECONDS, absoluteSeconds: e.SESSION_ABSOLUTE_BUSINESS_SECONDS };
}

async function sessionIdFrom(request: Request): Promise<string | null> {
  const value: unknown = await sessionCookie().parse(request.headers.get("Cookie"));
  return typeof value === "string" && value.length >= 22 ? value : null;
}

/**
 * Starts a session after login with a fresh 256-bit id (never one the browser brought), and ends
 * any session the browser had before. Returns the Set-Cookie header.
 */
export async function startSession(
  request: Request,
  input: { audience: Audience; subjectId: string; rid?: string; displayName: string; organisation?: string },
  now = new Date(),
): Promise<string> {
  const previous = await sessionIdFrom(request);
  const id = randomBytes(32).toString("base64url");
  const { idleSeconds, absoluteSeconds } = sessionLimits(input.audience);
  write(store(), (tx) => {
    if (previous) tx.delete(sessions).where(eq(sessions.idHash, hash(previous))).run();
    tx.insert(sessions)
      .values({
        idHash: hash(id),
        audience: input.audience,
        subjectId: input.subjectId,
        rid: input.rid ?? null,
        displayName: input.displayName,
        organisation: input.organisation ?? null,
        createdAt: now,
        lastSeenAt: now,
        idleSeconds,
        expiresAt: new Date(now.getTime() + absoluteSeconds * 1000),
      })
      .run();
  });
  logger.info("session.started", { audience: input.audience, session: logRef(hash(id)) });
  return sessionCookie().serialize(id);
}

/** Who a session that has just ended belonged to: their form can be kept for them (kept-form.server.ts). */
export type EndedSession = { audience: Audience; subjectId: string };

/**
 * The session of this request: live, or ended (idle or absolute timeout) with whom it belonged to,
 * or none. An ended session is removed when met, so it is reported as ended once.
 */
export async function sessionOf(request: Request, now = new Date()): Promise<{ live: PortalSession } | { ended: EndedSession } | null> {
  const id = await sessionIdFrom(request);
  if (!id) return null;
  const idHash = hash(id);
  const row = store().select().from(sessions).where(eq(sessions.idHash, idHash)).get();
  if (!row) return null;
  const idleExpired = now.getTime() - row.lastSeenAt.getTime() > row.idleSeconds * 1000;
  const absoluteExpired = now.getTime() >= row.expiresAt.getTime();
  if (idleExpired || absoluteExpired) {
    write(store(), (tx) => tx.delete(sessions).where(eq(sessions.idHash, idHash)).run());
    logger.info("session.expired", { session: logRef(idHash), reason: absoluteExpired ? "absolute" : "idle" });
    return { ended: { audience: row.audience, subjectId: row.subjectId } };
  }
  if (now.getTime() - row.lastSeenAt.getTime() > touchAfterMs(row.idleSeconds)) {
    write(store(), (tx) => tx.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.idHash, idHash)).run());
  }
  return {
    live: {
      idHash,
      audience: row.audience,
      subjectId: row.subjectId,
      rid: row.rid,
      displayName: row.displayName,
      organisation: row.organisation,
      idleSeconds: row.idleSeconds,
      expiresAt: row.expiresAt,
    },
  };
}

/** The live session of this request, or null. An expired session is removed when met. */
export async function readSession(request: Request, now = new Date()): Promise<PortalSession | null> {
  const found = await sessionOf(request, now);
  return found && "live" in found ? found.live : null;
}

/**
 * Removes sessions that ended without being seen again; run now and then. An ended session is
 * left for the time a form is kept, so a form sent on it later can still be kept for its person.
 */
export function sweepExpiredSessions(now = new Date()): number {
  const before = now.getTime() - keptFormMinutes * 60_000;
  return write(store(), (tx) =>
    tx
      .delete(sessions)
      .where(sql`${sessions.expiresAt} <= ${before} or ${sessions.lastSeenAt} + ${sessions.idleSeconds} * 1000 < ${before}`)
      .run().changes,
  );
}

/** Keeps what the form held for the person whose session ended; a body that is no form is not kept. */
async function keepFormOf(request: Request, person: EndedSession, path: string): Promise<void> {
  const form = await request.formData().catch(() => null);
  if (form) keepForm(person, path, form);
}

/** Keeps the session alive (the "stay logged in" answer to the expiry warning). */
export async function renewSession(request: Request, now = new Date()): Promise<boolean> {
  const session = await readSession(request, now);
  if (!session) return false;
  write(store(), (tx) => tx.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.idHash, session.idHash)).run());
  return true;
}

/** Ends the session on the server. Returns the cookie to clear. */
export async function endSession(request: Request): Promise<{ clearCookie: string }> {
  const id = await sessionIdFrom(request);
  if (id) {
    const idHash = hash(id);
    write(store(), (tx) => tx.delete(sessions).where(eq(sessions.idHash, idHash)).run());
    logger.info("session.ended", { session: logRef(idHash) });
  }
  return { clearCookie: await sessionCookie().serialize("", { maxAge: 0, expires: new Date(0) }) };
}

function pathOf(request: Request): string {
  const url = new URL(request.url);
  return url.pathname + url.search;
}

/**
 * The guard of every loader and action in an audience's area: the session must be live and of
 * that audience, else the user is sent to log in and brought back afterwards.
 */
export async function requireSession(request: Request, audience: Audience): Promise<PortalSession> {
  const found = await sessionOf(request);
  const session = found && "live" in found ? found.live : null;
  if (!session || session.audience !== audience) {
    const method = request.method.toUpperCase();
    const reading = method === "GET" || method === "HEAD";
    // After a POST the action is not run again: the browser returns to the page after the new
    // login, and what was typed on a session that has just ended waits there for its person.
    const back = reading ? pathOf(request) : new URL(request.url).pathname;
    const ended = found && "ended" in found && found.ended.audience === audience ? found.ended : null;
    if (!reading && ended) await keepFormOf(request, ended, back);
    throw redirect(loginUrl(back));
  }
  if (audience === "staff") {
    const staff = store()
      .select({ active: staffUsers.active })
      .from(staffUsers)
      .where(eq(staffUsers.id, session.subjectId))
      .get();
    if (!staff?.active) {
      logger.security("authz.staff-revoked", { session: logRef(session.idHash) });
      throw new Response("Not Found", { status: 404 });
    }
  }
  return session;
}

/**
 * The expiry warning's countdown reached zero (issue 19 item 1): the session ends here now if the
 * server had not ended it already, and what the page's form held is kept for its person. Returns
 * the cookie to clear and whether a form was kept.
 */
export async function endSessionAtTimeout(request: Request, form: FormData, path: string | null): Promise<{ clearCookie: string; kept: boolean }> {
  const found = await sessionOf(request);
  const person = found ? ("live" in found ? found.live : found.ended) : null;
  const kept = !!person && !!path && keepForm({ audience: person.audience, subjectId: person.subjectId }, path, form);
  return { ...(await endSession(request)), kept };
}
