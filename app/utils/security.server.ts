import type { NextFunction, Request, Response } from "express";
import helmet from "helmet";
import { randomBytes, randomUUID } from "node:crypto";
import type { Env } from "./env.server";
import { logger } from "./logger.server";

/** A fresh nonce and request id for every response. */
export function perRequestIds(_req: Request, res: Response, next: NextFunction): void {
  res.locals.cspNonce = randomBytes(16).toString("base64");
  res.locals.requestId = randomUUID();
  res.setHeader("X-Request-Id", res.locals.requestId as string);
  next();
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
 * CSRF defence: a state-changing request must come from our own origin. Browsers send `Origin` on
 * every POST; a request without it, or from elsewhere, is refused.
 */
export function sameOriginOnly(env: Env) {
  const allowed = new URL(env.PUBLIC_URL).origin;
  return (req: Request, res: Response, next: NextFunction): void => {
    if (safeMethods.has(req.method)) return next();
    const origin = req.get("Origin");
    const own = `${req.protocol}://${req.get("Host") ?? ""}`;
    if (origin && origin !== "null" && (origin === allowed || origin === own)) return next();
    if (!origin && req.get("Sec-Fetch-Site") === "same-origin") return next();
    logger.security("csrf.refused", {
      requestId: res.locals.requestId,
      method: req.method,
      path: req.path,
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
      path: req.path,
      status: res.statusCode,
      ms: Number((process.hrtime.bigint() - start) / 1000n) / 1000,
    });
  });
  next();
}

const formTypes = /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i;
const maxBodyBytes = 1_000_000;

/**
 * Every action of the portal takes a form: a non-GET body of another type answers 415, and one
 * over 1 MB answers 413, before any route reads it.
 */
export function formBodiesOnly(req: Request, res: Response, next: NextFunction): void {
  if (safeMethods.has(req.method)) return next();
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
  if (length > maxBodyBytes) {
    res.status(413).type("text/plain").send("Payload Too Large");
    return;
  }
  if ((length > 0 || chunked) && !formTypes.test(req.get("Content-Type") ?? "")) {
    // Read the (bounded) body first, so the client is answered rather than cut off mid-send.
    req.resume();
    req.once("end", () => res.status(415).type("text/plain").send("Unsupported Media Type"));
    return;
  }
  next();
}
