/**
 * The foundation's API, `/v1/*`: bearer authentication, `POST /v1/messages` and `GET /v1/feed`.
 *
 * It sits on plain `node:http` in front of the express app (which serves `/healthz`, the test
 * controls and every other path). The sync benchmark pushes thousands of messages a second
 * through here; express's per-request set-up cost about 80 µs of a ~340 µs request on the 2-core
 * test machine, so the hot path does without it. See README.md ("Performance").
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { messageSchema, parseMessage, type Message } from "../../app/foundation/contract";
import { idIssues } from "./aggregates";
import type { FaultControls, MessageTarget } from "./faults";
import { bodyHash, type Store } from "./store";

export interface ApiOptions {
  store: Store;
  faults: FaultControls;
  /** Bearer token → client name. */
  clients: ReadonlyMap<string, string>;
  log: (level: "info" | "error", event: string, fields: Record<string, unknown>) => void;
}

/** Handles the request and returns true if it is for `/v1`, else returns false and does nothing. */
export type Api = (req: IncomingMessage, res: ServerResponse) => boolean;

const bodyLimit = 1024 * 1024;
const maxKeyLength = 200;
const maxFeedLimit = 1000;

export function createApi({ store, faults, clients, log }: ApiOptions): Api {
  function handle(req: IncomingMessage, res: ServerResponse): void {
    const client = authenticate(req, res);
    if (!client) return;
    if (faults.fail(res)) return;
    const url = req.url ?? "/";
    const query = url.indexOf("?");
    const path = query === -1 ? url : url.slice(0, query);
    if (path === "/v1/messages" && req.method === "POST") {
      readJson(req, res, (body) => guard(req, res, () => message(req, res, client, body)));
    } else if (path === "/v1/feed" && (req.method === "GET" || req.method === "HEAD")) {
      feed(res, new URLSearchParams(query === -1 ? "" : url.slice(query + 1)));
    } else {
      reply(res, 404, '{"error":"not-found"}');
    }
  }

  function authenticate(req: IncomingMessage, res: ServerResponse): string | null {
    const header = req.headers.authorization ?? "";
    const client = header.startsWith("Bearer ") ? clients.get(header.slice(7)) : undefined;
    if (!client) {
      reply(res, 401, '{"error":"unauthorized"}', { "WWW-Authenticate": 'Bearer realm="foundation"' });
      return null;
    }
    const correlationId = req.headers["x-correlation-id"];
    if (typeof correlationId === "string" && correlationId.length <= 200) res.setHeader("X-Correlation-Id", correlationId);
    return client;
  }

  function message(req: IncomingMessage, res: ServerResponse, client: string, body: unknown): void {
    const key = req.headers["idempotency-key"];
    if (typeof key !== "string" || key.length === 0 || key.length > maxKeyLength) {
      invalid(res, [{ code: "custom", path: ["Idempotency-Key"], message: `header required, 1–${maxKeyLength} characters` }]);
      return;
    }
    const checked = check(body);
    if (!checked.ok) {
      invalid(res, checked.issues);
      return;
    }
    const target = targetOf(checked.message);
    const submit = () => {
      const answer = store.submit({ client, key, hash: bodyHash(body), message: checked.message, refusedByTestControl: faults.refuses(target) });
      if (answer.fresh && faults.dropAfterCommit()) {
        req.socket.destroy();
        return;
      }
      reply(res, answer.status, answer.body);
    };
    const delay = faults.targetedDelayMs(target);
    if (delay > 0) setTimeout(() => guard(req, res, submit), delay);
    else submit();
  }

  function feed(res: ServerResponse, query: URLSearchParams): void {
    const after = integer(query.get("after"), 0);
    const limit = integer(query.get("limit"), 100);
    if (after === null || limit === null || limit < 1) {
      invalid(res, [{ code: "custom", path: ["query"], message: "after must be an integer ≥ 0 and limit an integer ≥ 1" }]);
      return;
    }
    reply(res, 200, store.feedPage(after, Math.min(limit, maxFeedLimit), faults.feedChaos()));
  }

  /** Runs one step of a request; an unexpected error answers 500 and is logged (ids only). */
  function guard(req: IncomingMessage, res: ServerResponse, step: () => void): void {
    try {
      step();
    } catch (error) {
      const { name, code } = error as { name?: string; code?: string };
      log("error", "foundation.error", { method: req.method, path: req.url?.split("?")[0], name, code });
      if (!res.headersSent) reply(res, 500, '{"error":"internal"}');
    }
  }

  return (req, res) => {
    const url = req.url ?? "/";
    if (!(url === "/v1" || url.startsWith("/v1/") || url.startsWith("/v1?"))) return false;
    // Down: fail at the connection, before anything is read or answered.
    if (faults.down()) {
      req.socket.destroy();
      return true;
    }
    const run = () => guard(req, res, () => handle(req, res));
    const delay = faults.delayMs();
    if (delay > 0) setTimeout(run, delay);
    else run();
    return true;
  };
}

function targetOf(message: Message): MessageTarget {
  const cpr = (message.data as { cpr?: unknown }).cpr;
  return { type: message.type, aggregateId: message.aggregateId, cpr: typeof cpr === "string" ? cpr : null };
}

/** Validates a body against the contract, plus the aggregate id its data must carry. */
function check(body: unknown): { ok: true; message: Message } | { ok: false; issues: unknown[] } {
  let message: Message;
  try {
    message = parseMessage(body);
  } catch (error) {
    // Only on failure: parse again for structured issues (parseMessage throws a text).
    const parsed = messageSchema.safeParse(body);
    return { ok: false, issues: parsed.success ? [{ code: "custom", path: [], message: (error as Error).message }] : parsed.error.issues };
  }
  const issues = idIssues(message);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, message };
}

/** Reads a JSON body of at most 1 MB; answers 400/413 itself when it cannot. */
function readJson(req: IncomingMessage, res: ServerResponse, then: (body: unknown) => void): void {
  const type = req.headers["content-type"] ?? "";
  if (!/^application\/(.+\+)?json\s*(;|$)/i.test(type)) {
    req.resume();
    invalid(res, [{ code: "custom", path: ["Content-Type"], message: "must be application/json" }]);
    return;
  }
  if (Number(req.headers["content-length"] ?? 0) > bodyLimit) {
    tooLarge(req, res);
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  req.on("data", (chunk: Buffer) => {
    size += chunk.length;
    if (size > bodyLimit) tooLarge(req, res);
    else chunks.push(chunk);
  });
  req.on("end", () => {
    if (size > bodyLimit) return;
    let body: unknown;
    try {
      body = JSON.parse(Buffer.concat(chunks, size).toString("utf8"));
    } catch {
      invalid(res, [{ code: "custom", path: [], message: "the body is not JSON" }]);
      return;
    }
    then(body);
  });
}

function tooLarge(req: IncomingMessage, res: ServerResponse): void {
  if (res.headersSent) return;
  reply(res, 413, '{"error":"too-large"}', { Connection: "close" });
  req.resume();
}

function invalid(res: ServerResponse, issues: readonly unknown[]): void {
  reply(res, 400, JSON.stringify({ error: "invalid", issues }));
}

function reply(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    ...headers,
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
  });
  res.end(body);
}

function integer(value: string | null, fallback: number): number | null {
  if (value === null) return fallback;
  return /^\d{1,15}$/.test(value) ? Number(value) : null;
}
