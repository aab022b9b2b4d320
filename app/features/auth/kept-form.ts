/** How long a form sent after the session ended waits for its person to log in again (kept-form.server.ts). */
export const keptFormMinutes = 30;
