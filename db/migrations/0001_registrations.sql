CREATE TABLE `absences` (
	`id` text PRIMARY KEY NOT NULL,
	`citizen_id` text NOT NULL,
	`absence_type` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text,
	`comment` text,
	`reported_on` text NOT NULL,
	`withdrawn` integer DEFAULT false NOT NULL,
	`awaits_job_centre_decision` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`citizen_id`) REFERENCES `citizens`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `absences_citizen` ON `absences` (`citizen_id`,`start_date`);--> statement-breakpoint
CREATE TABLE `registration_drafts` (
	`citizen_id` text PRIMARY KEY NOT NULL,
	`answers` text NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`citizen_id`) REFERENCES `citizens`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `registration_occupations` (
	`registration_id` text NOT NULL,
	`occupation_code` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`registration_id`, `occupation_code`),
	FOREIGN KEY (`registration_id`) REFERENCES `registrations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `registrations` (
	`id` text PRIMARY KEY NOT NULL,
	`citizen_id` text NOT NULL,
	`registered_on` text NOT NULL,
	`benefit_category` text NOT NULL,
	`unemployment_degree` text NOT NULL,
	`unemployed_from` text NOT NULL,
	`unemployment_fund` text,
	`phone` text,
	`email` text,
	`status` text NOT NULL,
	`ended_on` text,
	`end_reason` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`citizen_id`) REFERENCES `citizens`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `registrations_citizen` ON `registrations` (`citizen_id`,`status`);