import { AsyncLocalStorage } from "node:async_hooks";

/** What the portal knows of the request a piece of code runs for. */
export type RequestContext = { requestId: string };

// One store for the whole process. The server (run from source through tsx) and the Remix build
// (bundled) each load their own copy of this module, so a module-level store would be two: the
// middleware would start a context the loaders never see. The global registry shares one.
const key = Symbol.for("jobportal.request-context");
const registry = globalThis as typeof globalThis & { [key]?: AsyncLocalStorage<RequestContext> };
const storage: AsyncLocalStorage<RequestContext> = (registry[key] ??= new AsyncLocalStorage<RequestContext>());

/**
 * Runs `fn` as part of the request `requestId`: whatever it calls, synchronously or later through
 * promises and timers, finds the id with `currentRequestId()` (the logger adds it to every line).
 */
export function runInRequest<T>(requestId: string, fn: () => T): T {
  return storage.run({ requestId }, fn);
}

/** The id of the request the caller runs for, or undefined outside a request (start-up, background work). */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
