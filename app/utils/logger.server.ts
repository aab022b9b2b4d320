import { createHash } from "node:crypto";
import pino, { type DestinationStream, type LogFn } from "pino";
import { currentRequestId } from "./request-context.server";

type Level = "debug" | "info" | "warn" | "error";
const levels: ReadonlySet<string> = new Set<Level>(["debug", "info", "warn", "error"]);

// A last line of defence: callers log ids, never personal data, but a CPR-shaped number that slips
// into a message or field is masked whole (its first six digits are a birth date) before it
// reaches the log, wherever it stands: `x1504851234` and `_1504851234_` too.
// A UUID (a request, session or record id) is matched first and kept: its digit runs can take
// the shape (`2c534085-1234-…`), and a masked request id would no longer find its log line.
const cprPattern = /(?<![0-9a-f-])[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}(?![0-9a-f-])|(?<!\d)\d{6}-?\d{4}(?!\d)/gi;

function maskCpr(text: string): string {
  return text.replace(cprPattern, (match) => (match.length === 36 ? match : "xxxxxx-xxxx"));
}

function scrub(value: unknown): unknown {
  if (typeof value === "string") return maskCpr(value);
  if (Array.isArray(value)) return value.map(scrub);
  if (value instanceof Error) return { name: value.name, message: scrub(value.message), stack: scrub(value.stack) };
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v)]));
  }
  return value;
}

/**
 * Fields that name a person's data are removed by pino, whatever code passes them, at the top and
 * one level down (`{ citizen: { cpr } }`). A nested `name` is kept: errors have one.
 */
export const redactedPaths = [
  ...["cpr", "name", "givenName", "familyName", "email", "phone", "address", "birthDate"],
  ...["cpr", "givenName", "familyName", "email", "phone", "address", "birthDate"].map((field) => `*.${field}`),
];

// Resolved at each write, as process.stdout was before: a test that captures the stream sees the line.
const stdout: DestinationStream = { write: (line: string) => void process.stdout.write(line) };
const stderr: DestinationStream = { write: (line: string) => void process.stderr.write(line) };

const base = pino(
  {
    level: "info",
    // No pid or hostname: one line is the time, the level, the event and the caller's fields.
    base: undefined,
    messageKey: "event",
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: {
      // "level":"warn", not pino's number: the log checks and people read the word.
      level: (label) => ({ level: label }),
      // Every string of every field, nested or in an error, after the request's fields are merged in.
      log: (fields) => scrub(fields) as Record<string, unknown>,
    },
    hooks: {
      // The event (pino's message) is not a field: it is masked here.
      logMethod(args, method) {
        method.apply(this, args.map((arg) => (typeof arg === "string" ? maskCpr(arg) : arg)) as Parameters<LogFn>);
      },
    },
    // The request the code runs for (see request-context.server.ts); the caller's own fields win.
    mixin: () => {
      const requestId = currentRequestId();
      return requestId === undefined ? {} : { requestId };
    },
    redact: { paths: redactedPaths, censor: "[redacted]" },
  },
  // Warnings and errors to stderr, the rest to stdout; each line to one of them only.
  pino.multistream(
    [
      { level: "debug", stream: stdout },
      { level: "warn", stream: stderr },
    ],
    { dedupe: true },
  ),
);

/** LOG_LEVEL is read at each write, as before: `.env` is loaded after this module. */
function write(level: Level, event: string, fields: Record<string, unknown> = {}): void {
  const wanted = process.env.LOG_LEVEL;
  const threshold = wanted !== undefined && levels.has(wanted) ? wanted : "info";
  if (base.level !== threshold) base.level = threshold;
  base[level](fields, event);
}

/**
 * One JSON object per line (`time`, `level`, `event`, then the fields). JSON escapes CR/LF and
 * control characters, so user input in a field cannot forge a log line.
 */
export const logger = {
  debug: (event: string, fields?: Record<string, unknown>) => write("debug", event, fields),
  info: (event: string, fields?: Record<string, unknown>) => write("info", event, fields),
  warn: (event: string, fields?: Record<string, unknown>) => write("warn", event, fields),
  error: (event: string, fields?: Record<string, unknown>) => write("error", event, fields),
  /** Security events (failed logins, refused requests) are warnings with a `security` marker. */
  security: (event: string, fields?: Record<string, unknown>) => write("warn", event, { security: true, ...fields }),
};

/** A stable, non-reversible reference to a user or session for logs. */
export function logRef(value: string): string {
  return createHash("sha256").update(value).digest("hex").slice(0, 16);
}

/** The segments a logged path keeps: words of the URL map, ids, the single-fetch data suffix. */
const knownSegment = /^(?:[a-z]+(?:-[a-z]+)*(?:\.[a-z]+)?|_root\.data|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?:\.data)?)$/;

/**
 * A request path as the log may show it: every segment that is not a known shape becomes `:x`,
 * so whatever a user typed into an address (a CPR number, a name) never reaches the log.
 */
export function loggablePath(path: string): string {
  return path
    .split("/")
    .map((segment) => (segment === "" || knownSegment.test(segment) ? segment : ":x"))
    .join("/");
}
