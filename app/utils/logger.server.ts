import { createHash } from "node:crypto";

type Level = "debug" | "info" | "warn" | "error";
const order: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

// A last line of defence: callers log ids, never personal data, but a CPR-shaped number that slips
// into a message or field is masked whole (its first six digits are a birth date) before it
// reaches the log, wherever it stands: `x1504851234` and `_1504851234_` too.
const cprPattern = /(?<!\d)\d{6}-?\d{4}(?!\d)/g;

function scrub(value: unknown): unknown {
  if (typeof value === "string") return value.replace(cprPattern, "xxxxxx-xxxx");
  if (Array.isArray(value)) return value.map(scrub);
  if (value instanceof Error) return { name: value.name, message: scrub(value.message), stack: scrub(value.stack) };
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v)]));
  }
  return value;
}

function threshold(): number {
  const level = process.env.LOG_LEVEL as Level | undefined;
  return order[level ?? "info"] ?? order.info;
}

/**
 * One JSON object per line. JSON escapes CR/LF and control characters, so user input in a field
 * cannot forge a log line.
 */
function write(level: Level, event: string, fields: Record<string, unknown> = {}): void {
  if (order[level] < threshold()) return;
  const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...(scrub(fields) as object) });
  (level === "error" || level === "warn" ? process.stderr : process.stdout).write(`${line}\n`);
}

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
