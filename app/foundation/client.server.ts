import { randomUUID } from "node:crypto";
import { env } from "~/utils/env.server";

export type FoundationEndpoint = { url: string; token: string };

export const configuredEndpoint = (): FoundationEndpoint => ({ url: env().FOUNDATION_URL, token: env().FOUNDATION_TOKEN });

/**
 * The one way the portal calls the foundation: bearer token, a correlation id that also appears
 * in logs and user-facing error texts, and a timeout so a slow foundation never holds anything.
 */
export async function callFoundation(
  path: string,
  init: RequestInit & { timeoutMs?: number; correlationId?: string; endpoint?: FoundationEndpoint } = {},
): Promise<{ response: Response; correlationId: string }> {
  const { url, token } = init.endpoint ?? configuredEndpoint();
  const correlationId = init.correlationId ?? randomUUID();
  const headers = new Headers(init.headers);
  headers.set("Authorization", `Bearer ${token}`);
  headers.set("X-Correlation-Id", correlationId);
  const response = await fetch(`${url}${path}`, {
    ...init,
    headers,
    signal: AbortSignal.timeout(init.timeoutMs ?? 10_000),
  });
  return { response, correlationId };
}

/** Whether the foundation answers at all; used by the portal's health report. */
export async function foundationReachable(): Promise<boolean> {
  try {
    const { response } = await callFoundation("/healthz", { timeoutMs: 1_000 });
    return response.ok;
  } catch {
    return false;
  }
}
