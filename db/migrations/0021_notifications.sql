CREATE TABLE `notification_outbox` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`kind` text NOT NULL,
	`channel` text NOT NULL,
	`citizen_id` text NOT NULL,
	`recipient` text NOT NULL,
	`language` text NOT NULL,
	`payload` text NOT NULL,
	`summons_id` text,
	`meeting_start` text,
	`expires_at` integer,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`last_error` text,
	`created_at` integer NOT NULL,
	`sent_at` integer,
	FOREIGN KEY (`citizen_id`) REFERENCES `citizens`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `notification_outbox_key_unique` ON `notification_outbox` (`key`);--> statement-breakpoint
CREATE INDEX `notification_outbox_due` ON `notification_outbox` (`next_attempt_at`) WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX `notification_outbox_citizen` ON `notification_outbox` (`citizen_id`,`seq`);--> statement-breakpoint
ALTER TABLE `citizens` ADD `language` text;