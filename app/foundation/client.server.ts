import { randomUUID } from "node:crypto";
import http from "node:http";
import https from "node:https";
import { env } from "~/utils/env.server";

export type FoundationEndpoint = { url: string; token: string };

export const configuredEndpoint = (): FoundationEndpoint => ({ url: env().FOUNDATION_URL, token: env().FOUNDATION_TOKEN });

export type FoundationResponse = {
  status: number;
  ok: boolean;
  header: (name: string) => string | null;
  /** The parsed JSON body, or null when there is none or it is not JSON */
  body: unknown;
};

// Kept-alive connections: the sync worker sends thousands of small requests, and Node 20's fetch
// costs about three times the CPU per request of node:http (measured in bench/sync.ts).
const agents = {
  "http:": new http.Agent({ keepAlive: true, maxSockets: 64 }),
  "https:": new https.Agent({ keepAlive: true, maxSockets: 64 }),
};

/**
 * The one way the portal calls the foundation: bearer token, a correlation id that also appears
 * in logs and user-facing error texts, and a timeout so a slow foundation never holds anything.
 */
export function callFoundation(
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string; timeoutMs?: number; correlationId?: string; endpoint?: FoundationEndpoint } = {},
): Promise<{ response: FoundationResponse; correlationId: string }> {
  const { url, token } = init.endpoint ?? configuredEndpoint();
  const correlationId = init.correlationId ?? randomUUID();
  const target = new URL(`${url}${path}`);
  const transport = target.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = transport.request(
      target,
      {
        method: init.method ?? "GET",
        agent: agents[target.protocol as "http:" | "https:"],
        timeout: init.timeoutMs ?? 10_000,
        headers: {
          ...init.headers,
          Authorization: `Bearer ${token}`,
          "X-Correlation-Id": correlationId,
          ...(init.body ? { "Content-Length": String(Buffer.byteLength(init.body)) } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("error", reject);
        res.on("end", () => {
          let body: unknown = null;
          try {
            body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : null;
          } catch {
            body = null;
          }
          const status = res.statusCode ?? 0;
          resolve({
            correlationId,
            response: {
              status,
              ok: status >= 200 && status < 300,
              header: (name) => {
                const value = res.headers[name.toLowerCase()];
                return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
              },
              body,
            },
          });
        });
      },
    );
    request.on("timeout", () => request.destroy(new Error("foundation request timed out")));
    request.on("error", reject);
    request.end(init.body);
  });
}

/**
 * Whether the foundation's API answers the portal (its feed, with the portal's token); used by
 * the health report. Its `/healthz` can answer while `/v1` is down, so that is not asked.
 */
export async function foundationReachable(endpoint?: FoundationEndpoint): Promise<boolean> {
  try {
    const { response } = await callFoundation("/v1/feed?after=0&limit=1", { method: "HEAD", timeoutMs: 1_000, endpoint });
    return response.ok;
  } catch {
    return false;
  }
}
