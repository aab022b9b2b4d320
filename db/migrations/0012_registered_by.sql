ALTER TABLE `summonses` ADD `registered_by` text;--> statement-breakpoint
ALTER TABLE `held_conversations` ADD `registered_by` text;--> statement-breakpoint
ALTER TABLE `slot_offers` ADD `registered_by` text;