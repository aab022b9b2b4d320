import assert from "node:assert/strict";
import { test } from "node:test";
import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { DataTable } from "./DataTable";

const head = h("tr", null, h("th", { scope: "col" }, "Type"), h("th", { scope: "col" }, "Periode"));
const rows = [h("tr", { key: "1" }, h("th", { scope: "row" }, "Ferie"), h("td", null, "1. december 2026"))];

test("on a narrow screen a table is a list: each cell carries its column's heading", () => {
  const html = renderToStaticMarkup(h(DataTable, { caption: "Fravær", head, children: rows }));
  assert.match(html, /class="table table--responsive-headers"/);
  assert.match(html, /<th scope="row" data-title="Type">Ferie<\/th>/);
  assert.match(html, /<td data-title="Periode">1\. december 2026<\/td>/);
});

test("a table that scrolls on its own keeps its cells as they are", () => {
  const html = renderToStaticMarkup(h(DataTable, { caption: "Fravær", head, narrow: "scroll", children: rows }));
  assert.match(html, /^<div class="table--responsive-scroll">/);
  assert.doesNotMatch(html, /data-title/);
});
