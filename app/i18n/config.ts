export const supportedLanguages = ["da", "en"] as const;
export type Language = (typeof supportedLanguages)[number];
export const fallbackLanguage: Language = "da";
export const defaultNamespace = "common";

export function isLanguage(value: unknown): value is Language {
  return supportedLanguages.includes(value as Language);
}
