/**
 * Test support: runs the mail stub or the SMS stub as a real process on free ports with its own
 * SQLite file, as `npm start` and the browser suite do. Used by the stubs' and notifications' tests.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "../../app/foundation/testing/stub";

export type RunningProcess = { dir: string; process: ChildProcess; stop: () => Promise<void> };

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer`);
}

async function run(entry: string, env: Record<string, string>, health: string): Promise<RunningProcess> {
  const dir = mkdtempSync(join(tmpdir(), "stub-"));
  const child = spawn(process.execPath, ["--import", "tsx", entry], {
    env: { ...process.env, DATA_DIR: dir, HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitFor(health);
  return {
    dir,
    process: child,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        await new Promise((r) => child.once("exit", r));
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const post = (url: string, body: unknown) =>
  fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) }).then((r) => {
    if (!r.ok) throw new Error(`${url}: ${r.status}`);
  });

export type MailMessage = {
  id: number;
  messageId: string;
  to: string[];
  subject: string;
  text: string;
  html: string | null;
  attachments: { filename: string; contentType: string; size: number; text?: string }[];
  deliveries: number;
};

export async function startMailStub() {
  const smtpPort = await freePort();
  const httpPort = await freePort();
  const web = `http://127.0.0.1:${httpPort}`;
  const running = await run(
    "stubs/mail/server.ts",
    { MAIL_PORT: String(smtpPort), MAIL_HTTP_PORT: String(httpPort), MAIL_TEST_CONTROLS: "1", MAIL_ENV_FILE: "ignore" },
    `${web}/healthz`,
  );
  return {
    ...running,
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    web,
    down: (down: boolean) => post(`${web}/_test/faults`, { down }),
    messages: async (to?: string): Promise<MailMessage[]> =>
      ((await (await fetch(`${web}/_test/messages${to ? `?to=${encodeURIComponent(to)}` : ""}`)).json()) as { items: MailMessage[] }).items,
  };
}

export type SmsMessage = { id: string; idempotencyKey: string; to: string; text: string; receivedAt: string; deliveries: number };

export const smsToken = "dev-sms-token-change-me";

export async function startSmsStub() {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const running = await run("stubs/sms/server.ts", { SMS_PORT: String(port), SMS_TEST_CONTROLS: "1", SMS_ENV_FILE: "ignore", SMS_TOKEN: smsToken }, `${url}/healthz`);
  return {
    ...running,
    url,
    token: smsToken,
    down: (down: boolean) => post(`${url}/_test/faults`, { down }),
    messages: async (to?: string): Promise<SmsMessage[]> =>
      ((await (await fetch(`${url}/_test/messages${to ? `?to=${encodeURIComponent(to)}` : ""}`)).json()) as { items: SmsMessage[] }).items,
  };
}
