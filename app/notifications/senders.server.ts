import nodemailer from "nodemailer";
import { env } from "~/utils/env.server";

/**
 * The one way out for e-mail and SMS: SMTP through nodemailer (any relay, by `SMTP_URL`) and the SMS
 * gateway's HTTP API. Each send answers what happened as an outcome the worker can act on; errors
 * keep their codes only, never the addresses or text a server's message may echo.
 */

export type SendOutcome =
  | { kind: "sent" }
  /** Worth trying again later; `connection`: the server could not be reached at all */
  | { kind: "transient"; error: string; connection: boolean }
  /** The server refused this message for good (a bad address, too large) */
  | { kind: "permanent"; error: string };

export type Email = { key: string; to: string; subject: string; text: string; html: string; attachments: { filename: string; contentType: string; content: string }[] };
export type Sms = { key: string; to: string; text: string };

export type Senders = {
  email: (message: Email) => Promise<SendOutcome>;
  sms: (message: Sms) => Promise<SendOutcome>;
  close: () => void;
};

/** The Message-ID an idempotency key gives: the same notification always has the same one. */
export const messageIdOf = (key: string) => `<${key}@jobportalen>`;

const connectionCodes = new Set(["ECONNECTION", "ECONNREFUSED", "ETIMEDOUT", "ESOCKET", "EDNS", "ECONNRESET", "EPIPE", "EHOSTUNREACH"]);

export function smtpSender(options: { url: string; from: string; timeoutMs?: number }): Pick<Senders, "email" | "close"> {
  const timeout = options.timeoutMs ?? 10_000;
  const transport = nodemailer.createTransport({
    url: options.url,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
    logger: false,
    debug: false,
  } as Parameters<typeof nodemailer.createTransport>[0]);
  return {
    email: async (message) => {
      try {
        await transport.sendMail({
          from: options.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          html: message.html,
          messageId: messageIdOf(message.key),
          attachments: message.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
        });
        return { kind: "sent" };
      } catch (error) {
        const e = error as { code?: string; responseCode?: number };
        const code = `${e.code ?? "error"}${e.responseCode ? ` ${e.responseCode}` : ""}`;
        // 5xx is the server's final word on this message; 4xx and a lost connection may pass.
        if (e.responseCode && e.responseCode >= 500) return { kind: "permanent", error: code };
        return { kind: "transient", error: code, connection: !e.responseCode && connectionCodes.has(e.code ?? "") };
      }
    },
    close: () => transport.close(),
  };
}

const permanentStatus = new Set([400, 401, 403, 404, 413, 422]);

export function smsGateway(options: { url: string; token: string; timeoutMs?: number }): Pick<Senders, "sms"> {
  return {
    sms: async (message) => {
      let response: Response;
      try {
        response = await fetch(`${options.url}/v1/messages`, {
          method: "POST",
          headers: { "Content-Type": "application/json", Authorization: `Bearer ${options.token}`, "Idempotency-Key": message.key },
          body: JSON.stringify({ to: message.to, text: message.text }),
          signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
        });
      } catch (error) {
        return { kind: "transient", error: error instanceof Error ? error.name : "network", connection: true };
      }
      await response.body?.cancel();
      if (response.ok) return { kind: "sent" };
      if (permanentStatus.has(response.status)) return { kind: "permanent", error: `http ${response.status}` };
      return { kind: "transient", error: `http ${response.status}`, connection: false };
    },
  };
}

/** The portal's senders, from its configuration. */
export function configuredSenders(): Senders {
  const e = env();
  const mail = smtpSender({ url: e.SMTP_URL, from: e.MAIL_FROM });
  return { ...mail, ...smsGateway({ url: e.SMS_URL, token: e.SMS_TOKEN }) };
}
