import { createCookie } from "@remix-run/node";
import { RemixI18Next } from "remix-i18next/server";
import { defaultNamespace, fallbackLanguage, isLanguage, supportedLanguages, type Language } from "./config";
import { resources } from "./resources.server";

/** The chosen language, kept a year. Not personal data, so no consent is needed. */
export const languageCookie = createCookie("lng", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
});

// Danish unless the user chose otherwise: the browser's Accept-Language is deliberately ignored.
const i18n = new RemixI18Next({
  detection: {
    supportedLanguages: [...supportedLanguages],
    fallbackLanguage,
    cookie: languageCookie,
    searchParamKey: "lng",
    order: ["searchParams", "cookie"],
  },
  i18next: { resources, defaultNS: defaultNamespace, fallbackLng: fallbackLanguage },
});

export async function languageOf(request: Request): Promise<Language> {
  const lng = await i18n.getLocale(request);
  return isLanguage(lng) ? lng : fallbackLanguage;
}

export async function translatorFor(request: Request) {
  return i18n.getFixedT(request, defaultNamespace);
}
