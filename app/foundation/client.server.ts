import { randomUUID } from "node:crypto";
import { env } from "~/utils/env.server";

/**
 * The one way the portal calls the foundation: bearer token, a correlation id that also appears
 * in logs and user-facing error texts, and a timeout so a slow foundation never holds a request.
 */
export async function callFoundation(
  path: string,
  init: RequestInit & { timeoutMs?: number; correlationId?: string } = {},
): Promise<{ response: Response; correlationId: string }> {
  const { FOUNDATION_URL, FOUNDATION_TOKEN } = env();
  const correlationId = init.correlationId ?? randomUUID();
  const headers = new Headers(init.headers);
  headers.set("Authorization", `Bearer ${FOUNDATION_TOKEN}`);
  headers.set("X-Correlation-Id", correlationId);
  const response = await fetch(`${FOUNDATION_URL}${path}`, {
    ...init,
    headers,
    signal: AbortSignal.timeout(init.timeoutMs ?? 5_000),
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
