import { createCookie } from "@remix-run/node";
import * as client from "openid-client";
import { env } from "~/utils/env.server";
import { logger } from "~/utils/logger.server";
import { audiences, type Audience } from "./audience";

let configuration: Promise<client.Configuration> | undefined;

// Plain-http issuers are accepted only on this machine (the test provider); a real broker is https.
function isLoopbackHttp(url: URL): boolean {
  return url.protocol === "http:" && ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
}

function oidc(): Promise<client.Configuration> {
  const e = env();
  const issuer = new URL(e.MITID_ISSUER);
  configuration ??= client
    .discovery(
      issuer,
      e.MITID_CLIENT_ID,
      e.MITID_CLIENT_SECRET,
      undefined,
      isLoopbackHttp(issuer) ? { execute: [client.allowInsecureRequests] } : undefined,
    )
    .catch((error: unknown) => {
      configuration = undefined; // try discovery again on the next login
      throw error;
    });
  return configuration;
}

/** Holds the login in flight between the redirect to the provider and the callback; signed, 10 minutes. */
function loginCookie() {
  const { SECURE, SESSION_SECRET } = env();
  return createCookie(SECURE ? "__Host-jp-login" : "jp-login", {
    httpOnly: true,
    sameSite: "lax",
    secure: SECURE,
    path: "/",
    maxAge: 600,
    secrets: [SESSION_SECRET],
  });
}

type LoginInFlight = { audience: Audience; state: string; nonce: string; verifier: string; returnTo: string };

const redirectUri = () => `${env().PUBLIC_URL}/auth/callback`;

/** Builds the authorization request (code flow, PKCE S256, state, nonce) for an audience. */
export async function beginLogin(audience: Audience, returnTo: string): Promise<{ location: string; cookie: string }> {
  const config = await oidc();
  const verifier = client.randomPKCECodeVerifier();
  const inFlight: LoginInFlight = {
    audience,
    state: client.randomState(),
    nonce: client.randomNonce(),
    verifier,
    returnTo,
  };
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri(),
    scope: "openid nemlogin",
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
    state: inFlight.state,
    nonce: inFlight.nonce,
    idp_values: audiences[audience].idp,
  });
  return { location: url.href, cookie: await loginCookie().serialize(inFlight) };
}

export type LoginResult =
  | { ok: true; audience: Audience; returnTo: string; claims: Record<string, unknown> }
  | { ok: false; reason: "cancelled" | "expired" | "failed"; audience?: Audience };

/** Completes the code flow at the callback: checks state, nonce and PKCE, and returns the ID token's claims. */
export async function completeLogin(request: Request): Promise<LoginResult> {
  const inFlight = (await loginCookie().parse(request.headers.get("Cookie"))) as LoginInFlight | null;
  if (!inFlight?.state) return { ok: false, reason: "expired" };
  const search = new URL(request.url).search;
  // The redirect URI must match the registered one exactly, whatever host the request came in on.
  const currentUrl = new URL(`${redirectUri()}${search}`);
  if (currentUrl.searchParams.get("error") === "access_denied") {
    return { ok: false, reason: "cancelled", audience: inFlight.audience };
  }
  try {
    const tokens = await client.authorizationCodeGrant(await oidc(), currentUrl, {
      pkceCodeVerifier: inFlight.verifier,
      expectedState: inFlight.state,
      expectedNonce: inFlight.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims || !tokens.id_token) return { ok: false, reason: "failed", audience: inFlight.audience };
    return {
      ok: true,
      audience: inFlight.audience,
      returnTo: inFlight.returnTo,
      claims: claims as Record<string, unknown>,
    };
  } catch (error) {
    logger.security("login.failed", {
      audience: inFlight.audience,
      error: error instanceof Error ? `${error.name}: ${error.message}` : "unknown",
    });
    return { ok: false, reason: "failed", audience: inFlight.audience };
  }
}

export async function clearLoginCookie(): Promise<string> {
  return loginCookie().serialize("", { maxAge: 0, expires: new Date(0) });
}

/**
 * Where to send the browser so the provider ends its session too, landing on our logged-out page.
 * The request names us by client_id (added by openid-client) instead of an id_token_hint, so no ID
 * token (CPR, name) is kept for the length of a session (RP-Initiated Logout 1.0 § 2; ADR 0002).
 */
export async function providerLogoutUrl(): Promise<string> {
  const loggedOut = `${env().PUBLIC_URL}/logget-ud`;
  try {
    const config = await oidc();
    return client.buildEndSessionUrl(config, { post_logout_redirect_uri: loggedOut }).href;
  } catch {
    // The provider is unreachable: our own session is already gone, so the user is logged out here.
    return loggedOut;
  }
}
