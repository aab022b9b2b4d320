import assert from "node:assert/strict";
import { test } from "node:test";
import { municipalities, postalCodes } from "../../../db/seed/places";
import { findPlace, placeKey, type PlaceLists } from "./place";

// The seed's own lists, as the store holds them.
const lists: PlaceLists = {
  postalCodes: postalCodes.map(([code, town, municipalityCode]) => ({ code, town, municipalityCode })),
  municipalities: municipalities.map(([code, name]) => ({ code, name })),
};
const postcodes = (input: string) => findPlace(input, lists)?.postcodes ?? null;
const aarhusMunicipality = postalCodes.filter(([, , m]) => m === "751").map(([code]) => code);

test("a town covers its postal districts and the municipality of its name, whatever the case", () => {
  const aarhus = postcodes("aarhus");
  assert.deepEqual(aarhus, aarhusMunicipality);
  for (const code of ["8000", "8200", "8210", "8260"]) assert.ok(aarhus?.includes(code), code);
  assert.ok(!aarhus?.includes("8700"), "Horsens is not Aarhus");
  assert.deepEqual(postcodes("AARHUS"), aarhus);
  assert.deepEqual(postcodes("  Aarhus  "), aarhus);
  // Århus is the old spelling: "aa" and "å" are the same letter.
  assert.deepEqual(postcodes("Århus"), aarhus);
  assert.deepEqual(findPlace("Aarhus", lists)?.municipalities, ["751"]);
});

test("a postal district is that district only; a town that is no municipality is its own postal codes", () => {
  assert.deepEqual(postcodes("Aarhus C"), ["8000"]);
  assert.deepEqual(postcodes("aarhus n"), ["8200"]);
  assert.deepEqual(postcodes("Viby J"), ["8260"]);
  assert.deepEqual(postcodes("Kastrup"), ["2770"]);
  assert.deepEqual(postcodes("Aalborg"), ["9000", "9200", "9210", "9220", "9400"]);
  // The letters after a name are a district; a longer word is another town.
  assert.deepEqual(postcodes("Nykøbing"), ["4500", "4800", "7900"]);
  assert.deepEqual(postcodes("Nykøbing Sj."), ["4500"]);
  assert.deepEqual(postcodes("Brøndby"), ["2605", "2660"], "the municipality Brøndby, with Brøndby Strand in it");
  assert.deepEqual(postcodes("Ringe"), ["5750"], "a town, not the whole of Faaborg-Midtfyn");
});

test("a postal code is that code, also written with its town; an unknown code is no place", () => {
  assert.deepEqual(postcodes("8000"), ["8000"]);
  assert.deepEqual(postcodes("2300"), ["2300"]);
  assert.deepEqual(postcodes("8000 Aarhus C"), ["8000"]);
  assert.equal(postcodes("0000"), null);
  assert.equal(postcodes("12345"), null);
});

test("a municipality by its code (with or without DAWA's leading 0) or by its name with Kommune", () => {
  assert.deepEqual(postcodes("751"), aarhusMunicipality);
  assert.deepEqual(postcodes("0751"), aarhusMunicipality);
  assert.deepEqual(postcodes("Aarhus Kommune"), aarhusMunicipality);
  assert.deepEqual(postcodes("aarhus kommune"), aarhusMunicipality);
  const copenhagen = postcodes("101");
  assert.ok(copenhagen?.includes("2300") && copenhagen.includes("1620") && !copenhagen.includes("2000"), "Frederiksberg is its own municipality");
  assert.deepEqual(postcodes("Københavns Kommune"), copenhagen);
  assert.deepEqual(postcodes("København"), copenhagen);
  assert.deepEqual(postcodes("Lyngby-Taarbæk Kommune"), ["2800"]);
  assert.equal(postcodes("999"), null, "no municipality has the code");
  assert.equal(postcodes("Kastrup Kommune"), null, "a town is no municipality");
});

test("an unknown place or a blank one is no place", () => {
  assert.equal(findPlace("Xyzby", lists), null);
  assert.equal(findPlace("Aarhusby", lists), null);
  assert.equal(findPlace("", lists), null);
  assert.equal(findPlace("   ", lists), null);
  assert.equal(findPlace(" Kommune", lists), null);
});

test("names are compared in lower case, without full stops and with aa as å", () => {
  assert.equal(placeKey("  Nykøbing   Sj. "), "nykøbing sj");
  assert.equal(placeKey("AABENRAA"), "åbenrå");
});
