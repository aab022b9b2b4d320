import { createInstance, type i18n as I18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { defaultNamespace, fallbackLanguage, type Language } from "./config";

/** An i18next instance for one language with all its texts at hand, so rendering never waits for a file. */
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
