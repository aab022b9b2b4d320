import assert from "node:assert/strict";
import { test } from "node:test";
import { add, countText, lix, lixOf, MIN_WORDS_PER_TEXT, plainText } from "./lix";

test("LIX is words per sentence plus the share of long words in per cent", () => {
  // 12 words, 2 sentences, 3 long words (jobcentret, kontakte, telefonnummer): 6 + 25.
  const text = "Jobcentret skal kunne kontakte dig. Skriv dit telefonnummer her, eller lad være.";
  assert.deepEqual(countText(text), { words: 12, sentences: 2, longWords: 3 });
  assert.equal(lix(text), 31);
});

test("a long word has more than six letters; digits and signs do not count as letters", () => {
  assert.equal(countText("fravær").longWords, 0);
  assert.equal(countText("fraværet").longWords, 1);
  assert.equal(countText("CPR-nummer").longWords, 1, "a hyphenated word is one word of nine letters");
  assert.deepEqual(countText("2026 37,5 12345678"), { words: 3, sentences: 1, longWords: 0 });
  assert.equal(countText("»sygeplejerske«, (lager)").longWords, 1, "quotes and brackets are not letters");
});

test("punctuation alone is not a word", () => {
  assert.deepEqual(countText("{{from}} – {{to}}"), { words: 2, sentences: 1, longWords: 0 });
  assert.equal(countText("Tidlig opfølgning - fast track").words, 4);
});

test("a sentence ends at . ! ? or : followed by a space or the end", () => {
  assert.equal(countText("Er du sikker? Ja! Så gør vi det. Fejl: noget").sentences, 5, "the open end is the fifth");
  assert.equal(countText("Skriv som navn@eksempel.dk eller ring").sentences, 1, "a dot inside a word ends nothing");
  assert.equal(countText("WCAG 2.1 niveau AA").sentences, 1);
});

test("abbreviations and ordinal numbers do not end a sentence", () => {
  assert.equal(countText("Skriv fx. din e-mail, f.eks. navn@eksempel.dk.").sentences, 1);
  assert.equal(countText("Mødet er kl. 10.00 den 1. december. Kom til tiden.").sentences, 2);
  assert.equal(countText("Prøv nr. 3 igen").sentences, 1);
  assert.equal(countText("Du har 14 dage. Så er det slut.").sentences, 2, "a number's period before a capital ends the sentence");
});

test("a text without a closing mark is one sentence; each paragraph of a list at least one", () => {
  assert.equal(countText("Send kommentar").sentences, 1);
  assert.equal(countText(["Første afsnit", "Andet afsnit. Med to sætninger."]).sentences, 3);
  assert.deepEqual(countText(""), { words: 0, sentences: 0, longWords: 0 });
});

test("an interpolation is one short word, whatever its name", () => {
  assert.equal(plainText("Hej {{name}}, du har {{count}} beskeder"), "Hej x, du har x beskeder");
  assert.deepEqual(countText("{{organisationUnitName}}"), { words: 1, sentences: 1, longWords: 0 });
  assert.deepEqual(countText("Velkommen, {{ name }}."), { words: 2, sentences: 1, longWords: 1 });
});

test("HTML and Trans tags are removed and their content kept", () => {
  assert.equal(plainText("Læs <1>mere her</1> eller <strong>ring</strong><br/>nu").replace(/\s+/g, " ").trim(), "Læs mere her eller ring nu");
  assert.deepEqual(countText("<0>Tilgængelighedserklæring</0>"), { words: 1, sentences: 1, longWords: 1 });
  assert.equal(plainText("a < b og c > d"), "a < b og c > d", "a lone < is not a tag");
});

test("a short text has no LIX of its own; counts still add up for a namespace", () => {
  assert.equal(lix("Tilgængelighedserklæring"), undefined);
  assert.equal(lix("Tilgængelighedserklæring", 1), 101);
  const short = countText("Dine kommentarer");
  const long = countText("Du har ikke skrevet nogen kommentarer til jobcentret endnu, så her er tomt.");
  assert.ok(long.words >= MIN_WORDS_PER_TEXT);
  assert.deepEqual(add(short, long), { words: 15, sentences: 2, longWords: 4 });
  assert.equal(lixOf(add(short, long)), 15 / 2 + (100 * 4) / 15);
  assert.equal(lixOf({ words: 0, sentences: 0, longWords: 0 }), undefined);
});
