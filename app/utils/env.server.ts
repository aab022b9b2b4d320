import * as z from "zod";

const port = z.coerce.number().int().min(1).max(65535);
const seconds = z.coerce.number().int().positive();

/** Every setting the portal reads, validated once at start. `.env.example` lists the same. */
export const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
    HOST: z.string().min(1).default("127.0.0.1"),
    PORT: port.default(3000),
    PUBLIC_URL: z.url().optional(),
    DATA_DIR: z.string().min(1).default("./data"),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
    FOUNDATION_PORT: port.default(4010),
    FOUNDATION_URL: z.url().optional(),
    FOUNDATION_TOKEN: z.string().min(16).default("dev-portal-token-change-me"),
    /** gzip/brotli for text responses; off when a reverse proxy compresses (and for the HTTP benchmark) */
    COMPRESSION: z.enum(["on", "off"]).default("on"),
    /** Hops of trusted reverse proxies in front of the portal (0: none, X-Forwarded-For is ignored) */
    TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
    /** Abuse limits per client address: login starts and non-GET requests per minute */
    RATE_LIMIT_LOGIN_PER_MINUTE: z.coerce.number().int().min(1).default(10),
    RATE_LIMIT_WRITES_PER_MINUTE: z.coerce.number().int().min(1).default(60),
    /** Aggregates pushed to the foundation side by side, and the retry backoff (capped, full jitter) */
    SYNC_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(16),
    SYNC_BACKOFF_BASE_MS: z.coerce.number().int().min(1).default(250),
    SYNC_BACKOFF_CAP_MS: z.coerce.number().int().min(1).default(30_000),
    /** How often the change feed is read when nothing wakes the worker */
    SYNC_FEED_INTERVAL_MS: z.coerce.number().int().min(50).default(1_000),
    /** off: the portal does not run the sync worker (run `npm run sync` elsewhere) */
    SYNC_WORKER: z.enum(["on", "off"]).default("on"),
    /** Where the portal sends e-mail (SMTP); by default the mail stub of `npm start` */
    MAIL_PORT: port.default(4030),
    SMTP_URL: z.url().optional(),
    MAIL_FROM: z.string().min(3).max(200).default("Jobportalen <ikke-svar@jobportalen.example>"),
    /** The SMS gateway and the portal's token there; by default the SMS stub of `npm start` */
    SMS_PORT: port.default(4040),
    SMS_URL: z.url().optional(),
    SMS_TOKEN: z.string().min(16).default("dev-sms-token-change-me"),
    /** off: the portal does not send e-mail and SMS (its notification outbox keeps them) */
    NOTIFICATIONS_WORKER: z.enum(["on", "off"]).default("on"),
    /** The retry backoff of a notification that could not be sent (capped, full jitter) */
    NOTIFY_BACKOFF_BASE_MS: z.coerce.number().int().min(1).default(1_000),
    NOTIFY_BACKOFF_CAP_MS: z.coerce.number().int().min(1).default(300_000),
    MITID_PORT: port.default(4020),
    MITID_ISSUER: z.url().optional(),
    MITID_CLIENT_ID: z.string().min(1).default("jobportal"),
    MITID_CLIENT_SECRET: z.string().min(8).default("dev-secret-change-me"),
    /** Signs the short-lived login cookie (OIDC state, nonce, PKCE verifier). */
    SESSION_SECRET: z.string().min(32).default("dev-only-session-secret-change-me-0000"),
    SESSION_IDLE_CITIZEN_SECONDS: seconds.default(15 * 60),
    SESSION_IDLE_BUSINESS_SECONDS: seconds.default(30 * 60),
    SESSION_ABSOLUTE_CITIZEN_SECONDS: seconds.default(8 * 3600),
    SESSION_ABSOLUTE_BUSINESS_SECONDS: seconds.default(12 * 3600),
    SESSION_WARNING_SECONDS: seconds.default(5 * 60),
  })
  .refine((env) => !(env.PUBLIC_URL?.startsWith("https:") && env.SESSION_SECRET.startsWith("dev-only")), {
    message: "SESSION_SECRET must be set to a secret of at least 32 characters when served over HTTPS",
    path: ["SESSION_SECRET"],
  })
  .transform((env) => {
    const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, "");
    return {
      ...env,
      PUBLIC_URL: publicUrl,
      FOUNDATION_URL: (env.FOUNDATION_URL ?? `http://127.0.0.1:${env.FOUNDATION_PORT}`).replace(/\/$/, ""),
      SMTP_URL: env.SMTP_URL ?? `smtp://127.0.0.1:${env.MAIL_PORT}`,
      SMS_URL: (env.SMS_URL ?? `http://127.0.0.1:${env.SMS_PORT}`).replace(/\/$/, ""),
      MITID_ISSUER: (env.MITID_ISSUER ?? `http://127.0.0.1:${env.MITID_PORT}`).replace(/\/$/, ""),
      /** Served over HTTPS: cookies get `Secure` and the `__Host-` prefix, responses get HSTS. */
      SECURE: publicUrl.startsWith("https:"),
    };
  });

export type Env = z.infer<typeof envSchema>;

/** Parses the environment, or explains every bad value in one message. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".") || "(env)"}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}\nSee .env.example for every setting.`);
  }
  return result.data;
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
