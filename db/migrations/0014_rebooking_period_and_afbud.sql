ALTER TABLE `summonses` ADD `rebooking_period_from` text;--> statement-breakpoint
ALTER TABLE `summonses` ADD `rebooking_period_to` text;--> statement-breakpoint
ALTER TABLE `summonses` ADD `cancelled_by` text;--> statement-breakpoint
ALTER TABLE `summonses` ADD `citizen_cancellation_reason` text;--> statement-breakpoint
-- Every cancellation so far was the job centre's: citizens could not cancel before this.
UPDATE `summonses` SET `cancelled_by` = 'job-centre' WHERE `status` = 'cancelled';
