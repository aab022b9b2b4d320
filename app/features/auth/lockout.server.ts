import { and, count, eq, gt, lt } from "drizzle-orm";
import { createHash } from "node:crypto";
import { write, type Store } from "../../../db/client";
import { loginFailures } from "../../../db/schema";
import { logger } from "~/utils/logger.server";
import { store } from "~/utils/store.server";

/** Five refused logins within 15 minutes lock the identity for the rest of those 15 minutes. */
export const lockout = { failures: 5, windowMs: 15 * 60_000 };

/**
 * The refusals that count toward the lock: the login itself fell short (too low an assurance
 * level, claims missing). Being refused a door (an employer at the staff login, a business
 * identity at the citizens') says nothing about a stolen or guessed login, and must not lock the
 * person out of the door that is theirs.
 */
const failedAuthentications = new Set(["assurance-too-low", "invalid-claims"]);

export function countsTowardLockout(reason: string): boolean {
  return failedAuthentications.has(reason);
}

const subjectHash = (sub: string) => createHash("sha256").update(`login:${sub}`).digest("hex");

export function isLockedOut(sub: string, now = new Date(), db: Store = store()): boolean {
  const since = new Date(now.getTime() - lockout.windowMs);
  const recent = db
    .select({ n: count() })
    .from(loginFailures)
    .where(and(eq(loginFailures.subjectHash, subjectHash(sub)), gt(loginFailures.at, since)))
    .get();
  return (recent?.n ?? 0) >= lockout.failures;
}

/** Records a refused login of this identity, and forgets failures older than the window. */
export function recordLoginFailure(sub: string, now = new Date(), db: Store = store()): void {
  const hash = subjectHash(sub);
  write(db, (tx) => {
    tx.delete(loginFailures).where(lt(loginFailures.at, new Date(now.getTime() - lockout.windowMs))).run();
    tx.insert(loginFailures).values({ subjectHash: hash, at: now }).run();
  });
  if (isLockedOut(sub, now, db)) logger.security("login.identity-locked", { identity: hash.slice(0, 16) });
}
