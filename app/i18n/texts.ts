import type { i18n as I18n } from "i18next";
import type { Language } from "./config";
import { createI18n } from "./instance";
import { shellTexts } from "./shell";

export type Texts = Record<string, Record<string, unknown>>;

const provided: Partial<Record<Language, Texts>> = {};
const instances: Partial<Record<Language, I18n>> = {};

/**
 * Makes a language's page texts available: the server does it once at start, the browser before
 * it hydrates (it fetches them as one cacheable file, so pages do not carry them in their data).
 */
export function provideTexts(lng: Language, texts: Texts): void {
  provided[lng] = { ...texts, shell: shellTexts[lng] };
  delete instances[lng];
}

/** The texts of a language; the frame's texts (`shell`) always, the rest once provided. */
export function textsOf(lng: Language): Texts {
  return provided[lng] ?? { shell: shellTexts[lng] };
}

/** One i18next instance per language, shared by every render: the texts never change while the process runs. */
export function i18nFor(lng: Language): I18n {
  return (instances[lng] ??= createI18n(lng, textsOf(lng)));
}
