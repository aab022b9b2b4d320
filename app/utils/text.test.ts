import assert from "node:assert/strict";
import { test } from "node:test";
import { isOneLine, joinPlaces } from "./text";

test("issue 19 item 11: a place and its address name the street once", () => {
  assert.equal(joinPlaces("Jobcenter København, Kultorvet 2", "Kultorvet 2, 1175 København K"), "Jobcenter København, Kultorvet 2, 1175 København K");
  assert.equal(joinPlaces("Jobcenter Aarhus", "Værkmestergade 15,  8000 Aarhus C"), "Jobcenter Aarhus, Værkmestergade 15, 8000 Aarhus C");
  assert.equal(joinPlaces("Telefonmøde", null), "Telefonmøde");
  assert.equal(joinPlaces("Lageret, kultorvet 2", "Kultorvet  2"), "Lageret, kultorvet 2");
});

test("a one-line text holds no line break of any kind", () => {
  assert.equal(isOneLine("Kultorvet 2"), true);
  for (const text of ["a\nb", "a\rb", "a\u2028b", "a\u2029b"]) assert.equal(isOneLine(text), false);
});
