/**
 * The full-text query for a name search: every word of the query must begin a word of the name,
 * so "jen han" finds "Jens Hansen" and "Mette Jensen-Hansen". Only letters survive, so nothing a
 * user types can become FTS5 syntax. Null when no word is left.
 */
export function nameMatch(query: string): string | null {
  const words = query.toLocaleLowerCase("da").match(/\p{L}+/gu) ?? [];
  return words.length > 0 ? words.slice(0, 6).map((word) => `"${word}"*`).join(" ") : null;
}
