import assert from "node:assert/strict";
import { test } from "node:test";
import { identities } from "../../stubs/mitid/identities";
import { places } from "./job-orders";
import { municipalities, postalCodes } from "./places";

const municipalityCodes = new Set(municipalities.map(([code]) => code));

test("the 98 municipalities have unique three-digit codes and unique names", () => {
  assert.equal(municipalities.length, 98);
  assert.equal(municipalityCodes.size, 98);
  assert.equal(new Set(municipalities.map(([, name]) => name)).size, 98);
  for (const [code, name] of municipalities) {
    assert.match(code, /^[1-8]\d{2}$/, code);
    assert.ok(name.trim() === name && name.length > 1, code);
  }
});

test("postal codes are unique, four digits, each with a town and a municipality of the list; every municipality has one", () => {
  assert.equal(new Set(postalCodes.map(([code]) => code)).size, postalCodes.length);
  for (const [code, town, municipality] of postalCodes) {
    assert.match(code, /^[1-9]\d{3}$/, code);
    assert.ok(town.trim() === town && town.length > 1, code);
    assert.ok(municipalityCodes.has(municipality), `${code}: municipality ${municipality}`);
  }
  const withPostalCode = new Set(postalCodes.map(([, , municipality]) => municipality));
  assert.deepEqual([...municipalityCodes].filter((code) => !withPostalCode.has(code)), []);
});

test("every place of the demo and benchmark orders is in the lists, with its town and municipality", () => {
  for (const place of places) {
    const found = postalCodes.find(([code]) => code === place.postcode);
    assert.deepEqual(found, [place.postcode, place.city, place.municipalityCode], place.postcode);
  }
});

test("the test identities' municipalities are in the list", () => {
  for (const identity of identities) {
    const code = "municipalityCode" in identity ? identity.municipalityCode : undefined;
    if (code) assert.ok(municipalityCodes.has(code), `${identity.id}: ${code}`);
  }
});
