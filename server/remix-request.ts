/**
 * The bridge between express and Remix, as `@remix-run/express` 2.17 builds it (its
 * `createRemixRequest` and `sendRemixResponse` are not exported), with two differences: an
 * action's body is the form `formBodiesOnly` has already read and checked, not the request
 * stream, so nothing parses a body that is over the form limits; and a response header replaces
 * the one a middleware set, rather than being sent twice.
 */
import { writeReadableStreamToWritable } from "@remix-run/node";
import type { Request as ExpressRequest, Response as ExpressResponse } from "express";

function headersOf(req: ExpressRequest): Headers {
  const headers = new Headers();
  for (const [key, values] of Object.entries(req.headers)) {
    if (Array.isArray(values)) for (const value of values) headers.append(key, value);
    else if (values) headers.set(key, values);
  }
  return headers;
}

export function remixRequest(req: ExpressRequest, res: ExpressResponse): Request {
  // req.hostname respects "trust proxy" but drops the port: take it from X-Forwarded-Host or Host.
  const portOf = (header: string | undefined) => Number.parseInt(header?.split(":")[1] ?? "", 10);
  const port = [portOf(req.get("X-Forwarded-Host")), portOf(req.get("Host"))].find((p) => Number.isSafeInteger(p));
  const url = new URL(`${req.protocol}://${req.hostname}${port ? `:${port}` : ""}${req.originalUrl}`);
  // Abort loaders and actions once the response can no longer be written (close without finish).
  let controller: AbortController | null = new AbortController();
  res.on("finish", () => (controller = null));
  res.on("close", () => controller?.abort());
  const headers = headersOf(req);
  const init: RequestInit = { method: req.method, headers, signal: controller.signal };
  const form = res.locals.formBody as Buffer | undefined;
  if (req.method !== "GET" && req.method !== "HEAD" && form !== undefined) {
    headers.set("Content-Type", "application/x-www-form-urlencoded");
    headers.delete("Content-Length");
    headers.delete("Transfer-Encoding");
    init.body = new Uint8Array(form);
  }
  return new Request(url.href, init);
}

export async function sendRemixResponse(res: ExpressResponse, response: Response): Promise<void> {
  res.statusMessage = response.statusText;
  res.status(response.status);
  // The route's header replaces one the middleware set (noStore's Cache-Control) instead of
  // adding a second; only Set-Cookie comes several times.
  for (const [key, value] of response.headers.entries()) {
    if (key === "set-cookie") res.append(key, value);
    else res.setHeader(key, value);
  }
  if (/text\/event-stream/i.test(response.headers.get("Content-Type") ?? "")) res.flushHeaders();
  if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}
