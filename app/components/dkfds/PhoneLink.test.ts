import assert from "node:assert/strict";
import { test } from "node:test";
import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { phoneParts, TextWithPhones } from "./PhoneLink";

test("a Danish number is shown in pairs and dialled with +45", () => {
  assert.deepEqual(phoneParts("12345678"), { shown: "+45 12 34 56 78", dial: "+4512345678" });
  assert.deepEqual(phoneParts("+45 12 34 56 78"), { shown: "+45 12 34 56 78", dial: "+4512345678" });
  assert.deepEqual(phoneParts("0045 1234 5678"), { shown: "+45 12 34 56 78", dial: "+4512345678" });
});

test("another number is shown as written and dialled without spaces", () => {
  assert.deepEqual(phoneParts("+46 8 123 456 78"), { shown: "+46 8 123 456 78", dial: "+46812345678" });
});

test("phone numbers in free text become links as they were written, the rest stays text", () => {
  const html = renderToStaticMarkup(h(TextWithPhones, { text: "Ring til Jobcenter København på 33 17 33 17, hvis du er forhindret." }));
  assert.equal(html, 'Ring til Jobcenter København på <a href="tel:+4533173317">33 17 33 17</a>, hvis du er forhindret.');
});
