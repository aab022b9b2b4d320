import { createHash } from "node:crypto";
import { supportedLanguages, type Language } from "./config";
import { resources } from "./resources.server";
import { provideTexts } from "./texts";

for (const lng of supportedLanguages) provideTexts(lng, resources[lng]);

/** The texts file of each language as sent, and a fingerprint of it that changes with any text. */
export const textsFiles = Object.fromEntries(
  supportedLanguages.map((lng) => {
    const body = JSON.stringify(resources[lng]);
    return [lng, { body, version: createHash("sha256").update(body).digest("base64url").slice(0, 12) }];
  }),
) as Record<Language, { body: string; version: string }>;

/** Where the browser fetches a language's texts; the fingerprint lets it keep them for a year. */
export const textsUrl = (lng: Language) => `/tekster/${lng}?v=${textsFiles[lng].version}`;
