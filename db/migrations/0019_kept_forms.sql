CREATE TABLE `kept_forms` (
	`audience` text NOT NULL,
	`subject_id` text NOT NULL,
	`path` text NOT NULL,
	`fields` text NOT NULL,
	`kept_until` integer NOT NULL,
	PRIMARY KEY(`audience`, `subject_id`, `path`)
);
--> statement-breakpoint
CREATE INDEX `kept_forms_until` ON `kept_forms` (`kept_until`);