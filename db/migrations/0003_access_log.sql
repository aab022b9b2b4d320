CREATE TABLE `access_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`actor_type` text NOT NULL,
	`actor_id` text NOT NULL,
	`actor_role` text NOT NULL,
	`actor_organisation` text NOT NULL,
	`action` text NOT NULL,
	`subject_citizen_id` text,
	`criterion` text
);
--> statement-breakpoint
CREATE INDEX `access_log_subject` ON `access_log` (`subject_citizen_id`,`at`);--> statement-breakpoint
CREATE INDEX `access_log_at` ON `access_log` (`at`);