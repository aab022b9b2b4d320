/**
 * MitID / NemLog-in test OpenID provider.
 *
 *   node --import tsx stubs/mitid/server.ts
 *
 * An Express app mounting oidc-provider 9 with one confidential client (the
 * portal), claims named after the NemLog-in attribute profile, and our own
 * identity picker in place of the provider's development interactions.
 * See README.md next to this file.
 */
import { generateKeyPairSync, randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";
import express, { type NextFunction, type Request, type Response } from "express";
import * as z from "zod";

import {
  CLAIMS,
  IDP_VALUES,
  claimsFor,
  findIdentity,
  identities,
  idpValueOf,
  type IdpValue,
} from "./identities";
import { MemoryAdapter } from "./memory-adapter";
import type {
  ClientMetadata,
  KoaContext,
  OidcProvider,
  OidcProviderModule,
  ProviderConfiguration,
} from "./oidc-types";
import { contentSecurityPolicy, logoutPage, messagePage, pickerPage } from "./pages";

// ---------------------------------------------------------------------------
// Settings

const emptyToUndefined = (value: unknown) => (value === "" ? undefined : value);

const EnvSchema = z.object({
  HOST: z.preprocess(emptyToUndefined, z.string().min(1).default("127.0.0.1")),
  MITID_PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(65535).default(4020)),
  MITID_ISSUER: z.preprocess(emptyToUndefined, z.url({ protocol: /^https?$/ }).optional()),
  MITID_CLIENT_ID: z.preprocess(emptyToUndefined, z.string().min(1).default("jobportal")),
  MITID_CLIENT_SECRET: z.preprocess(emptyToUndefined, z.string().min(1).default("dev-secret-change-me")),
  PORTAL_URLS: z.preprocess(
    emptyToUndefined,
    z.string().default("http://localhost:3000,http://127.0.0.1:3000"),
  ),
  /** "1"/"true": keep provider sessions (SSO) between logins instead of always showing the picker. */
  MITID_SSO: z.preprocess(emptyToUndefined, z.enum(["0", "1", "true", "false"]).default("0")),
});

const parsedEnv = EnvSchema.safeParse(process.env);
if (!parsedEnv.success) {
  console.error(`mitid stub: invalid settings: ${z.prettifyError(parsedEnv.error)}`);
  process.exit(1);
}
const env = parsedEnv.data;

const port = env.MITID_PORT;
const issuer = (env.MITID_ISSUER ?? `http://127.0.0.1:${port}`).replace(/\/+$/, "");
if (new URL(issuer).pathname !== "/") {
  console.error("mitid stub: MITID_ISSUER must not have a path (the provider is mounted at the root)");
  process.exit(1);
}
const sso = env.MITID_SSO === "1" || env.MITID_SSO === "true";

const portalUrls = env.PORTAL_URLS.split(",")
  .map((url) => url.trim().replace(/\/+$/, ""))
  .filter(Boolean);
for (const url of portalUrls) {
  if (!z.url({ protocol: /^https?$/ }).safeParse(url).success) {
    console.error(`mitid stub: PORTAL_URLS entry is not an http(s) URL: ${url}`);
    process.exit(1);
  }
}

// ---------------------------------------------------------------------------
// Check the seeded identities once at start (a typo here breaks every login).

function isValidCprDate(cpr: string): boolean {
  const day = Number(cpr.slice(0, 2));
  const month = Number(cpr.slice(2, 4));
  const yy = Number(cpr.slice(4, 6));
  // 2000 + yy is a leap year exactly when yy % 4 == 0, so 29 February checks out too.
  const date = new Date(Date.UTC(2000 + yy, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const IdentitySchema = z.discriminatedUnion("kind", [
  z.object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    kind: z.literal("citizen"),
    name: z.string().min(1),
    loa: z.enum(["Low", "Substantial", "High"]),
    description: z.string(),
    cpr: z.string().regex(/^\d{10}$/).refine(isValidCprDate, "CPR date part is not a date"),
  }),
  z.object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    kind: z.literal("employee"),
    name: z.string().min(1),
    loa: z.enum(["Low", "Substantial", "High"]),
    description: z.string(),
    cvr: z.string().regex(/^\d{8}$/),
    company: z.string().min(1),
    rid: z.string().min(1),
    staff: z
      .object({
        municipality: z.string().min(1),
        municipalityCode: z.string().regex(/^\d{3}$/),
        jobcentre: z.string().min(1),
      })
      .optional(),
  }),
]);
{
  const checked = z.array(IdentitySchema).safeParse(identities);
  const ids = new Set(identities.map((identity) => identity.id));
  if (!checked.success || ids.size !== identities.length) {
    // Report paths only: the values include CPR numbers.
    const paths = checked.success ? ["duplicate id"] : checked.error.issues.map((i) => i.path.join("."));
    console.error(`mitid stub: invalid identities in identities.ts: ${paths.join(", ")}`);
    process.exit(1);
  }
}

// ---------------------------------------------------------------------------
// oidc-provider, imported dynamically: it ships no types (see oidc-types.ts),
// and on Node 20 it prints "Unsupported runtime. Use Node.js v22.x LTS" at
// import time. It runs fine on Node 20 for this use, so that one line is muted.

async function importProvider(): Promise<OidcProviderModule> {
  const specifier: string = "oidc-provider";
  const originalWarn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (typeof args[0] === "string" && args[0].includes("Unsupported runtime")) return;
    originalWarn(...args);
  };
  try {
    return (await import(specifier)) as OidcProviderModule;
  } finally {
    console.warn = originalWarn;
  }
}

const { default: Provider, errors } = await importProvider();

function parseIdpValues(value: unknown): Set<IdpValue> | undefined | null {
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value !== "string") return null;
  const parts = value.split(/[\s,]+/).filter(Boolean);
  const known: readonly string[] = IDP_VALUES;
  if (parts.length === 0 || !parts.every((part) => known.includes(part))) return null;
  return new Set(parts as IdpValue[]);
}

const CLIENT_NAME = "Jobportalen";

const client: ClientMetadata = {
  client_id: env.MITID_CLIENT_ID,
  client_secret: env.MITID_CLIENT_SECRET,
  client_name: CLIENT_NAME,
  token_endpoint_auth_method: "client_secret_basic",
  redirect_uris: portalUrls.map((url) => `${url}/auth/callback`),
  post_logout_redirect_uris: portalUrls.map((url) => `${url}/logget-ud`),
  response_types: ["code"],
  grant_types: ["authorization_code"],
};

/** A fresh RS256 signing key per start: ID tokens from an earlier run no longer verify. */
function signingKey(): Record<string, unknown> {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return {
    ...privateKey.export({ format: "jwk" }),
    kid: `mitid-stub-${Date.now().toString(36)}`,
    alg: "RS256",
    use: "sig",
  };
}

function setPageHeaders(ctx: KoaContext, nonce?: string): void {
  ctx.set("content-security-policy", contentSecurityPolicy(nonce));
  ctx.set("x-content-type-options", "nosniff");
  ctx.set("referrer-policy", "no-referrer");
}

const configuration: ProviderConfiguration = {
  adapter: MemoryAdapter,
  clients: [client],
  jwks: { keys: [signingKey()] },
  cookies: {
    keys: [randomBytes(32).toString("base64url")],
    // No `secure` flag: the provider adds it by itself when the request is https.
    long: { httpOnly: true, sameSite: "lax" },
    short: { httpOnly: true, sameSite: "lax" },
  },
  scopes: ["openid", "nemlogin"],
  claims: {
    openid: ["sub"],
    nemlogin: Object.values(CLAIMS),
  },
  // Put the scope's claims in the ID token too, not only in userinfo.
  conformIdTokenClaims: false,
  extraParams: {
    idp_values(_ctx: KoaContext, value: unknown) {
      if (parseIdpValues(value) === null) {
        throw new errors.InvalidRequest("idp_values must be mitid, mitid_erhverv or both");
      }
    },
  },
  responseTypes: ["code"],
  pkce: { required: () => true },
  features: {
    devInteractions: { enabled: false },
    userinfo: { enabled: true },
    rpInitiatedLogout: {
      enabled: true,
      async logoutSource(ctx, form) {
        const nonce = randomBytes(16).toString("base64");
        setPageHeaders(ctx, nonce);
        ctx.type = "html";
        ctx.body = logoutPage(form, ctx.oidc.client?.clientName, nonce);
      },
      async postLogoutSuccessSource(ctx) {
        setPageHeaders(ctx);
        ctx.type = "html";
        ctx.body = messagePage("MitID (test) – Du er logget af", "Du er logget af", [
          "Du er logget af MitID-testudbyderen. Du kan lukke vinduet.",
        ]);
      },
    },
  },
  interactions: {
    url: async (_ctx, interaction) => `/interaction/${interaction.uid}`,
  },
  async findAccount(_ctx, sub) {
    const identity = findIdentity(sub);
    if (!identity) return undefined;
    return {
      accountId: identity.id,
      async claims() {
        return { sub: identity.id, ...claimsFor(identity) };
      },
    };
  },
  // First-party client: no consent screen. Grant whatever openid/nemlogin
  // scopes and claims the request asks for.
  async loadExistingGrant(ctx) {
    const { oidc } = ctx;
    const clientId = oidc.client?.clientId;
    const accountId = oidc.session.accountId;
    if (!clientId || !accountId) return undefined;
    const grantId = oidc.result?.consent?.grantId ?? oidc.session.grantIdFor(clientId);
    let grant = grantId ? await oidc.provider.Grant.find(grantId) : undefined;
    if (grant && (grant.accountId !== accountId || grant.clientId !== clientId)) grant = undefined;
    grant ??= new oidc.provider.Grant({ accountId, clientId });
    const scope = [...oidc.requestParamOIDCScopes].join(" ");
    if (scope) grant.addOIDCScope(scope);
    const claims = [...oidc.requestParamClaims];
    if (claims.length > 0) grant.addOIDCClaims(claims);
    await grant.save();
    return grant;
  },
  async renderError(ctx, out) {
    setPageHeaders(ctx);
    ctx.type = "html";
    const error = typeof out.error === "string" ? out.error : "server_error";
    const description = typeof out.error_description === "string" ? out.error_description : "";
    ctx.body = messagePage("MitID (test) – Fejl", "Der opstod en fejl", [
      "Log ind kunne ikke gennemføres. Gå tilbage til portalen og prøv igen.",
      `Fejl: ${error}${description ? ` – ${description}` : ""}`,
    ]);
  },
  clientBasedCORS: () => false,
  ttl: {
    AccessToken: 10 * 60,
    AuthorizationCode: 60,
    IdToken: 60 * 60,
    Interaction: 30 * 60,
    Session: 12 * 60 * 60,
    Grant: 12 * 60 * 60,
  },
};

const provider: OidcProvider = new Provider(issuer, configuration);
provider.proxy = false;

provider.on("server_error", (_ctx, error) => {
  console.error(`mitid stub: provider error: ${error.name}: ${error.message}`);
});

// ---------------------------------------------------------------------------
// Express

const app = express();
app.disable("x-powered-by");

function sendPage(res: Response, status: number, html: string): void {
  res
    .status(status)
    .set({
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": contentSecurityPolicy(),
      "x-content-type-options": "nosniff",
      "referrer-policy": "no-referrer",
      "cache-control": "no-store",
    })
    .send(html);
}

type AsyncHandler = (req: Request<{ uid: string }>, res: Response) => Promise<void>;
const handle =
  (fn: AsyncHandler) =>
  (req: Request<{ uid: string }>, res: Response, next: NextFunction): void => {
    fn(req, res).catch(next);
  };

app.get("/healthz", (_req, res) => {
  res.json({ status: "ok" });
});

app.get("/", (_req, res) => {
  sendPage(
    res,
    200,
    messagePage("MitID (test)", "MitID-testudbyder", [
      "En OpenID Connect-testudbyder, der efterligner MitID og NemLog-in. Alle identiteter er fiktive.",
      `Discovery: ${issuer}/.well-known/openid-configuration`,
    ]),
  );
});

/**
 * Unless MITID_SSO is on, every authorization request starts without a
 * provider session, so the picker shows every time (like forceAuthn) and
 * choosing another identity needs no logout round trip.
 */
function withoutSessionCookie(req: IncomingMessage): void {
  const header = req.headers.cookie;
  if (!header) return;
  const kept = header
    .split(";")
    .map((part) => part.trim())
    .filter((part) => part && !/^_session(\.sig)?=/.test(part));
  if (kept.length > 0) req.headers.cookie = kept.join("; ");
  else delete req.headers.cookie;
}

app.use((req, _res, next) => {
  if (!sso && /^\/auth(\/[^/]+)?\/?$/.test(req.path)) withoutSessionCookie(req);
  next();
});

const PickerForm = z.union([
  z.object({ action: z.literal("cancel") }),
  z.object({ identity: z.string().min(1).max(100) }),
]);

app.get(
  "/interaction/:uid",
  handle(async (req, res) => {
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== req.params.uid) {
      sendPage(res, 400, expiredPage());
      return;
    }
    if (details.prompt.name === "consent") {
      // Normally never reached (loadExistingGrant grants at once); kept as a fallback.
      const accountId = details.session?.accountId;
      const clientId = typeof details.params.client_id === "string" ? details.params.client_id : undefined;
      if (!accountId || !clientId) {
        sendPage(res, 400, expiredPage());
        return;
      }
      const grant = details.grantId
        ? ((await provider.Grant.find(details.grantId)) ?? new provider.Grant({ accountId, clientId }))
        : new provider.Grant({ accountId, clientId });
      if (typeof details.params.scope === "string") grant.addOIDCScope(details.params.scope);
      const grantId = await grant.save();
      await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
      return;
    }
    sendPage(res, 200, pickerPage({ uid: details.uid, clientName: clientNameOf(details.params), idp: idpOf(details.params) }));
  }),
);

app.post(
  "/interaction/:uid",
  express.urlencoded({ extended: false, limit: "10kb" }),
  handle(async (req, res) => {
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== req.params.uid) {
      sendPage(res, 400, expiredPage());
      return;
    }
    const idp = idpOf(details.params);
    const form = PickerForm.safeParse(req.body);
    if (!form.success) {
      sendPage(
        res,
        400,
        pickerPage({ uid: details.uid, clientName: clientNameOf(details.params), idp, error: "Vælg en testidentitet." }),
      );
      return;
    }
    if ("action" in form.data) {
      console.error("mitid stub: login cancelled");
      await provider.interactionFinished(
        req,
        res,
        { error: "access_denied", error_description: "Brugeren afbrød log ind" },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    const identity = findIdentity(form.data.identity);
    if (!identity || (idp !== undefined && !idp.has(idpValueOf(identity)))) {
      sendPage(
        res,
        400,
        pickerPage({
          uid: details.uid,
          clientName: clientNameOf(details.params),
          idp,
          error: "Den valgte testidentitet findes ikke her. Vælg en anden.",
        }),
      );
      return;
    }
    // The id only: never log CPR numbers.
    console.error(`mitid stub: login ${identity.id} (${identity.kind}, loa ${identity.loa})`);
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: identity.id, remember: false } },
      { mergeWithLastSubmission: false },
    );
  }),
);

function idpOf(params: Record<string, unknown>): Set<IdpValue> | undefined {
  return parseIdpValues(params.idp_values) ?? undefined;
}

function clientNameOf(params: Record<string, unknown>): string {
  return params.client_id === client.client_id ? CLIENT_NAME : String(params.client_id ?? "");
}

function expiredPage(): string {
  return messagePage("MitID (test) – Log ind er udløbet", "Log ind er udløbet", [
    "Log ind-forløbet findes ikke længere, fordi det er udløbet eller allerede er afsluttet.",
    "Gå tilbage til portalen og start forfra.",
  ]);
}

// Everything else is the provider: discovery, /auth, /token, /me, /jwks, /session/end …
app.use(provider.callback());

// Errors of our own routes (the provider renders its own through renderError).
app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
  const name = error instanceof Error ? error.name : "Error";
  if (name === "SessionNotFound") {
    sendPage(res, 400, expiredPage());
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  console.error(`mitid stub: error: ${name}: ${message}`);
  if (res.headersSent) {
    res.end();
    return;
  }
  sendPage(
    res,
    500,
    messagePage("MitID (test) – Fejl", "Der opstod en fejl", [
      "Testudbyderen kunne ikke behandle forespørgslen.",
      `Fejl: ${name}`,
    ]),
  );
});

// ---------------------------------------------------------------------------
// Start and stop

const server = app.listen(port, env.HOST, () => {
  const host = env.HOST.includes(":") ? `[${env.HOST}]` : env.HOST;
  console.error(`mitid stub listening on http://${host}:${port} (issuer ${issuer}${sso ? ", SSO on" : ""})`);
});

server.on("error", (error) => {
  console.error(`mitid stub: cannot listen on ${env.HOST}:${port}: ${error.message}`);
  process.exit(1);
});

let stopping = false;
function shutdown(): void {
  if (stopping) return;
  stopping = true;
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => {
    server.closeAllConnections();
    process.exit(0);
  }, 3000).unref();
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
