import { env } from "~/utils/env.server";
import { logger } from "~/utils/logger.server";
import { audienceOfPath, safeReturnPath, type Audience } from "./audience";
import { identityFromClaims, type IdentityRefusal } from "./identity";
import { countsTowardLockout, isLockedOut, recordLoginFailure } from "./lockout.server";
import { beginLogin, clearLoginCookie, completeLogin, providerLogoutUrl } from "./oidc.server";
import { endSession, startSession } from "./session.server";
import { subjectFor } from "./subjects.server";

export type LoginRefusal = "cancelled" | "expired" | "failed" | "not-staff" | "locked" | IdentityRefusal;

/**
 * Starts a login for the area `til` points into (the citizen area when it points nowhere). A
 * login begun on another host name than the public one is first moved there, or the callback
 * would not find its login cookie.
 */
export async function startLogin(request: Request): Promise<{ location: string; cookie?: string }> {
  const url = new URL(request.url);
  const canonical = new URL(env().PUBLIC_URL);
  if (url.host !== canonical.host) return { location: `${canonical.origin}${url.pathname}${url.search}` };
  const requested = url.searchParams.get("til");
  const audienceHint = url.searchParams.get("som");
  const hinted = (["citizen", "employer", "staff"] as const).find((a) => a === audienceHint);
  const audience: Audience = audienceOfPath(requested ?? "") ?? hinted ?? "citizen";
  return beginLogin(audience, safeReturnPath(requested, audience));
}

/** The callback: verifies the provider's answer, finds the user, and starts a fresh session. */
export async function finishLogin(
  request: Request,
): Promise<{ ok: true; location: string; cookies: string[] } | { ok: false; reason: LoginRefusal; audience?: Audience; cookies: string[] }> {
  const cookies = [await clearLoginCookie()];
  const result = await completeLogin(request);
  if (!result.ok) return { ok: false, reason: result.reason, audience: result.audience, cookies };

  const sub = typeof result.claims.sub === "string" ? result.claims.sub : "";
  const refuse = (reason: LoginRefusal) => {
    logger.security("login.refused", { audience: result.audience, reason });
    if (countsTowardLockout(reason)) recordLoginFailure(sub);
    return { ok: false as const, reason, audience: result.audience, cookies };
  };
  // An identity that keeps being refused is locked for a while, even with a valid login.
  if (isLockedOut(sub)) return refuse("locked");
  const identity = identityFromClaims(result.claims, result.audience);
  if (!identity.ok) return refuse(identity.reason);
  const subject = subjectFor(identity.identity, result.audience);
  if (!subject) return refuse("not-staff");
  cookies.push(await startSession(request, { audience: result.audience, ...subject }));
  return { ok: true, location: result.returnTo, cookies };
}

/** Ends the session here and sends the browser on to end it at the provider. */
export async function logout(request: Request): Promise<{ location: string; clearCookie: string }> {
  const { clearCookie } = await endSession(request);
  return { location: await providerLogoutUrl(), clearCookie };
}
