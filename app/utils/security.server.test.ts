import assert from "node:assert/strict";
import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { test } from "node:test";
import express from "express";
import { parseEnv } from "./env.server";
import { logger } from "./logger.server";
import { formBodiesOnly, formLimits, perRequestIds, sameOriginOnly, securityHeaders } from "./security.server";

/** A server with the portal's middleware; `publicUrl` null: the server's own address is PUBLIC_URL. */
async function serve(publicUrl: string | null, run: (base: string) => Promise<void>) {
  const app = express();
  const server = app.listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const env = parseEnv({ PUBLIC_URL: publicUrl ?? base, SESSION_SECRET: "a-long-secret-for-the-security-tests-0123" });
  app.use(perRequestIds, securityHeaders(env), sameOriginOnly(env), formBodiesOnly);
  // Answers with what the route would get: the checked form body, if any.
  app.all("*", (_req, res) => void res.send(`ok ${(res.locals.formBody as Buffer | undefined)?.length ?? "-"}`));
  try {
    await run(base);
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
  await serve(null, async (base) => {
    const own = { Origin: base };
    assert.equal((await fetch(base, { method: "POST", headers: { ...own, "Content-Type": "application/json" }, body: "{}" })).status, 415);
    assert.equal((await fetch(base, { method: "POST", headers: { ...own, "Content-Type": "application/x-www-form-urlencoded" }, body: "a=1" })).status, 200);
    assert.equal((await fetch(base, { method: "POST", headers: { Origin: "https://evil.example" }, body: "a=1" })).status, 403);
  });
});

const form = (base: string, body: string, type = "application/x-www-form-urlencoded") =>
  fetch(base, { method: "POST", headers: { Origin: base, ...(type ? { "Content-Type": type } : {}) }, body });

test("a form body over the limits answers 413 before any route parses it: repeated keys, one huge field, too many bytes", async () => {
  await serve(null, async (base) => {
    // The shape that froze the portal for 33 s: 60,000 repeated keys, 240 KB.
    const repeated = await form(base, Array.from({ length: 60_000 }, () => "a=1").join("&"));
    assert.equal(repeated.status, 413);
    assert.equal(await repeated.text(), "Payload Too Large");
    assert.equal((await form(base, Array.from({ length: formLimits.maxFields + 1 }, (_, i) => `f${i}=1`).join("&"))).status, 413);
    assert.equal((await form(base, `a=${"x".repeat(formLimits.maxFieldBytes + 1)}`)).status, 413);
    assert.equal((await form(base, `a=${"x".repeat(formLimits.maxBodyBytes)}&b=1`)).status, 413);
    // Streamed without a length, the same limits hold.
    const chunked = await fetch(base, {
      method: "POST",
      headers: { Origin: base, "Content-Type": "application/x-www-form-urlencoded" },
      body: new Blob([Array.from({ length: 20_000 }, () => "a=1").join("&")]).stream(),
      duplex: "half",
    } as RequestInit);
    assert.equal(chunked.status, 413);
    // The largest body allowed reaches the route whole.
    const largest = Array.from({ length: formLimits.maxFields }, (_, i) => `f${i}=${"y".repeat(400)}`).join("&");
    const allowed = await form(base, largest);
    assert.equal(allowed.status, 200);
    assert.equal(await allowed.text(), `ok ${largest.length}`);
  });
});

test("only url-encoded forms are taken: multipart, lists of types and bodies without a type answer 415; no body is an empty form", async () => {
  await serve(null, async (base) => {
    for (const type of ["multipart/form-data", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded, application/json", "text/plain", ""]) {
      assert.equal((await form(base, "a=1", type)).status, 415, JSON.stringify(type));
    }
    assert.equal((await form(base, "a=1", "application/x-www-form-urlencoded; charset=UTF-8")).status, 200);
    const empty = await fetch(base, { method: "POST", headers: { Origin: base } });
    assert.deepEqual([empty.status, await empty.text()], [200, "ok 0"]);
  });
});

test("the CSRF check trusts PUBLIC_URL only, never the request's own Host", async () => {
  await serve("http://localhost:3000", async (base) => {
    // Its own address is not PUBLIC_URL here: a same-host Origin is refused too.
    const sameHost = await fetch(base, { method: "POST", headers: { Origin: base, "Content-Type": "application/x-www-form-urlencoded" }, body: "a=1" });
    assert.equal(sameHost.status, 403);
    const { hostname, port } = new URL(base);
    // A raw request, as fetch will not forge Host: Host and Origin both say evil.example.
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        { hostname, port, method: "POST", path: "/", headers: { Host: "evil.example", Origin: "http://evil.example", "Content-Type": "application/x-www-form-urlencoded", "Content-Length": "3" } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on("error", reject);
      req.end("a=1");
    });
    assert.equal(status, 403);
    const own = await fetch(base, { method: "POST", headers: { Origin: "http://localhost:3000", "Content-Type": "application/x-www-form-urlencoded" }, body: "a=1" });
    assert.equal(own.status, 200);
  });
});

test("log lines written by the code a request reaches carry its request id, also after a form body was read", async () => {
  const app = express();
  const server = app.listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const env = parseEnv({ PUBLIC_URL: base, SESSION_SECRET: "a-long-secret-for-the-security-tests-0123" });
  // A feature function: it knows nothing of requests, and logs after awaiting.
  const feature = async () => {
    await new Promise((r) => setTimeout(r, 5));
    logger.info("feature.done");
  };
  app.use(perRequestIds, securityHeaders(env), sameOriginOnly(env), formBodiesOnly);
  app.all("*", (_req, res, next) => void feature().then(() => res.send("ok"), next));
  const lines: string[] = [];
  const original = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: unknown, ...rest: never[]) =>
    typeof chunk === "string" && chunk.includes('"event":"feature.done"') ? (lines.push(chunk), true) : original(chunk as string, ...rest)) as typeof process.stdout.write;
  const previousLevel = process.env.LOG_LEVEL;
  process.env.LOG_LEVEL = "info";
  try {
    const responses = await Promise.all([
      fetch(base),
      fetch(base, { method: "POST", headers: { Origin: base, "Content-Type": "application/x-www-form-urlencoded" }, body: "a=1" }),
      fetch(`${base}/chunked`, {
        method: "POST",
        headers: { Origin: base, "Content-Type": "application/x-www-form-urlencoded" },
        body: new ReadableStream({ start: (c) => (c.enqueue(new TextEncoder().encode("a=1&b=2")), c.close()) }),
        duplex: "half",
      } as RequestInit),
    ]);
    const ids = responses.map((response) => response.headers.get("X-Request-Id"));
    assert.deepEqual(responses.map((response) => response.status), [200, 200, 200]);
    assert.deepEqual(lines.map((line) => JSON.parse(line).requestId).sort(), [...ids].sort());
  } finally {
    process.stdout.write = original;
    process.env.LOG_LEVEL = previousLevel;
    server.close();
  }
});
