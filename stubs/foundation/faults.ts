/**
 * Test controls that make the foundation misbehave: down, slow, failing, dropping the connection
 * after a commit, refusing a message type, and a feed that repeats and reorders. Set with
 * `POST /_test/faults` (only when FOUNDATION_TEST_CONTROLS=1); kept in memory, cleared on reset.
 */
import type { ServerResponse } from "node:http";
import * as z from "zod";
import { messageTypes } from "../../app/foundation/contract";

const rate = z.number().min(0).max(1);

export const faultsSchema = z.strictObject({
  /** Every `/v1/*` request fails at the connection; `/healthz` and `/_test/*` keep working. */
  down: z.boolean().default(false),
  /** Every `/v1/*` request waits this long before it is handled. */
  delayMs: z.number().int().min(0).max(120_000).default(0),
  /** Share of `/v1/*` requests answered 503 (or now and then 429), both with `Retry-After: 1`, without applying. */
  failRate: rate.default(0),
  /** Share of messages applied and committed whose socket is then destroyed without an answer. */
  dropAfterCommitRate: rate.default(0),
  /** Message types refused with 422 `refused-by-test-control` (the answer is stored under the key). */
  refuseTypes: z.array(z.enum(messageTypes as [string, ...string[]])).default([]),
  /** Feed pages return their items repeated and shuffled. */
  feedChaos: z.boolean().default(false),
});

export type Faults = z.infer<typeof faultsSchema>;

/**
 * Faults for the messages about one aggregate or one person only, so a test can slow or refuse its
 * own changes while tests beside it run undisturbed. `target` is an aggregate id or a CPR number
 * (matched against the message's `data.cpr`). Set with `POST /_test/targeted-faults`; a target with
 * no refused types and no delay is removed.
 */
export const targetedFaultSchema = z.strictObject({
  target: z.string().min(1).max(100),
  delayMs: z.number().int().min(0).max(120_000).default(0),
  refuseTypes: z.array(z.enum(messageTypes as [string, ...string[]])).default([]),
});

export type TargetedFault = z.infer<typeof targetedFaultSchema>;

/** What a message is about, as targeted faults match it. */
export type MessageTarget = { type: string; aggregateId: string; cpr: string | null };

export function createFaults() {
  let current: Faults = faultsSchema.parse({});
  let refused = new Set<string>();
  const targeted = new Map<string, TargetedFault>();
  const targetedFor = (message: MessageTarget): TargetedFault[] =>
    [targeted.get(message.aggregateId), message.cpr === null ? undefined : targeted.get(message.cpr)].filter((f) => f !== undefined);

  const set = (next: Faults) => {
    current = next;
    refused = new Set(next.refuseTypes);
  };

  /** Transient failures: after authentication, before anything is read or written. */
  const fail = (res: ServerResponse): boolean => {
    if (current.failRate === 0 || Math.random() >= current.failRate) return false;
    const status = Math.random() < 0.25 ? 429 : 503;
    const body = JSON.stringify({ error: status === 429 ? "too-many-requests" : "unavailable" });
    res.writeHead(status, {
      "Retry-After": "1",
      "Content-Type": "application/json; charset=utf-8",
      "Content-Length": Buffer.byteLength(body),
    });
    res.end(body);
    return true;
  };

  return {
    get: (): Faults & { targeted: TargetedFault[] } => ({ ...current, targeted: [...targeted.values()] }),
    set,
    setTargeted: (fault: TargetedFault) => {
      if (fault.delayMs === 0 && fault.refuseTypes.length === 0) targeted.delete(fault.target);
      else targeted.set(fault.target, fault);
    },
    clear: () => {
      set(faultsSchema.parse({}));
      targeted.clear();
    },
    down: (): boolean => current.down,
    delayMs: (): number => current.delayMs,
    fail,
    /** Whether the message is refused by the test controls: by its type, everywhere or for its target. */
    refuses: (message: MessageTarget): boolean =>
      refused.has(message.type) || targetedFor(message).some((f) => f.refuseTypes.includes(message.type)),
    /** How long a message waits for its target's delay (the global delay came before the body was read). */
    targetedDelayMs: (message: MessageTarget): number => Math.max(0, ...targetedFor(message).map((f) => f.delayMs)),
    dropAfterCommit: (): boolean => current.dropAfterCommitRate > 0 && Math.random() < current.dropAfterCommitRate,
    feedChaos: (): boolean => current.feedChaos,
  };
}

export type FaultControls = ReturnType<typeof createFaults>;
