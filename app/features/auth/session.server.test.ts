import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { eq } from "drizzle-orm";

// Served over HTTPS, as in production; each test file runs in its own process, so this sticks.
const dataDir = mkdtempSync(join(tmpdir(), "sessions-"));
Object.assign(process.env, {
  PUBLIC_URL: "https://jobportal.example",
  SESSION_SECRET: "a-long-secret-for-the-session-tests-0123456789",
  DATA_DIR: dataDir,
  SESSION_IDLE_CITIZEN_SECONDS: "900",
  SESSION_ABSOLUTE_CITIZEN_SECONDS: "28800",
  LOG_LEVEL: "error",
});

const { migrateStore } = await import("../../../db/migrate");
const { sessions, staffUsers } = await import("../../../db/schema");
const { store, closeStore } = await import("~/utils/store.server");
const { readSession, requireSession, startSession } = await import("./session.server");

migrateStore(store());
after(() => closeStore());

const cookieOf = (setCookie: string) => setCookie.split(";")[0]!;
const requestWith = (cookie: string, path = "/borger") => new Request(`https://jobportal.example${path}`, { headers: { Cookie: cookie } });

test("the session cookie is __Host-, Secure, HttpOnly, SameSite=Lax, Path=/, no Domain, and carries ≥128 bits", async () => {
  const setCookie = await startSession(new Request("https://jobportal.example/"), { audience: "citizen", subjectId: "c1", displayName: "A" });
  assert.match(setCookie, /^__Host-jp-session=/);
  for (const flag of ["Secure", "HttpOnly", "SameSite=Lax", "Path=/"]) assert.ok(setCookie.includes(flag), flag);
  assert.doesNotMatch(setCookie, /Domain=/i);
  // The cookie value is Remix's encoding of the id (URL-encoded base64 of its JSON, unsigned):
  // undo that to reach the session id itself, and check it is the one the store knows.
  const raw = decodeURIComponent(cookieOf(setCookie).slice("__Host-jp-session=".length));
  const id: unknown = JSON.parse(Buffer.from(raw, "base64").toString("utf8"));
  assert.equal(typeof id, "string");
  const stored = store().select({ subjectId: sessions.subjectId }).from(sessions).where(eq(sessions.idHash, createHash("sha256").update(id as string).digest("hex"))).get();
  assert.equal(stored?.subjectId, "c1", "the decoded value is the session's id");
  assert.match(id as string, /^[A-Za-z0-9_-]+$/, "a base64url id");
  const bytes = Buffer.from(id as string, "base64url");
  assert.equal(bytes.toString("base64url"), id, "the id is exactly base64url of its bytes");
  assert.ok(bytes.length >= 16, `the id carries ${bytes.length * 8} bits, fewer than 128`);
});

test("a new login ends the session the browser brought and issues a new id", async () => {
  const first = cookieOf(await startSession(new Request("https://jobportal.example/"), { audience: "citizen", subjectId: "c2", displayName: "B" }));
  const second = cookieOf(await startSession(requestWith(first), { audience: "citizen", subjectId: "c2", displayName: "B" }));
  assert.notEqual(first, second);
  assert.equal(await readSession(requestWith(first)), null);
  assert.equal((await readSession(requestWith(second)))?.subjectId, "c2");
});

test("the absolute lifetime ends a session even while it is used", async () => {
  const start = new Date("2026-11-23T08:00:00Z");
  const cookie = cookieOf(await startSession(new Request("https://jobportal.example/"), { audience: "citizen", subjectId: "c3", displayName: "C" }, start));
  // A request every 10 minutes keeps it from going idle …
  let now = start;
  for (let i = 0; i < 47; i++) {
    now = new Date(now.getTime() + 10 * 60_000);
    assert.ok(await readSession(requestWith(cookie), now), `alive at ${now.toISOString()}`);
  }
  // … but 8 hours after the login it is over.
  now = new Date(start.getTime() + 8 * 3600_000 + 1000);
  assert.equal(await readSession(requestWith(cookie), now), null);
});

test("an idle session ends on the server", async () => {
  const start = new Date("2026-11-23T08:00:00Z");
  const cookie = cookieOf(await startSession(new Request("https://jobportal.example/"), { audience: "citizen", subjectId: "c4", displayName: "D" }, start));
  assert.equal(await readSession(requestWith(cookie), new Date(start.getTime() + 901_000)), null);
});

test("taking the staff role away applies on the next request", async () => {
  store().insert(staffUsers).values({ id: "s1", cvr: "64942212", rid: "1", name: "S", municipality: "K", municipalityCode: "101" }).run();
  const cookie = cookieOf(await startSession(new Request("https://jobportal.example/"), { audience: "staff", subjectId: "s1", displayName: "S" }));
  assert.equal((await requireSession(requestWith(cookie, "/medarbejder"), "staff")).subjectId, "s1");
  store().update(staffUsers).set({ active: false }).run();
  await assert.rejects(requireSession(requestWith(cookie, "/medarbejder"), "staff"), (error: Response) => error.status === 404);
});
