/**
 * What every stub process does around its servers: read `.env` unless told not to, stop on SIGINT
 * and SIGTERM, and stop by itself when its parent is gone (killed with SIGKILL, say), so no stub is
 * left holding its port after `npm start` or a test run ended.
 */
export function loadEnvFile(ignore: boolean): void {
  if (ignore) return;
  try {
    process.loadEnvFile(".env");
  } catch {
    // no .env: defaults apply
  }
}

/** A JSON log line: ids, counts and event names only, never addresses, numbers or message text. */
export function log(level: "info" | "error", event: string, fields: Record<string, unknown> = {}): void {
  const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...fields });
  (level === "error" ? process.stderr : process.stdout).write(`${line}\n`);
}

export function port(value: string | undefined, fallback: number, name: string): number {
  const n = Number(value ?? fallback);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`${name} must be a port number`);
  return n;
}

/** Runs `stop` once on SIGINT, SIGTERM or when the parent process has gone; exits after 5 s at most. */
export function stopWithParent(stop: () => Promise<void>): void {
  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(1), 5_000).unref();
    stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  const parent = process.ppid;
  const watch = setInterval(() => {
    if (process.ppid !== parent) shutdown();
  }, 1_000);
  watch.unref();
}

/** `&`, `<`, `>`, `"` and `'` escaped, for text in the inbox pages. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** A plain inbox page (no scripts, no external resources). */
export function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:1.5rem;max-width:60rem}table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #ccc;vertical-align:top}pre{white-space:pre-wrap;background:#f6f6f6;padding:.75rem}iframe{width:100%;height:30rem;border:1px solid #ccc}</style>
</head><body>${body}</body></html>`;
}

/** Headers for the inbox pages: nothing loads, nothing runs, nothing frames them. */
export const pageHeaders = {
  "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-src 'self'; frame-ancestors 'self'; base-uri 'none'; form-action 'self'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cache-Control": "no-store",
};
