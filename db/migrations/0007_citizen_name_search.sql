-- Staff find citizens by any part of the name: a full-text index of names, word prefixes matched,
-- kept in step with the citizens table by triggers. Danish letters are kept as they are (no
-- folding of å to a), so "Åse" does not match "Ase".
CREATE VIRTUAL TABLE `citizen_names` USING fts5(`name`, content='citizens', content_rowid='rowid', tokenize='unicode61 remove_diacritics 0');
--> statement-breakpoint
INSERT INTO `citizen_names` (`rowid`, `name`) SELECT `rowid`, `name` FROM `citizens`;
--> statement-breakpoint
CREATE TRIGGER `citizen_names_insert` AFTER INSERT ON `citizens` BEGIN
  INSERT INTO `citizen_names` (`rowid`, `name`) VALUES (new.`rowid`, new.`name`);
END;
--> statement-breakpoint
CREATE TRIGGER `citizen_names_delete` AFTER DELETE ON `citizens` BEGIN
  INSERT INTO `citizen_names` (`citizen_names`, `rowid`, `name`) VALUES ('delete', old.`rowid`, old.`name`);
END;
--> statement-breakpoint
CREATE TRIGGER `citizen_names_update` AFTER UPDATE OF `name` ON `citizens` BEGIN
  INSERT INTO `citizen_names` (`citizen_names`, `rowid`, `name`) VALUES ('delete', old.`rowid`, old.`name`);
  INSERT INTO `citizen_names` (`rowid`, `name`) VALUES (new.`rowid`, new.`name`);
END;
