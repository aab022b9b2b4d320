import { useEffect, useSyncExternalStore } from "react";

/*
 * Whether the page shows an error summary now, for its title ("Fejl: …"). An error summary reports
 * itself while it is shown; the root's `PageMeta` reads it. A summary from the browser's own check
 * (no request was made) counts as much as one from the server.
 */
let shown = 0;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Called by an error summary: while `visible`, the page counts as showing errors. */
export function useReportErrorsShown(visible: boolean) {
  useEffect(() => {
    if (!visible) return;
    shown++;
    emit();
    return () => {
      shown--;
      emit();
    };
  }, [visible]);
}

/** Whether an error summary is shown (always false on the server, where the action's answer says it). */
export function useErrorsShown(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => shown > 0,
    () => false,
  );
}
