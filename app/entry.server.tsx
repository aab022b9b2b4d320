import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { isRouteErrorResponse, RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { PassThrough } from "node:stream";
import { renderToPipeableStream } from "react-dom/server";
import { ErrorReferenceContext } from "./utils/error-reference";
import { NonceContext } from "./utils/nonce";
import { loggablePath, logger } from "./utils/logger.server";

export { startBackgroundWork } from "./services.server";

export const streamTimeout = 5_000;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = loadContext.cspNonce;
  // A failed document shows its request id, the one on the log line of its error, as a reference.
  const errorReference = responseStatusCode >= 500 ? loadContext.requestId : undefined;
  // Crawlers get the whole document at once; browsers get the shell as soon as it is ready.
  const readyEvent = isbot(request.headers.get("user-agent") ?? "") ? "onAllReady" : "onShellReady";
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <ErrorReferenceContext.Provider value={errorReference}>
          <RemixServer context={remixContext} url={request.url} abortDelay={streamTimeout} nonce={nonce} />
        </ErrorReferenceContext.Provider>
      </NonceContext.Provider>,
      {
        nonce,
        [readyEvent]() {
          shellRendered = true;
          const body = new PassThrough();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(
            new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) logger.error("render.failed", { requestId: loadContext.requestId, error });
        },
      },
    );
    setTimeout(abort, streamTimeout + 1000);
  });
}

export function handleError(error: unknown, { request }: { request: Request }) {
  if (request.signal.aborted) return;
  const path = loggablePath(new URL(request.url).pathname);
  // Remix's own refusals (no action here: 405; no route: 404) are the client's doing: one short
  // line, not an error with a stack that anyone could flood the log with.
  if (isRouteErrorResponse(error) && error.status < 500) {
    logger.warn("remix.refused", { method: request.method, path, status: error.status });
    return;
  }
  logger.error("remix.error", { path, error });
}
