-- Search rows take their article's rowid, so replacing an article's search row is a lookup by rowid, not a
-- scan of the whole index by the unindexed article_id column.
DELETE FROM articles_fts;
INSERT INTO articles_fts (rowid, article_id, title, text) SELECT rowid, id, coalesce(title, ''), text FROM articles;
CREATE TEMP TABLE trigram_articles AS SELECT DISTINCT article_id FROM articles_trigram;
DELETE FROM articles_trigram;
INSERT INTO articles_trigram (rowid, article_id, title, text)
  SELECT rowid, id, coalesce(title, ''), text FROM articles WHERE id IN (SELECT article_id FROM trigram_articles);
DROP TABLE trigram_articles;
