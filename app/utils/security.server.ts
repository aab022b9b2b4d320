import type { NextFunction, Request, Response } from "express";
import helmet from "helmet";
import { AsyncResource } from "node:async_hooks";
import { randomBytes, randomUUID } from "node:crypto";
import type { Env } from "./env.server";
import { loggablePath, logger } from "./logger.server";
import { runInRequest } from "./request-context.server";

/**
 * A fresh nonce and request id for every response. The rest of the request runs in its context
 * (`request-context.server.ts`), so every log line written for it carries the id.
 */
export function perRequestIds(_req: Request, res: Response, next: NextFunction): void {
  const requestId = randomUUID();
  res.locals.cspNonce = randomBytes(16).toString("base64");
  res.locals.requestId = requestId;
  res.setHeader("X-Request-Id", requestId);
  runInRequest(requestId, next);
}

/**
 * The security headers of every response: an enforced CSP where scripts run only by this
 * response's nonce ('strict-dynamic' lets the nonce'd entry load its own modules), no framing,
 * no MIME sniffing, a strict referrer policy, an isolated browsing context, and HSTS over HTTPS.
 */
export function securityHeaders(env: Env) {
  const issuer = new URL(env.MITID_ISSUER).origin;
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        "default-src": ["'self'"],
        "script-src": [(_req, res) => `'nonce-${(res as Response).locals.cspNonce as string}'`, "'strict-dynamic'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        // The logout form ends at the identity provider.
        "form-action": ["'self'", issuer],
        "frame-ancestors": ["'none'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        ...(env.SECURE ? { "upgrade-insecure-requests": [] } : {}),
      },
    },
    strictTransportSecurity: env.SECURE ? { maxAge: 63072000, includeSubDomains: true } : false,
    referrerPolicy: { policy: "same-origin" },
    crossOriginOpenerPolicy: { policy: "same-origin" },
    crossOriginResourcePolicy: { policy: "same-origin" },
    xFrameOptions: { action: "deny" },
  });
}

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * CSRF defence: a state-changing request must come from our own origin, `PUBLIC_URL`. Browsers
 * send `Origin` on every POST; a request without it, or from elsewhere, is refused. The request's
 * own `Host` proves nothing: whoever forges the Origin sets the Host to match.
 */
export function sameOriginOnly(env: Env) {
  const allowed = new URL(env.PUBLIC_URL).origin;
  return (req: Request, res: Response, next: NextFunction): void => {
    if (safeMethods.has(req.method)) return next();
    const origin = req.get("Origin");
    if (origin === allowed) return next();
    if (!origin && req.get("Sec-Fetch-Site") === "same-origin") return next();
    logger.security("csrf.refused", {
      requestId: res.locals.requestId,
      method: req.method,
      path: loggablePath(req.path),
      origin: origin ?? null,
      fetchSite: req.get("Sec-Fetch-Site") ?? null,
    });
    res.status(403).type("text/plain").send("Forbidden");
  };
}

/** Dynamic responses may hold personal data: nothing on the way may store them. */
export function noStore(req: Request, res: Response, next: NextFunction): void {
  // The page texts are public and fingerprinted: their route sets its own caching.
  if (!req.path.startsWith("/tekster/")) res.setHeader("Cache-Control", "no-store");
  next();
}

/** One structured line per request: method, path (never the query), status, time. */
export function accessLog(req: Request, res: Response, next: NextFunction): void {
  const start = process.hrtime.bigint();
  res.on("finish", () => {
    logger.info("http", {
      requestId: res.locals.requestId,
      method: req.method,
      path: loggablePath(req.path),
      status: res.statusCode,
      ms: Number((process.hrtime.bigint() - start) / 1000n) / 1000,
    });
  });
  next();
}

/** Every form of the portal posts url-encoded (no form uploads files): one media type, exactly. */
const formType = "application/x-www-form-urlencoded";

/**
 * Bounds on a form body, checked while it arrives and before anything parses it. The largest real
 * form (a job order in Danish, every field full) is about 50 KB encoded with some 20 fields; a
 * held conversation has at most 20 participants of 3 fields each. Parsing a body with many
 * repeated keys costs time that grows with the square of their number (60,000 keys froze the
 * portal for 33 s), so the count is refused long before that.
 */
export const formLimits = { maxBodyBytes: 256 * 1024, maxFields: 500, maxFieldBytes: 64 * 1024 };

function mediaType(header: string | undefined): string {
  return (header ?? "").split(";")[0]!.trim().toLowerCase();
}

/**
 * Every action of the portal takes a url-encoded form. Before any route runs, a non-GET request
 * whose body is of another type answers 415; one over the limits of `formLimits` (size, number of
 * fields, size of one field) answers 413 as soon as it crosses them. An accepted body is kept in
 * `res.locals.formBody` for the Remix handler (`server/remix-request.ts`), so it is read only once.
 */
export function formBodiesOnly(req: Request, res: Response, next: NextFunction): void {
  if (safeMethods.has(req.method)) return next();
  // The body's events come from the socket, outside the request's context (the request id of its
  // log lines): what they call, the routes included, runs in that context again.
  const inRequest = <A extends unknown[]>(fn: (...args: A) => void) => AsyncResource.bind(fn);
  // An action that answers without reading the body (a redirect to login, a refusal) would leave
  // the rest of it on a kept-alive connection and stall the next request there: such a response
  // closes the connection instead.
  const writeHead = res.writeHead;
  res.writeHead = function (this: Response, ...args: Parameters<typeof writeHead>) {
    if (!req.readableEnded && !this.headersSent) this.setHeader("Connection", "close");
    return writeHead.apply(this, args);
  } as typeof writeHead;
  const length = Number(req.get("Content-Length") ?? 0);
  const chunked = (req.get("Transfer-Encoding") ?? "").includes("chunked");
  const tooLarge = (why: string) => {
    logger.security("form.too-large", { requestId: res.locals.requestId, method: req.method, path: loggablePath(req.path), why });
    req.pause();
    res.status(413).type("text/plain").send("Payload Too Large");
  };
  if (!(length <= formLimits.maxBodyBytes)) return tooLarge("length");
  if (length === 0 && !chunked) {
    // No body is an empty form, whatever the type says (a plain POST button).
    res.locals.formBody = Buffer.alloc(0);
    return next();
  }
  if (mediaType(req.get("Content-Type")) !== formType) {
    // Read the (bounded) body first, so the client is answered rather than cut off mid-send.
    req.resume();
    req.once("end", inRequest(() => res.status(415).type("text/plain").send("Unsupported Media Type")));
    return;
  }
  const chunks: Buffer[] = [];
  let total = 0;
  let fields = 1;
  let field = 0;
  let refused = false;
  req.on("data", inRequest((chunk: Buffer) => {
    if (refused) return;
    total += chunk.length;
    // From one "&" to the next: the fields so far, and the length of the one still open.
    for (let at = 0; field <= formLimits.maxFieldBytes; ) {
      const amp = chunk.indexOf(0x26 /* & */, at);
      field += (amp === -1 ? chunk.length : amp) - at;
      if (amp === -1) break;
      if (field <= formLimits.maxFieldBytes) {
        fields++;
        field = 0;
      }
      at = amp + 1;
    }
    chunks.push(chunk);
    const why = total > formLimits.maxBodyBytes ? "size" : fields > formLimits.maxFields ? "fields" : field > formLimits.maxFieldBytes ? "field" : null;
    if (why) {
      refused = true;
      tooLarge(why);
    }
  }));
  req.once("end", inRequest(() => {
    if (refused) return;
    res.locals.formBody = Buffer.concat(chunks, total);
    next();
  }));
  req.once("error", inRequest((error: Error) => {
    if (!refused) next(error);
  }));
}
