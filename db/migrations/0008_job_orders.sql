CREATE TABLE `job_order_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`job_order_id` text NOT NULL,
	`at` integer NOT NULL,
	`kind` text NOT NULL,
	`status` text,
	`actor` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `job_order_events_order` ON `job_order_events` (`job_order_id`,`at`);--> statement-breakpoint
CREATE TABLE `job_orders` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`cvr` text NOT NULL,
	`p_number` text,
	`employer_name` text NOT NULL,
	`title` text NOT NULL,
	`occupation` text NOT NULL,
	`description` text NOT NULL,
	`internal_comment` text,
	`job_order_type` text NOT NULL,
	`working_time` text NOT NULL,
	`weekly_hours` real,
	`positions` integer NOT NULL,
	`start_date` text,
	`application_deadline` text NOT NULL,
	`workplace_address` text NOT NULL,
	`postcode` text NOT NULL,
	`municipality_code` text,
	`contact_name` text NOT NULL,
	`contact_phone` text,
	`contact_email` text,
	`origin` text NOT NULL,
	`status` text NOT NULL,
	`status_comment` text,
	`published_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `job_orders_id_unique` ON `job_orders` (`id`);--> statement-breakpoint
CREATE INDEX `job_orders_status` ON `job_orders` (`status`);--> statement-breakpoint
CREATE INDEX `job_orders_status_deadline` ON `job_orders` (`status`,`application_deadline`);--> statement-breakpoint
CREATE INDEX `job_orders_status_occupation` ON `job_orders` (`status`,`occupation`);--> statement-breakpoint
CREATE INDEX `job_orders_status_occupation_deadline` ON `job_orders` (`status`,`occupation`,`application_deadline`);--> statement-breakpoint
CREATE INDEX `job_orders_status_postcode` ON `job_orders` (`status`,`postcode`);--> statement-breakpoint
CREATE INDEX `job_orders_status_postcode_deadline` ON `job_orders` (`status`,`postcode`,`application_deadline`);--> statement-breakpoint
CREATE INDEX `job_orders_status_municipality` ON `job_orders` (`status`,`municipality_code`);--> statement-breakpoint
CREATE INDEX `job_orders_status_municipality_deadline` ON `job_orders` (`status`,`municipality_code`,`application_deadline`);--> statement-breakpoint
CREATE INDEX `job_orders_status_working_time` ON `job_orders` (`status`,`working_time`);--> statement-breakpoint
CREATE INDEX `job_orders_status_working_time_deadline` ON `job_orders` (`status`,`working_time`,`application_deadline`);--> statement-breakpoint
CREATE INDEX `job_orders_cvr` ON `job_orders` (`cvr`);--> statement-breakpoint
CREATE INDEX `job_orders_cvr_deadline` ON `job_orders` (`cvr`,`application_deadline`);--> statement-breakpoint
CREATE INDEX `job_orders_deadline` ON `job_orders` (`application_deadline`);--> statement-breakpoint
CREATE TABLE `placements` (
	`id` text PRIMARY KEY NOT NULL,
	`job_order_id` text NOT NULL,
	`citizen_id` text NOT NULL,
	`status` text NOT NULL,
	`comment` text,
	`registered_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`citizen_id`) REFERENCES `citizens`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `placements_job_order` ON `placements` (`job_order_id`,`created_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `placements_order_citizen` ON `placements` (`job_order_id`,`citizen_id`);