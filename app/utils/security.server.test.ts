import assert from "node:assert/strict";
import type { AddressInfo } from "node:net";
import { test } from "node:test";
import express from "express";
import { parseEnv } from "./env.server";
import { formBodiesOnly, perRequestIds, sameOriginOnly, securityHeaders } from "./security.server";

async function serve(publicUrl: string, run: (base: string) => Promise<void>) {
  const env = parseEnv({ PUBLIC_URL: publicUrl, SESSION_SECRET: "a-long-secret-for-the-security-tests-0123" });
  const app = express();
  app.use(perRequestIds, securityHeaders(env), sameOriginOnly(env), formBodiesOnly);
  app.all("*", (_req, res) => void res.send("ok"));
  const server = app.listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  try {
    await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    server.close();
  }
}

test("HSTS is sent when the portal is served over HTTPS, and never over plain HTTP", async () => {
  await serve("https://jobportal.example", async (base) => {
    const hsts = (await fetch(base)).headers.get("strict-transport-security");
    assert.match(hsts ?? "", /max-age=(\d+); includeSubDomains/);
    assert.ok(Number(/max-age=(\d+)/.exec(hsts!)![1]) >= 31536000);
  });
  await serve("http://localhost:3000", async (base) => {
    assert.equal((await fetch(base)).headers.get("strict-transport-security"), null);
  });
});

test("a non-form body answers 415, and a foreign origin 403", async () => {
  await serve("http://localhost:3000", async (base) => {
    const own = { Origin: base };
    assert.equal((await fetch(base, { method: "POST", headers: { ...own, "Content-Type": "application/json" }, body: "{}" })).status, 415);
    assert.equal((await fetch(base, { method: "POST", headers: { ...own, "Content-Type": "application/x-www-form-urlencoded" }, body: "a=1" })).status, 200);
    assert.equal((await fetch(base, { method: "POST", headers: { Origin: "https://evil.example" }, body: "a=1" })).status, 403);
  });
});
