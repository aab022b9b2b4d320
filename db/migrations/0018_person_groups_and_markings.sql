CREATE TABLE `contact_groups` (
	`id` text PRIMARY KEY NOT NULL,
	`citizen_id` text NOT NULL,
	`contact_group` text NOT NULL,
	`effective_from` text NOT NULL,
	`registered_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`citizen_id`) REFERENCES `citizens`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `contact_groups_citizen` ON `contact_groups` (`citizen_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `visitation_groups` (
	`id` text PRIMARY KEY NOT NULL,
	`citizen_id` text NOT NULL,
	`visitation_group` text NOT NULL,
	`effective_from` text NOT NULL,
	`held_conversation_id` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`citizen_id`) REFERENCES `citizens`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `visitation_groups_held_conversation_id_unique` ON `visitation_groups` (`held_conversation_id`);--> statement-breakpoint
CREATE INDEX `visitation_groups_citizen` ON `visitation_groups` (`citizen_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `person_markings` ADD `registered_by` text;--> statement-breakpoint
ALTER TABLE `person_markings` ADD `ended_on` text;--> statement-breakpoint
ALTER TABLE `person_markings` ADD `ended_by` text;--> statement-breakpoint
-- Visitation groups registered with held conversations before they had their own history: the day
-- of the conversation (UTC) stands in for the day of registration.
INSERT INTO `visitation_groups` (`id`, `citizen_id`, `visitation_group`, `effective_from`, `held_conversation_id`, `created_at`)
SELECT lower(hex(randomblob(16))), `citizen_id`, `new_visitation_group`, substr(`held_on`, 1, 10), `id`, `updated_at`
FROM `held_conversations` WHERE `new_visitation_group` IS NOT NULL;
