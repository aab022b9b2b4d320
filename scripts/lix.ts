/**
 * LIX (læsbarhedsindeks, Björnsson 1968) for the portal's Danish texts:
 *
 *   LIX = words / sentences + 100 × long words / words
 *
 * How a locale text is counted:
 * - **Markup is read as the person reads it.** HTML and react-i18next `<Trans>` tags (`<1>`,
 *   `</1>`, `<strong>`, `<br/>`) are removed and their content kept.
 * - **An interpolation is one short word.** `{{date}}`, `{{name}}`, `{{count}}` become a date, a
 *   name, a number: one thing the reader takes in as a unit, so it adds to the sentence's length
 *   but never counts as a long word (its formatted value is not in the file to count).
 * - **A word** is a run of characters between spaces that holds a letter or a digit; punctuation
 *   around it is not part of it, a hyphen inside it is ("CPR-nummer" is one word, as in print).
 *   Quotation marks, dashes and a lone "§" or "–" are not words.
 * - **A long word** has more than 6 letters (digits and signs do not count: "2026" and "37,5" are
 *   short words, "sikringsniveau" is long).
 * - **A sentence** ends at ".", "!", "?" or ":" followed by a space or the end of the text, except
 *   after a known abbreviation ("fx", "nr.", "kl.", "f.eks." …) and a number's period before a
 *   lowercase word ("1. december"). A text with words and no closing mark (a label, a heading) is
 *   one sentence; each item of a list text (a page's paragraphs) is at least one sentence.
 * - **Short texts have no LIX of their own.** A label of one to a few words scores anything from
 *   1 to 101 and says nothing about how hard it is to read; `scoreText` gives every text its
 *   counts, and the check scores a text alone only from `MIN_WORDS_PER_TEXT` words. Every text,
 *   short or long, counts in its namespace's LIX, which is computed over the namespace's summed
 *   words, sentences and long words (not an average of the texts' scores).
 */

export type Counts = { words: number; sentences: number; longWords: number };

/** Texts with fewer words than this get no LIX of their own (they still count in the namespace). */
export const MIN_WORDS_PER_TEXT = 10;

/** Abbreviations whose closing period does not end a sentence (lowercase, without that period). */
const ABBREVIATIONS = new Set([
  "fx", "f.eks", "bl.a", "nr", "kl", "ca", "jf", "evt", "dvs", "mv", "osv", "inkl", "ekskl", "mht", "pga", "vedr", "tlf",
  "stk", "pkt", "mio", "mia", "jan", "feb", "aug", "sep", "sept", "okt", "nov", "dec", "e.g", "i.e", "etc",
]);

const LETTER = /\p{L}/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const LONG_WORD_LETTERS = 6;

/** The text as a reader sees it: no tags, each interpolation a one-letter word. */
export function plainText(text: string): string {
  return text
    .replace(/<\/?[A-Za-z0-9]+(?:\s[^<>]*)?\/?>/g, " ")
    .replace(/\{\{[^{}]*\}\}/g, "x")
    .replace(/\$t\([^()]*\)/g, "x");
}

function letters(token: string): number {
  return token.match(LETTER)?.length ?? 0;
}

/** Strips quotes, brackets and closing punctuation around a token, keeping inner hyphens and dots. */
function core(token: string): string {
  return token.replace(/^[^\p{L}\p{N}§]+/u, "").replace(/[^\p{L}\p{N}]+$/u, "");
}

function endsSentence(token: string, next: string | undefined): boolean {
  const mark = /[.!?:]["'»”)\]]*$/.exec(token);
  if (!mark) return false;
  if (!mark[0].startsWith(".")) return true;
  const bare = core(token).toLowerCase();
  if (ABBREVIATIONS.has(bare)) return false;
  // "1. december", "§ 20. stk." read on: a number's period before a lowercase word is an ordinal.
  if (/^\p{N}+$/u.test(bare) && next !== undefined && /^\p{Ll}/u.test(next)) return false;
  return true;
}

/** Words, sentences and long words of one text (a string or a list of paragraphs). */
export function countText(text: string | readonly string[]): Counts {
  const parts = typeof text === "string" ? [text] : text;
  const total: Counts = { words: 0, sentences: 0, longWords: 0 };
  for (const part of parts) {
    const tokens = plainText(part).split(/\s+/).filter((t) => WORD_CHAR.test(t));
    let open = false;
    tokens.forEach((token, i) => {
      total.words += 1;
      if (letters(core(token)) > LONG_WORD_LETTERS) total.longWords += 1;
      open = true;
      if (endsSentence(token, tokens[i + 1])) {
        total.sentences += 1;
        open = false;
      }
    });
    if (open) total.sentences += 1;
  }
  return total;
}

export function add(a: Counts, b: Counts): Counts {
  return { words: a.words + b.words, sentences: a.sentences + b.sentences, longWords: a.longWords + b.longWords };
}

/** LIX of counts, or undefined when there are no words. */
export function lixOf(counts: Counts): number | undefined {
  if (counts.words === 0 || counts.sentences === 0) return undefined;
  return counts.words / counts.sentences + (100 * counts.longWords) / counts.words;
}

/** LIX of one text; undefined when it has fewer than `minWords` words. */
export function lix(text: string | readonly string[], minWords = MIN_WORDS_PER_TEXT): number | undefined {
  const counts = countText(text);
  return counts.words < minWords ? undefined : lixOf(counts);
}
