/**
 * A stand-in mail server: a real SMTP server (smtp-server, from the nodemailer project) that keeps
 * every message it accepts in its own SQLite file, once per Message-ID, and shows them on a small
 * web inbox with a JSON view for tests. See README.md.
 *
 *   node --import tsx stubs/mail/server.ts
 */
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import type { Socket } from "node:net";
import { join } from "node:path";
import { simpleParser, type AddressObject } from "mailparser";
import { SMTPServer } from "smtp-server";
import { loadEnvFile, log, port, stopWithParent } from "../shared/process";
import { createInbox } from "./inbox";
import { openMailStore, type Attachment } from "./store";

loadEnvFile(process.env.MAIL_ENV_FILE === "ignore");

const host = process.env.HOST ?? "127.0.0.1";
const smtpPort = port(process.env.MAIL_PORT, 4030, "MAIL_PORT");
const httpPort = port(process.env.MAIL_HTTP_PORT, smtpPort === 0 ? 0 : smtpPort + 1, "MAIL_HTTP_PORT");
const dataDir = process.env.DATA_DIR ?? "./data";
const testControls = process.env.MAIL_TEST_CONTROLS === "1";

/** Bounded: a message of at most 2 MB, 50 recipients, 20 attachments, 50 clients at once. */
export const limits = { messageBytes: 2 * 1024 * 1024, recipients: 50, attachments: 20, clients: 50 };

const store = openMailStore(dataDir);

const addresses = (value: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(value) ? value : value ? [value] : []).flatMap((a) => a.value.map((v) => v.address ?? "")).filter(Boolean);

const smtp = new SMTPServer({
  name: "mail-stub.localhost",
  banner: "Jobportalen mail stub",
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  size: limits.messageBytes,
  maxClients: limits.clients,
  logger: false,
  socketTimeout: 30_000,
  onRcptTo(_address, session, callback) {
    if (session.envelope.rcptTo.length >= limits.recipients) {
      callback(Object.assign(new Error("too many recipients"), { responseCode: 452 }));
      return;
    }
    callback();
  },
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limits.messageBytes) chunks.push(chunk);
    });
    stream.on("end", () => {
      if (stream.sizeExceeded || size > limits.messageBytes) {
        callback(Object.assign(new Error("message exceeds fixed maximum message size"), { responseCode: 552 }));
        return;
      }
      const raw = Buffer.concat(chunks);
      simpleParser(raw, { skipImageLinks: true, maxHtmlLengthToParse: limits.messageBytes })
        .then((parsed) => {
          const attachments: Attachment[] = parsed.attachments.slice(0, limits.attachments).map((a) => ({
            filename: a.filename ?? "attachment",
            contentType: a.contentType,
            size: a.size,
            content: a.content.toString("base64"),
          }));
          const envelopeTo = session.envelope.rcptTo.map((r) => r.address);
          const { id, duplicate } = store.save({
            messageId: parsed.messageId ?? `<${randomUUID()}@mail-stub.localhost>`,
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : addresses(parsed.from)[0] ?? "",
            to: envelopeTo.length > 0 ? envelopeTo : addresses(parsed.to),
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : null,
            attachments,
            size: raw.length,
          });
          log("info", duplicate ? "mail.duplicate" : "mail.received", { id, bytes: raw.length, attachments: attachments.length });
          callback(null, duplicate ? "Already have it" : "Message accepted");
        })
        .catch((error: Error) => {
          log("error", "mail.unreadable", { name: error.name });
          callback(Object.assign(new Error("message could not be read"), { responseCode: 554 }));
        });
    });
  },
});

/**
 * Down: the SMTP port stops listening, so connections are refused as when the server is gone;
 * open connections are cut. Up: it listens again on the same port. The web inbox stays up.
 */
const sockets = new Set<Socket>();
smtp.server.on("connection", (socket: Socket) => {
  sockets.add(socket);
  socket.once("close", () => sockets.delete(socket));
});
let down = false;
let actualSmtpPort = smtpPort;
const listenSmtp = () =>
  new Promise<void>((resolve, reject) => {
    smtp.server.once("error", reject);
    smtp.server.listen(actualSmtpPort, host, () => {
      smtp.server.off("error", reject);
      const address = smtp.server.address();
      if (address && typeof address === "object") actualSmtpPort = address.port;
      resolve();
    });
  });
const faults = {
  get: () => ({ down }),
  set: async (next: { down: boolean }) => {
    if (next.down === down) return;
    down = next.down;
    if (down) {
      await new Promise<void>((resolve) => {
        smtp.server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
    } else {
      await listenSmtp();
    }
    log("info", "mail.faults", { down });
  },
};

const inbox = createInbox({ store, testControls, faults });
const http = createServer(inbox);

await listenSmtp();
http.listen(httpPort, host, () => {
  const address = http.address();
  log("info", "mail.listening", {
    smtp: `smtp://${host}:${actualSmtpPort}`,
    inbox: `http://${host}:${address && typeof address === "object" ? address.port : httpPort}`,
    database: join(dataDir, "mail.sqlite"),
    testControls,
  });
});

stopWithParent(async () => {
  await new Promise<void>((resolve) => {
    http.close(() => resolve());
    http.closeAllConnections();
  });
  if (!down) await new Promise<void>((resolve) => smtp.close(() => resolve()));
  store.close();
});
