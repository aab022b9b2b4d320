ALTER TABLE `absences` ADD `decision` text;--> statement-breakpoint
ALTER TABLE `absences` ADD `decided_on` text;--> statement-breakpoint
ALTER TABLE `absences` ADD `decided_by` text;--> statement-breakpoint
ALTER TABLE `absences` ADD `decision_reason` text;