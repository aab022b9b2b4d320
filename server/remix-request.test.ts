import assert from "node:assert/strict";
import type { AddressInfo } from "node:net";
import { test } from "node:test";
import express from "express";
import { formBodiesOnly } from "../app/utils/security.server";
import { remixRequest, sendRemixResponse } from "./remix-request";

test("the request Remix sees carries the checked form, the full URL and the headers; its answer is sent as it is", async () => {
  const app = express();
  // As noStore does for every response.
  app.use((_req, res, next) => (res.setHeader("Cache-Control", "no-store"), next()));
  app.use(formBodiesOnly);
  app.all("*", (req, res, next) => {
    const request = remixRequest(req, res);
    const read = request.method === "POST" ? request.formData() : Promise.resolve(null);
    read
      .then((form) =>
        sendRemixResponse(
          res,
          Response.json(
            { url: request.url, method: request.method, lng: request.headers.get("accept-language"), form: form ? [...form.entries()] : null },
            { status: 201, headers: [["X-Answer", "yes"], ["Cache-Control", "private, no-store"], ["Set-Cookie", "a=1"], ["Set-Cookie", "b=2"]] },
          ),
        ),
      )
      .catch(next);
  });
  const server = app.listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const posted = await fetch(`${base}/borger/samtykke?x=1`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "Accept-Language": "da" },
      body: "fetch=ja&share=nej&tekst=%C3%A6%C3%B8%C3%A5",
    });
    assert.equal(posted.status, 201);
    assert.equal(posted.headers.get("x-answer"), "yes");
    // One Cache-Control, the route's (the .ics download once sent two); both cookies.
    assert.equal(posted.headers.get("cache-control"), "private, no-store");
    assert.deepEqual(posted.headers.getSetCookie(), ["a=1", "b=2"]);
    assert.deepEqual(await posted.json(), {
      url: `${base}/borger/samtykke?x=1`,
      method: "POST",
      lng: "da",
      form: [
        ["fetch", "ja"],
        ["share", "nej"],
        ["tekst", "æøå"],
      ],
    });
    // fetch sends Accept-Language: * of its own.
    const got = (await (await fetch(`${base}/job?q=lager`)).json()) as { url: string; form: unknown };
    assert.deepEqual(got, { url: `${base}/job?q=lager`, method: "GET", lng: "*", form: null });
  } finally {
    server.close();
  }
});
