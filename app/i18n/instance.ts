import { createInstance, type i18n as I18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { defaultNamespace, fallbackLanguage, type Language } from "./config";

/**
 * One i18next instance per render, fed with the resources the root loader sent, so the server
 * and the browser render the same text without fetching locale files.
 */
export function createI18n(lng: Language, resources: Record<string, unknown>): I18n {
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    lng,
    fallbackLng: fallbackLanguage,
    defaultNS: defaultNamespace,
    ns: Object.keys(resources),
    resources: { [lng]: resources as Record<string, Record<string, unknown>> },
    interpolation: { escapeValue: false },
    initImmediate: false,
    react: { useSuspense: false },
  });
  return instance;
}
