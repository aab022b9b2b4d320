import { createContext, useContext, useMemo } from "react";

/**
 * The reference an error page shows, for a citizen to quote to support: the id of the request
 * that failed (its `X-Request-Id`), the same id as on that request's log lines. There is one only
 * when the server answered 5xx; a 404 or a refused form has none.
 *
 * On the server, entry.server provides it for a document that fails. In the browser, the page the
 * server rendered hands it over in `<meta name="error-reference">`; after that, each data request
 * of a client-side navigation or form replaces it with its own (`noteDataResponse`).
 */
export const ErrorReferenceContext = createContext<string | undefined>(undefined);

export const errorReferenceMeta = "error-reference";

let inBrowser: string | undefined;

/** Called once before hydration: the reference of the document the server rendered, if any. */
export function readDocumentErrorReference(): void {
  inBrowser = document.querySelector<HTMLMetaElement>(`meta[name="${errorReferenceMeta}"]`)?.content || undefined;
}

/** Called for every response the browser fetches: a Remix data request (`….data`) sets the reference. */
export function noteDataResponse(url: string, response: Response): void {
  let pathname: string;
  try {
    const parsed = new URL(url, window.location.href);
    if (parsed.origin !== window.location.origin) return;
    pathname = parsed.pathname;
  } catch {
    return;
  }
  if (!pathname.endsWith(".data")) return;
  const id = response.headers.get("X-Request-Id");
  inBrowser = response.status >= 500 && id && /^[0-9a-f-]{36}$/.test(id) ? id : undefined;
}

/**
 * The reference for the error an error boundary shows. It is fixed when the error arrives, so a
 * later request (a fetcher, the session check) does not change the page under the reader.
 */
export function useErrorReference(error: unknown): string | undefined {
  const fromServer = useContext(ErrorReferenceContext);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- recomputed for a new error only
  return useMemo(() => (typeof document === "undefined" ? fromServer : inBrowser), [error, fromServer]);
}

/** The reference of the page being rendered, for the `<meta>` the browser reads back. */
export function useDocumentErrorReference(): string | undefined {
  const fromServer = useContext(ErrorReferenceContext);
  return typeof document === "undefined" ? fromServer : inBrowser;
}
