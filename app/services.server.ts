import { pruneAccessLog } from "./features/access-log/access-log.server";
import { sweepExpiredSessions } from "./features/auth/session.server";
import { sweepKeptForms } from "./features/auth/kept-form.server";
import { expireJobOrders } from "./features/job-orders/commands.server";
import { startSync } from "./foundation/worker.server";
import { startNotifications } from "./notifications/worker.server";
import { syncRegistry } from "./sync-registry.server";
import { startCheckpointer } from "../db/checkpointer";
import { env } from "./utils/env.server";
import { logger } from "./utils/logger.server";
import { storeFile } from "./utils/store.server";

/**
 * The portal's background work: the sync worker, the notification worker (e-mail, SMS and the
 * reminders' scheduler), the store's WAL checkpoints, the sweep of ended
 * sessions, the access log's six-month retention, and the closing of job orders whose deadline has passed. Started by the
 * server from the Remix build, so it shares one module instance (and one outbox signal) with the
 * routes.
 */
export function startBackgroundWork(): { stop: () => Promise<void> } {
  const sync = env().SYNC_WORKER === "on" ? startSync(syncRegistry) : undefined;
  const notifications = env().NOTIFICATIONS_WORKER === "on" ? startNotifications() : undefined;
  const checkpointer = startCheckpointer(storeFile(), { onError: (message) => logger.warn("store.checkpoint-failed", { message }) });
  const sweep = setInterval(() => {
    try {
      const removed = sweepExpiredSessions();
      if (removed > 0) logger.info("sessions.swept", { removed });
      const forms = sweepKeptForms();
      if (forms > 0) logger.info("kept-forms.swept", { removed: forms });
    } catch (error) {
      logger.error("sessions.sweep-failed", { error });
    }
  }, 10 * 60_000);
  sweep.unref();
  const retention = () => {
    try {
      const removed = pruneAccessLog();
      if (removed > 0) logger.info("access-log.pruned", { removed });
    } catch (error) {
      logger.error("access-log.prune-failed", { error });
    }
  };
  retention();
  const daily = setInterval(retention, 24 * 3600_000);
  daily.unref();
  // Hourly (and at start): an order closes within the hour after its last day ends.
  const expiry = () => {
    try {
      const closed = expireJobOrders();
      if (closed > 0) logger.info("job-orders.expired", { closed });
    } catch (error) {
      logger.error("job-orders.expiry-failed", { error });
    }
  };
  expiry();
  const hourly = setInterval(expiry, 3600_000);
  hourly.unref();
  return {
    stop: async () => {
      clearInterval(sweep);
      clearInterval(daily);
      clearInterval(hourly);
      await sync?.stop();
      await notifications?.stop();
      notifications?.close();
      await checkpointer.stop();
    },
  };
}
