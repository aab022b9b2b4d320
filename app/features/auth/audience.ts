import type { Audience } from "../../../db/schema/sessions";
import { localPath } from "../../utils/local-path";

export type { Audience };

/** Each audience has its own area, URL prefix and identity broker entry (MitID or MitID Erhverv). */
export const audiences = {
  citizen: { path: "/borger", idp: "mitid" },
  employer: { path: "/arbejdsgiver", idp: "mitid_erhverv" },
  staff: { path: "/medarbejder", idp: "mitid_erhverv" },
} as const satisfies Record<Audience, { path: string; idp: string }>;

/** The audience whose area a local path belongs to, if any. */
export function audienceOfPath(path: string): Audience | undefined {
  for (const [audience, { path: prefix }] of Object.entries(audiences)) {
    if (path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}?`)) {
      return audience as Audience;
    }
  }
  return undefined;
}

/**
 * Where to send the user after login. Only local paths inside an audience's area are accepted, so
 * the login can never be turned into an open redirect.
 */
export function safeReturnPath(candidate: string | null | undefined, fallback: Audience): string {
  // Normalised first (dot segments, runs of slashes), so "/borger/..//x" is judged as "/x".
  const path = candidate ? localPath(candidate) : null;
  return path && audienceOfPath(path) ? path : audiences[fallback].path;
}

/** The login URL that brings the user back to `returnTo` afterwards. */
export function loginUrl(returnTo: string): string {
  return `/log-ind?til=${encodeURIComponent(returnTo)}`;
}
