-- Full-text search over job orders (ADR 0010). A contentless FTS5 index (the text lives once, in
-- job_orders) whose rowid is job_orders.seq; contentless_delete lets the triggers remove a row.
-- The occupation's Danish and English titles are indexed with the order, so "bager" finds an
-- order whose title says "Bagersvend" but whose occupation is Bager. Prefix indexes of 2 and 3
-- characters keep "lager*" fast: Danish compounds make prefix search the normal case.
CREATE VIRTUAL TABLE `job_orders_search` USING fts5(
  `title`, `employer_name`, `occupation_title`, `description`,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
--> statement-breakpoint
CREATE TRIGGER `job_orders_search_insert` AFTER INSERT ON `job_orders`
BEGIN
  INSERT INTO `job_orders_search` (`rowid`, `title`, `employer_name`, `occupation_title`, `description`)
  VALUES (new.`seq`, new.`title`, new.`employer_name`,
    (SELECT group_concat(`label_da` || ' ' || `label_en`, ' ') FROM `code_list_entries` WHERE `list` = 'occupation' AND `code` = new.`occupation`),
    new.`description`);
END;
--> statement-breakpoint
CREATE TRIGGER `job_orders_search_update` AFTER UPDATE OF `title`, `employer_name`, `occupation`, `description` ON `job_orders`
BEGIN
  DELETE FROM `job_orders_search` WHERE `rowid` = old.`seq`;
  INSERT INTO `job_orders_search` (`rowid`, `title`, `employer_name`, `occupation_title`, `description`)
  VALUES (new.`seq`, new.`title`, new.`employer_name`,
    (SELECT group_concat(`label_da` || ' ' || `label_en`, ' ') FROM `code_list_entries` WHERE `list` = 'occupation' AND `code` = new.`occupation`),
    new.`description`);
END;
--> statement-breakpoint
CREATE TRIGGER `job_orders_search_delete` AFTER DELETE ON `job_orders`
BEGIN
  DELETE FROM `job_orders_search` WHERE `rowid` = old.`seq`;
END;
--> statement-breakpoint
-- The index's own terms, so a search word can be expanded to the whole words it begins (ADR 0010).
CREATE VIRTUAL TABLE `job_orders_search_terms` USING fts5vocab(`job_orders_search`, 'row');
