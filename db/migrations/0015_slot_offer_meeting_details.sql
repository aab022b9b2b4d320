ALTER TABLE `slot_offers` ADD `title` text;--> statement-breakpoint
ALTER TABLE `slot_offers` ADD `description` text;--> statement-breakpoint
ALTER TABLE `slot_offers` ADD `address` text;--> statement-breakpoint
ALTER TABLE `slot_offers` ADD `phone_to_call` text;--> statement-breakpoint
ALTER TABLE `slot_offers` ADD `contact_options` text;--> statement-breakpoint
ALTER TABLE `slot_offers` ADD `rebooking_possible` integer DEFAULT false NOT NULL;