/**
 * A small in-memory storage adapter for oidc-provider.
 *
 * Behaves like the provider's built-in development adapter (everything is
 * lost on restart) but is our own, so the provider does not print its
 * "development-only in-memory adapter" warning on every start.
 */
import type { Adapter, AdapterPayload } from "./oidc-types";

interface Entry {
  payload: AdapterPayload;
  /** epoch ms, or undefined for no expiry */
  expiresAt: number | undefined;
}

const GRANTABLE = new Set([
  "AccessToken",
  "AuthorizationCode",
  "RefreshToken",
  "DeviceCode",
  "BackchannelAuthenticationRequest",
]);

/** model:id → entry */
const entries = new Map<string, Entry>();
/** grantId → keys of the tokens issued under that grant */
const grantMembers = new Map<string, Set<string>>();
/** session uid → session id */
const sessionUids = new Map<string, string>();
/** user code → device code id */
const userCodes = new Map<string, string>();

function live(key: string): AdapterPayload | undefined {
  const entry = entries.get(key);
  if (!entry) return undefined;
  if (entry.expiresAt !== undefined && entry.expiresAt <= Date.now()) {
    entries.delete(key);
    return undefined;
  }
  return entry.payload;
}

/** Drops expired entries now and then so a long-running stub does not grow. */
const sweeper = setInterval(() => {
  const now = Date.now();
  for (const [key, entry] of entries) {
    if (entry.expiresAt !== undefined && entry.expiresAt <= now) entries.delete(key);
  }
  for (const [grantId, members] of grantMembers) {
    for (const key of members) if (!entries.has(key)) members.delete(key);
    if (members.size === 0) grantMembers.delete(grantId);
  }
  for (const [uid, id] of sessionUids) if (!entries.has(`Session:${id}`)) sessionUids.delete(uid);
  for (const [code, id] of userCodes) if (!entries.has(`DeviceCode:${id}`)) userCodes.delete(code);
}, 60_000);
sweeper.unref();

export class MemoryAdapter implements Adapter {
  readonly model: string;

  constructor(model: string) {
    this.model = model;
  }

  private key(id: string): string {
    return `${this.model}:${id}`;
  }

  async upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void> {
    const key = this.key(id);
    entries.set(key, {
      payload,
      expiresAt: typeof expiresIn === "number" ? Date.now() + expiresIn * 1000 : undefined,
    });
    if (this.model === "Session" && typeof payload.uid === "string") {
      sessionUids.set(payload.uid, id);
    }
    if (typeof payload.userCode === "string") {
      userCodes.set(payload.userCode, id);
    }
    if (GRANTABLE.has(this.model) && typeof payload.grantId === "string") {
      const members = grantMembers.get(payload.grantId) ?? new Set<string>();
      members.add(key);
      grantMembers.set(payload.grantId, members);
    }
  }

  async find(id: string): Promise<AdapterPayload | undefined> {
    return live(this.key(id));
  }

  async findByUid(uid: string): Promise<AdapterPayload | undefined> {
    const id = sessionUids.get(uid);
    return id === undefined ? undefined : this.find(id);
  }

  async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
    const id = userCodes.get(userCode);
    return id === undefined ? undefined : this.find(id);
  }

  async consume(id: string): Promise<void> {
    const payload = live(this.key(id));
    if (payload) payload.consumed = Math.floor(Date.now() / 1000);
  }

  async destroy(id: string): Promise<void> {
    const key = this.key(id);
    const payload = entries.get(key)?.payload;
    entries.delete(key);
    if (payload && typeof payload.uid === "string" && sessionUids.get(payload.uid) === id) {
      sessionUids.delete(payload.uid);
    }
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    const members = grantMembers.get(grantId);
    if (!members) return;
    for (const key of members) entries.delete(key);
    grantMembers.delete(grantId);
  }
}
