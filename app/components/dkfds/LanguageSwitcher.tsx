import { useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { supportedLanguages, type Language } from "~/i18n/config";
import { localPath } from "~/utils/local-path";
import { Icon } from "./Icon";

/**
 * DKFDS language switcher. Plain links with `?lng=`: the server remembers the choice in a cookie,
 * so it works without JavaScript and reloads the whole page in the new language.
 */
export function LanguageSwitcher({ current }: { current: Language }) {
  const { t } = useTranslation("shell");
  const { pathname, search } = useLocation();
  const hrefFor = (lng: string) => {
    const params = new URLSearchParams(search);
    params.set("lng", lng);
    // On a page at "//evil.example/x" (a 404), the link must not lead to evil.example.
    return localPath(`${pathname}?${params.toString()}`) ?? `/?lng=${lng}`;
  };
  return (
    <div className="language-switcher d-print-none">
      <div className="container">
        <ul aria-label={t("language.label")}>
          {supportedLanguages.map((lng) => (
            <li key={lng}>
              <a href={hrefFor(lng)} lang={lng} hrefLang={lng} aria-current={lng === current ? "true" : undefined}>
                {lng === current ? <Icon name="check" /> : null}
                {t(`language.${lng}`)}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
