/**
 * The small part of oidc-provider 9's API this stub uses, typed by hand.
 *
 * oidc-provider ships no TypeScript declarations and the project does not
 * install @types/oidc-provider, so server.ts imports the package through a
 * dynamic import and casts it to `OidcProviderModule`. Keeping the types here
 * (rather than in a global `declare module`) means they cannot clash with
 * declarations added to the project later.
 */
import type { IncomingMessage, ServerResponse } from "node:http";

export interface OidcClient {
  clientId: string;
  clientName?: string;
}

export interface OidcSession {
  accountId?: string;
  grantIdFor(clientId: string): string | undefined;
}

export interface OidcGrant {
  jti?: string;
  accountId?: string;
  clientId?: string;
  addOIDCScope(scope: string): void;
  addOIDCClaims(claims: string[]): void;
  save(): Promise<string>;
}

export interface OidcGrantClass {
  new (properties: { accountId: string; clientId: string }): OidcGrant;
  find(id: string): Promise<OidcGrant | undefined>;
}

/** `ctx.oidc` inside provider callbacks. */
export interface OidcContext {
  client?: OidcClient;
  session: OidcSession;
  result?: { consent?: { grantId?: string } };
  provider: OidcProvider;
  requestParamOIDCScopes: Set<string>;
  requestParamClaims: Set<string>;
  route?: string;
}

/** The Koa context handed to provider callbacks (only what is used). */
export interface KoaContext {
  oidc: OidcContext;
  body: unknown;
  type: string;
  status: number;
  set(field: string, value: string): void;
}

export interface InteractionDetails {
  uid: string;
  prompt: { name: string; reasons: string[]; details: Record<string, unknown> };
  params: Record<string, unknown>;
  session?: { accountId?: string; uid?: string };
  grantId?: string;
  lastSubmission?: Record<string, unknown>;
}

export interface InteractionResults {
  login?: { accountId: string; remember?: boolean; amr?: string[]; acr?: string; ts?: number };
  consent?: { grantId: string };
  error?: string;
  error_description?: string;
}

export interface AccountClaims {
  sub: string;
  [claim: string]: unknown;
}

export interface Account {
  accountId: string;
  claims(use: "id_token" | "userinfo", scope: string, claims: unknown, rejected: string[]): Promise<AccountClaims>;
}

export interface AdapterPayload {
  grantId?: string;
  uid?: string;
  userCode?: string;
  consumed?: number;
  jti?: string;
  [key: string]: unknown;
}

export interface Adapter {
  upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void>;
  find(id: string): Promise<AdapterPayload | undefined>;
  findByUserCode(userCode: string): Promise<AdapterPayload | undefined>;
  findByUid(uid: string): Promise<AdapterPayload | undefined>;
  consume(id: string): Promise<void>;
  destroy(id: string): Promise<void>;
  revokeByGrantId(grantId: string): Promise<void>;
}

export interface ClientMetadata {
  client_id: string;
  client_secret: string;
  client_name?: string;
  token_endpoint_auth_method: "client_secret_basic";
  redirect_uris: string[];
  post_logout_redirect_uris: string[];
  response_types: string[];
  grant_types: string[];
}

export interface ProviderConfiguration {
  adapter: new (model: string) => Adapter;
  clients: ClientMetadata[];
  jwks: { keys: Record<string, unknown>[] };
  cookies: {
    keys: string[];
    long: { httpOnly: boolean; sameSite: "lax" | "strict" | "none"; secure?: boolean };
    short: { httpOnly: boolean; sameSite: "lax" | "strict" | "none"; secure?: boolean };
  };
  scopes: string[];
  claims: Record<string, string[]>;
  conformIdTokenClaims: boolean;
  extraParams: Record<string, ((ctx: KoaContext, value: unknown) => void | Promise<void>) | null>;
  responseTypes: string[];
  pkce: { required: () => boolean };
  features: {
    devInteractions: { enabled: boolean };
    userinfo: { enabled: boolean };
    rpInitiatedLogout: {
      enabled: boolean;
      logoutSource: (ctx: KoaContext, form: string) => Promise<void>;
      postLogoutSuccessSource: (ctx: KoaContext) => Promise<void>;
    };
  };
  interactions: { url: (ctx: KoaContext, interaction: { uid: string }) => Promise<string> };
  findAccount: (ctx: KoaContext, sub: string) => Promise<Account | undefined>;
  loadExistingGrant: (ctx: KoaContext) => Promise<OidcGrant | undefined>;
  renderError: (ctx: KoaContext, out: Record<string, unknown>, error: Error) => Promise<void>;
  clientBasedCORS: () => boolean;
  ttl: Record<string, number>;
}

export interface OidcProvider {
  issuer: string;
  proxy: boolean;
  Grant: OidcGrantClass;
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
  interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<InteractionDetails>;
  interactionFinished(
    req: IncomingMessage,
    res: ServerResponse,
    result: InteractionResults,
    options?: { mergeWithLastSubmission?: boolean },
  ): Promise<void>;
  on(event: "server_error", listener: (ctx: KoaContext, error: Error) => void): unknown;
}

export interface OidcProviderModule {
  default: new (issuer: string, configuration: ProviderConfiguration) => OidcProvider;
  errors: {
    InvalidRequest: new (description?: string) => Error;
    SessionNotFound: new (description?: string) => Error;
  };
}
