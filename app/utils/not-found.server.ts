import { loggablePath, logger, logRef } from "./logger.server";

/**
 * The answer for an object the user may not see, whether it exists or belongs to someone else:
 * the same 404 either way, and a security event, since asking for another person's object by id
 * is how an IDOR probe looks.
 */
export function notFoundFor(request: Request, session: { idHash: string }, kind: string): Response {
  logger.security("authz.not-found", { kind, path: loggablePath(new URL(request.url).pathname), session: logRef(session.idHash) });
  return new Response("Not Found", { status: 404 });
}

/**
 * "Not yours, or not there": the one error a feature throws when the caller's own object (their
 * absence, meeting, job order …) is missing. `kind` names it for the security log only.
 */
export class NotFound extends Error {
  constructor(readonly kind: string) {
    super(`no such ${kind} for this caller`);
  }
}

/**
 * Runs `work` (and awaits it, when it is async); a NotFound from it becomes the 404 every route
 * answers (see `notFoundFor`). The one place where "not yours" turns into an answer.
 */
export function orNotFound<T>(request: Request, session: { idHash: string }, work: () => T): T {
  const answer = (error: unknown): never => {
    if (error instanceof NotFound) throw notFoundFor(request, session, error.kind);
    throw error;
  };
  try {
    const result = work();
    return (result instanceof Promise ? result.catch(answer) : result) as T;
  } catch (error) {
    return answer(error);
  }
}
