-- The access log is append-only: no update ever, and no delete of a row younger than six months
-- (183 days), so the application cannot rewrite who looked at whose data.
CREATE TRIGGER `access_log_no_update` BEFORE UPDATE ON `access_log`
BEGIN
  SELECT RAISE(ABORT, 'access_log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `access_log_retention_only` BEFORE DELETE ON `access_log`
WHEN old.`at` > (unixepoch('subsec') * 1000 - 183 * 86400000)
BEGIN
  SELECT RAISE(ABORT, 'access_log rows are kept six months');
END;
