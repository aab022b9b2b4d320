import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { citizenNoticeKinds, staffNoticeKinds } from "./sync-notices";

const text = (lng: string, file: string, key: string): unknown =>
  key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), JSON.parse(readFileSync(`public/locales/${lng}/${file}.json`, "utf8")));

test("every refusal notice the pages explain has its text in Danish and English", () => {
  for (const lng of ["da", "en"]) {
    for (const kind of citizenNoticeKinds) assert.equal(typeof text(lng, "common", `citizen.notices.${kind}`), "string", `${lng} citizen ${kind}`);
    for (const kind of staffNoticeKinds) assert.equal(typeof text(lng, "staff", `notices.${kind}`), "string", `${lng} staff ${kind}`);
  }
});
