import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { isLanguage } from "./i18n/config";
import { provideTexts } from "./i18n/texts";
import { noteDataResponse, readDocumentErrorReference } from "./utils/error-reference";

// The error page shows the id of the request that failed: the document's, then each data request's.
readDocumentErrorReference();
const browserFetch = window.fetch.bind(window);
window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
  const response = await browserFetch(input, init);
  noteDataResponse(input instanceof Request ? input.url : String(input), response);
  return response;
};

/**
 * The page texts come as one fingerprinted file (preloaded by the page's head, kept by the
 * browser) instead of inside every page's data. Hydration waits for them; if they cannot be
 * fetched the page stays as the server rendered it, which works without JavaScript.
 */
async function hydrate(): Promise<void> {
  const lng = document.documentElement.lang;
  const url = document.querySelector<HTMLLinkElement>("link[data-texts]")?.href;
  if (isLanguage(lng) && url) {
    const response = await fetch(url);
    if (!response.ok) return;
    provideTexts(lng, await response.json());
  }
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <RemixBrowser />
      </StrictMode>,
    );
  });
}

void hydrate();
