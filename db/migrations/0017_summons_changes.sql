ALTER TABLE `summonses` ADD `changed_items` text;--> statement-breakpoint
ALTER TABLE `summonses` ADD `change_reason` text;--> statement-breakpoint
ALTER TABLE `summonses` ADD `changed_at` text;