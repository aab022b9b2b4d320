import { defineConfig, devices } from "@playwright/test";

/**
 * The suite runs against the real stack: the production build, the portal server, the foundation
 * stub, the MitID test provider and the mail and SMS stubs as processes, on fresh SQLite files, in Debian's Chromium.
 * A second portal with a seconds-long idle timeout serves the session-expiry journey.
 */
// E2E_PORT_BASE moves the whole test stack (and its data and artifacts), so two runs can share a machine.
const base = Number(process.env.E2E_PORT_BASE ?? 3100);
export const ports = {
  portal: base,
  shortSession: base + 1,
  limits: base + 2,
  foundation: base + 1010,
  mitid: base + 1020,
  /** The mail stub: SMTP, and its web inbox with the JSON view */
  mail: base + 1030,
  mailWeb: base + 1031,
  /** The SMS gateway stub */
  sms: base + 1040,
};
/** Where the test servers keep their SQLite files and logs. */
export const dataDir = base === 3100 ? ".e2e-data" : `.e2e-data/${base}`;
export const portalUrl = `http://127.0.0.1:${ports.portal}`;
export const shortSessionUrl = `http://127.0.0.1:${ports.shortSession}`;

const shared = {
  NODE_ENV: "production",
  HOST: "127.0.0.1",
  // Set explicitly so a developer's .env never points the suite at the development stack.
  FOUNDATION_PORT: String(ports.foundation),
  FOUNDATION_URL: `http://127.0.0.1:${ports.foundation}`,
  FOUNDATION_TEST_CONTROLS: "1",
  MITID_PORT: String(ports.mitid),
  MAIL_PORT: String(ports.mail),
  MAIL_HTTP_PORT: String(ports.mailWeb),
  MAIL_TEST_CONTROLS: "1",
  SMTP_URL: `smtp://127.0.0.1:${ports.mail}`,
  SMS_PORT: String(ports.sms),
  SMS_URL: `http://127.0.0.1:${ports.sms}`,
  SMS_TEST_CONTROLS: "1",
  // A mail server back up is tried again within seconds, not minutes (the journey waits for it).
  NOTIFY_BACKOFF_CAP_MS: "2000",
  MITID_ISSUER: `http://127.0.0.1:${ports.mitid}`,
  PORTAL_URLS: `${portalUrl},${shortSessionUrl},http://127.0.0.1:${ports.limits}`,
  LOG_LEVEL: "info",
  // The journeys log in far more often than a person would; the limits have their own server.
  RATE_LIMIT_LOGIN_PER_MINUTE: "10000",
  RATE_LIMIT_WRITES_PER_MINUTE: "10000",
};

/** A server process on fresh SQLite files; its log goes beside the data, where log checks read it. */
function testServer(name: string, entry: string, port: number, env: Record<string, string>) {
  const dir = `${dataDir}/${name}`;
  return {
    command: `rm -rf ${dir} && mkdir -p ${dir} && exec node --import tsx ${entry} > ${dir}.log 2>&1`,
    url: `http://127.0.0.1:${port}/healthz`,
    timeout: 60_000,
    reuseExistingServer: false,
    stdout: "ignore" as const,
    stderr: "pipe" as const,
    env: { ...shared, PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}`, DATA_DIR: dir, ...env },
  };
}

/** The environment without libfaketime's preload, for the browser. */
function browserEnv(): Record<string, string> {
  const env = Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined));
  delete env.LD_PRELOAD;
  return env;
}

export default defineConfig({
  testDir: "e2e",
  outputDir: base === 3100 ? "test-results/artifacts" : `test-results/artifacts-${base}`,
  timeout: 30_000,
  expect: { timeout: 7_500 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  globalTeardown: "./e2e/global-teardown.ts",
  reporter: [["list"], ["html", { open: "never", outputFolder: base === 3100 ? "test-results/report" : `test-results/report-${base}` }]],
  use: {
    baseURL: portalUrl,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      // Never download a browser: use the machine's Chromium.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      // Run under libfaketime, the servers and the specs take the shifted clock; Chromium keeps
      // the real one, as under libfaketime each navigation takes seconds (ADR 0013).
      env: browserEnv(),
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: [
    // The whole stack: portal, foundation stub, MitID provider, mail and SMS stubs.
    testServer("main", "scripts/start.ts", ports.portal, { SKIP_BUILD: process.env.SKIP_BUILD ?? "1" }),
    // A second portal with a seconds-long idle timeout, for the session-expiry journey.
    testServer("short", "server/index.ts", ports.shortSession, {
      SESSION_IDLE_CITIZEN_SECONDS: "10",
      SESSION_WARNING_SECONDS: "6",
      SYNC_WORKER: "off",
      // Only the main portal sends e-mail and SMS, so the stubs' inboxes hold its messages alone.
      NOTIFICATIONS_WORKER: "off",
    }),
    // A third portal with low abuse limits, for the rate-limit tests.
    testServer("limits", "server/index.ts", ports.limits, {
      RATE_LIMIT_LOGIN_PER_MINUTE: "5",
      RATE_LIMIT_WRITES_PER_MINUTE: "5",
      SYNC_WORKER: "off",
      NOTIFICATIONS_WORKER: "off",
    }),
  ],
});
