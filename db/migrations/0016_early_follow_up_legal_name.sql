-- Seed 000 § 20 stk. 4: the person marking is reported by its legal name, "Tidlig opfølgning - fast track".
UPDATE `person_markings` SET `marking` = 'Tidlig opfølgning - fast track' WHERE `marking` = 'early-follow-up';--> statement-breakpoint
-- Reports still waiting to be sent carry the same name.
UPDATE `outbox` SET `message` = json_set(`message`, '$.data.marking', 'Tidlig opfølgning - fast track') WHERE `message_type` = 'personMarking' AND `status` = 'pending';
