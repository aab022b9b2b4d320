import { sweepExpiredSessions } from "./features/auth/session.server";
import { startSync } from "./foundation/worker.server";
import { env } from "./utils/env.server";
import { logger } from "./utils/logger.server";

/**
 * The portal's background work: the sync worker and the sweep of ended sessions. Started by the
 * server from the Remix build, so it shares one module instance (and one outbox signal) with the
 * routes.
 */
export function startBackgroundWork(): { stop: () => Promise<void> } {
  const sync = env().SYNC_WORKER === "on" ? startSync() : undefined;
  const sweep = setInterval(() => {
    try {
      const removed = sweepExpiredSessions();
      if (removed > 0) logger.info("sessions.swept", { removed });
    } catch (error) {
      logger.error("sessions.sweep-failed", { error });
    }
  }, 10 * 60_000);
  sweep.unref();
  return {
    stop: async () => {
      clearInterval(sweep);
      await sync?.stop();
    },
  };
}
