/**
 * Whether a one-line text holds no line break. An `<input>` never sends one, so a line break in a
 * title, a name or an address comes from a forged request, and would break every place the text
 * is shown on one line (a list, a calendar file, a receipt). Multi-line fields (`<textarea>`)
 * keep their line breaks.
 */
export function isOneLine(value: string): boolean {
  return !/[\r\n\u2028\u2029]/.test(value);
}
