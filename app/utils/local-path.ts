const base = "http://portal.invalid";

/**
 * `candidate` as a path on this site for a Location header or a link ("/borger/moeder?vis=alle"),
 * or null when it could lead elsewhere. Runs of slashes in the path are one slash, so neither
 * `//evil.example/x` nor `/borger/..//evil.example` can become a protocol-relative address, and
 * dot segments are resolved before the caller looks at the path.
 */
export function localPath(candidate: string): string | null {
  if (!candidate.startsWith("/") || candidate.includes("\\")) return null;
  const query = candidate.indexOf("?");
  const path = (query === -1 ? candidate : candidate.slice(0, query)).replace(/\/{2,}/g, "/");
  let url: URL;
  try {
    url = new URL(`${path}${query === -1 ? "" : candidate.slice(query)}`, base);
  } catch {
    return null;
  }
  if (url.origin !== base) return null;
  // Resolving dot segments of a path without runs of slashes cannot make one.
  return `${url.pathname}${url.search}`;
}
