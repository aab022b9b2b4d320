/**
 * Whether a one-line text holds no line break. An `<input>` never sends one, so a line break in a
 * title, a name or an address comes from a forged request, and would break every place the text
 * is shown on one line (a list, a calendar file, a receipt). Multi-line fields (`<textarea>`)
 * keep their line breaks.
 */
export function isOneLine(value: string): boolean {
  return !/[\r\n\u2028\u2029]/.test(value);
}

/**
 * A place and its address on one line, each part once: "Jobcenter København, Kultorvet 2" and
 * "Kultorvet 2, 1175 København K" make "Jobcenter København, Kultorvet 2, 1175 København K", not
 * the street twice. Parts are the comma-separated pieces, compared without case or extra spaces.
 */
export function joinPlaces(...places: (string | null | undefined)[]): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const part of places.flatMap((place) => (place ?? "").split(","))) {
    const trimmed = part.trim();
    const key = trimmed.toLocaleLowerCase("da").replace(/\s+/g, " ");
    if (!trimmed || seen.has(key)) continue;
    seen.add(key);
    parts.push(trimmed);
  }
  return parts.join(", ");
}
