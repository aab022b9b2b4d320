CREATE TABLE `booking_deadlines` (
	`id` text PRIMARY KEY NOT NULL,
	`citizen_id` text NOT NULL,
	`job_centre` text NOT NULL,
	`meeting_type` text NOT NULL,
	`deadline` text NOT NULL,
	`summons_id` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`citizen_id`) REFERENCES `citizens`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `booking_deadlines_citizen` ON `booking_deadlines` (`citizen_id`,`deadline`);--> statement-breakpoint
CREATE TABLE `comments` (
	`id` text PRIMARY KEY NOT NULL,
	`target_kind` text NOT NULL,
	`target_id` text NOT NULL,
	`citizen_id` text NOT NULL,
	`text` text NOT NULL,
	`written_at` text NOT NULL,
	FOREIGN KEY (`citizen_id`) REFERENCES `citizens`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `comments_target` ON `comments` (`target_kind`,`target_id`,`written_at`);--> statement-breakpoint
CREATE TABLE `held_conversations` (
	`id` text PRIMARY KEY NOT NULL,
	`citizen_id` text NOT NULL,
	`summons_id` text,
	`held_on` text NOT NULL,
	`meeting_type` text NOT NULL,
	`meeting_form` text NOT NULL,
	`further_course_agreement` text,
	`flexjob_agreement` text,
	`a_kasse_participation_status` text,
	`practical_agreements` text,
	`new_visitation_group` text,
	`participants` text NOT NULL,
	`cv_not_adequate` integer,
	`job_centre` text NOT NULL,
	`forwarded_to_fund_at` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`citizen_id`) REFERENCES `citizens`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `held_conversations_citizen` ON `held_conversations` (`citizen_id`,`held_on`);--> statement-breakpoint
CREATE TABLE `person_markings` (
	`citizen_id` text NOT NULL,
	`marking` text NOT NULL,
	`requested_on` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`citizen_id`, `marking`),
	FOREIGN KEY (`citizen_id`) REFERENCES `citizens`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `slot_offers` (
	`id` text PRIMARY KEY NOT NULL,
	`job_centre` text NOT NULL,
	`caseworker_name` text NOT NULL,
	`meeting_type` text NOT NULL,
	`meeting_form` text NOT NULL,
	`location` text NOT NULL,
	`start` text NOT NULL,
	`end` text NOT NULL,
	`capacity` integer NOT NULL,
	`booked` integer DEFAULT 0 NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `slot_offers_fit` ON `slot_offers` (`job_centre`,`meeting_type`,`start`);--> statement-breakpoint
ALTER TABLE `summonses` ADD `slot_offer_id` text;--> statement-breakpoint
ALTER TABLE `summonses` ADD `move_reason` text;--> statement-breakpoint
ALTER TABLE `summonses` ADD `cancellation_reason` text;