CREATE TABLE `code_list_entries` (
	`list` text NOT NULL,
	`code` text NOT NULL,
	`label_da` text NOT NULL,
	`label_en` text NOT NULL,
	`interim` integer DEFAULT false NOT NULL,
	`valid_from` text,
	`valid_to` text,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`attributes` text,
	PRIMARY KEY(`list`, `code`)
);
--> statement-breakpoint
CREATE TABLE `consents` (
	`citizen_id` text PRIMARY KEY NOT NULL,
	`fetch_given` integer NOT NULL,
	`fetch_on` text NOT NULL,
	`share_given` integer NOT NULL,
	`share_on` text NOT NULL,
	FOREIGN KEY (`citizen_id`) REFERENCES `citizens`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `foundation_aggregates` (
	`aggregate_type` text NOT NULL,
	`aggregate_id` text NOT NULL,
	`version` integer NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`data` text,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`aggregate_type`, `aggregate_id`)
);
--> statement-breakpoint
CREATE TABLE `notices` (
	`id` text PRIMARY KEY NOT NULL,
	`audience` text NOT NULL,
	`subject_id` text NOT NULL,
	`kind` text NOT NULL,
	`data` text,
	`created_at` integer NOT NULL,
	`read_at` integer
);
--> statement-breakpoint
CREATE INDEX `notices_subject` ON `notices` (`audience`,`subject_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `outbox` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`idempotency_key` text NOT NULL,
	`message_type` text NOT NULL,
	`aggregate_type` text NOT NULL,
	`aggregate_id` text NOT NULL,
	`expected_version` integer NOT NULL,
	`message` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`last_error` text,
	`created_at` integer NOT NULL,
	`sent_at` integer,
	`acknowledged_version` integer,
	`actor_audience` text,
	`actor_id` text,
	`undo` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_idempotency_key_unique` ON `outbox` (`idempotency_key`);--> statement-breakpoint
CREATE INDEX `outbox_pending` ON `outbox` (`seq`) WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX `outbox_aggregate` ON `outbox` (`aggregate_type`,`aggregate_id`,`seq`);--> statement-breakpoint
CREATE INDEX `outbox_dead` ON `outbox` (`seq`) WHERE status = 'dead';--> statement-breakpoint
CREATE TABLE `sync_state` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `citizens` (
	`id` text PRIMARY KEY NOT NULL,
	`cpr` text NOT NULL,
	`name` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `citizens_cpr_unique` ON `citizens` (`cpr`);--> statement-breakpoint
CREATE TABLE `employers` (
	`cvr` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `staff_users` (
	`id` text PRIMARY KEY NOT NULL,
	`cvr` text NOT NULL,
	`rid` text NOT NULL,
	`name` text NOT NULL,
	`municipality` text NOT NULL,
	`municipality_code` text NOT NULL,
	`active` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `staff_users_cvr_rid` ON `staff_users` (`cvr`,`rid`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id_hash` text PRIMARY KEY NOT NULL,
	`audience` text NOT NULL,
	`subject_id` text NOT NULL,
	`rid` text,
	`display_name` text NOT NULL,
	`organisation` text,
	`created_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL,
	`idle_seconds` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`id_token` text
);
--> statement-breakpoint
CREATE INDEX `sessions_expires_at` ON `sessions` (`expires_at`);