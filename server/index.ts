import { createRequestHandler as createRemixHandler, type ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { migrateStore } from "../db/migrate";
import { seedStore } from "../db/seed/index";
import { env } from "../app/utils/env.server";
import { logger } from "../app/utils/logger.server";
import { rateLimits } from "../app/utils/rate-limits.server";
import { accessLog, formBodiesOnly, noStore, perRequestIds, sameOriginOnly, securityHeaders } from "../app/utils/security.server";
import { runInRequest } from "../app/utils/request-context.server";
import { closeStore, store } from "../app/utils/store.server";
import { remixRequest, sendRemixResponse } from "./remix-request";

if (existsSync(".env")) process.loadEnvFile(".env");

let config;
try {
  config = env();
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}
// React and Remix read this themselves: without it they run their development builds, several times slower.
process.env.NODE_ENV = config.NODE_ENV;

migrateStore(store());
seedStore(store());

const buildPath = fileURLToPath(new URL("../build/index.js", import.meta.url));
const build = (await import(buildPath)) as ServerBuild;

const entry = build.entry.module as unknown as { startBackgroundWork: () => { stop: () => Promise<void> } };
const background = entry.startBackgroundWork();

const app = express();
app.disable("x-powered-by");
app.set("trust proxy", config.TRUST_PROXY > 0 ? config.TRUST_PROXY : false);
app.use(perRequestIds);
app.use(securityHeaders(config));
app.use(accessLog);
if (config.COMPRESSION === "on") app.use(compression());
// Fingerprinted bundles never change; everything else in public/ may.
app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y", index: false }));
// Only where files are: a static handler on every path would look on disk for each page first.
app.use("/dkfds", express.static("public/dkfds", { maxAge: "1h", index: false }));
app.get(["/app.css", "/favicon.ico"], (req, res) => res.sendFile(req.path, { root: "public", maxAge: "1h" }));
app.use(noStore);
app.use(sameOriginOnly(config));
app.use(formBodiesOnly);
const limits = rateLimits(config);
app.use("/log-ind", limits.login);
app.use(limits.writes);
// @remix-run/express's handler, except that an action's body is the form formBodiesOnly has read
// and checked already, not the request stream. Remix runs in the request's context (entered again
// here, whatever the middleware before did), so the loaders' and actions' log lines carry its id.
const handleRemixRequest = createRemixHandler(build, config.NODE_ENV === "development" ? "development" : "production");
app.all("*", (req, res, next) => {
  const requestId = res.locals.requestId as string;
  runInRequest(requestId, () =>
    handleRemixRequest(remixRequest(req, res), { cspNonce: res.locals.cspNonce as string, requestId })
      .then((response) => sendRemixResponse(res, response))
      .catch(next),
  );
});
// Whatever fails outside Remix answers a bare status: the detail goes to the log, never the client.
// A malformed address (bad percent-encoding) is the client's error, not ours.
app.use((error: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
  const malformed = error instanceof URIError;
  if (malformed) logger.info("http.malformed-url", { requestId: res.locals.requestId });
  else logger.error("http.unhandled", { requestId: res.locals.requestId, error });
  if (!res.headersSent) res.status(malformed ? 400 : 500).type("text/plain").send(malformed ? "Bad Request" : "Internal Server Error");
});

const server = app.listen(config.PORT, config.HOST, () => {
  logger.info("portal.listening", { url: `http://${config.HOST}:${config.PORT}`, publicUrl: config.PUBLIC_URL });
});

let stopping = false;
function shutdown(signal: string): void {
  if (stopping) return;
  stopping = true;
  logger.info("portal.stopping", { signal });
  // Finish requests in flight, then close the store; give up after 10 s.
  server.close(() => {
    void background.stop().finally(() => {
      closeStore();
      process.exit(0);
    });
  });
  server.closeIdleConnections();
  setTimeout(() => process.exit(1), 10_000).unref();
}
process.on("SIGINT", () => shutdown("SIGINT"));
process.on("SIGTERM", () => shutdown("SIGTERM"));
