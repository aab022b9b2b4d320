import assert from "node:assert/strict";
import { test } from "node:test";
import { birthDateOfCpr, isValidCpr, maskCpr } from "./cpr";

test("the century follows the 7th digit and the year", () => {
  assert.equal(birthDateOfCpr("0101901234")?.toISOString().slice(0, 10), "1990-01-01");
  assert.equal(birthDateOfCpr("010110-4000")?.toISOString().slice(0, 10), "2010-01-01");
  assert.equal(birthDateOfCpr("0101504000")?.toISOString().slice(0, 10), "1950-01-01");
  assert.equal(birthDateOfCpr("0101205000")?.toISOString().slice(0, 10), "2020-01-01");
  assert.equal(birthDateOfCpr("0101705000")?.toISOString().slice(0, 10), "1870-01-01");
  assert.equal(birthDateOfCpr("0101309000")?.toISOString().slice(0, 10), "2030-01-01");
});

test("impossible dates and wrong shapes are invalid; modulus 11 is not required", () => {
  assert.equal(isValidCpr("3102901234"), false);
  assert.equal(isValidCpr("290200-1234"), false); // 7th digit 1 → 1900, which was not a leap year
  assert.equal(isValidCpr("2902001234"), false);
  assert.equal(isValidCpr("2902004234"), true); // 2000 was a leap year
  assert.equal(isValidCpr("12345"), false);
  assert.equal(isValidCpr("01019O1234"), false);
  assert.equal(isValidCpr("0101901235"), true);
});

test("CPR is shown masked", () => {
  assert.equal(maskCpr("0101901234"), "010190-xxxx");
  assert.equal(maskCpr("010190-1234"), "010190-xxxx");
});
