import type { Request, Response } from "express";
import { rateLimit } from "express-rate-limit";
import da from "../../public/locales/da/shell.json";
import en from "../../public/locales/en/shell.json";
import type { Env } from "./env.server";
import { loggablePath, logger } from "./logger.server";

function tooMany(req: Request, res: Response) {
  const english = /(?:^|;\s*)lng=en\b/.test(req.get("Cookie") ?? "");
  // The limiters are mounted on paths (/log-ind), where req.path is "/": log the whole path.
  logger.security("rate-limit.refused", { requestId: res.locals.requestId, method: req.method, path: loggablePath(req.originalUrl.split("?")[0]!) });
  res.status(429).type("text/plain; charset=utf-8").send((english ? en : da).errors.tooMany);
}

/**
 * Abuse limits per client address, counted in this process: login starts, and every non-GET.
 * The address is Express's `req.ip`, which reads X-Forwarded-For only through `TRUST_PROXY`
 * trusted hops, so a forged header cannot reset a count.
 */
export function rateLimits(env: Env) {
  const common = { windowMs: 60_000, standardHeaders: "draft-8" as const, legacyHeaders: false, handler: tooMany };
  return {
    login: rateLimit({ ...common, limit: env.RATE_LIMIT_LOGIN_PER_MINUTE, identifier: "login" }),
    writes: rateLimit({
      ...common,
      limit: env.RATE_LIMIT_WRITES_PER_MINUTE,
      identifier: "writes",
      skip: (req) => req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS",
    }),
  };
}
