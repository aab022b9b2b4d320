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
