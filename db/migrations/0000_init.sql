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
CREATE TABLE `login_attempts` (
	`id_hash` text PRIMARY KEY NOT NULL,
	`audience` text NOT NULL,
	`state` text NOT NULL,
	`nonce` text NOT NULL,
	`code_verifier` text NOT NULL,
	`return_to` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
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