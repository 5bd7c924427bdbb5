-- What changed since stories were last recomputed, kept by triggers: reads need not scan the articles (whose
-- rows carry their text and analysis) to learn that nothing changed, and a recomputation re-reads only the
-- articles analysed or changed since. The triggers avoid conflicts rather than ignore them: inside a trigger
-- the outer statement's conflict handling (an upsert's) would replace theirs.
CREATE TABLE story_dirty (
  article_id TEXT PRIMARY KEY
) WITHOUT ROWID;
INSERT INTO story_dirty (article_id)
  SELECT a.id FROM articles a LEFT JOIN story_reports r ON r.article_id = a.id
  WHERE a.analyzed_at IS NOT NULL AND (r.analyzed_at IS NULL OR r.analyzed_at <> a.analyzed_at);
INSERT OR REPLACE INTO story_state (key, value) VALUES ('changes', '1');

CREATE TRIGGER story_article_added AFTER INSERT ON articles BEGIN
  INSERT INTO story_dirty (article_id) SELECT NEW.id WHERE NOT EXISTS (SELECT 1 FROM story_dirty WHERE article_id = NEW.id);
  UPDATE story_state SET value = CAST(value AS INTEGER) + 1 WHERE key = 'changes';
END;
CREATE TRIGGER story_article_changed AFTER UPDATE OF analyzed_at, title, source, lang, published_at, near_duplicate_of, original_id ON articles BEGIN
  INSERT INTO story_dirty (article_id) SELECT NEW.id WHERE NOT EXISTS (SELECT 1 FROM story_dirty WHERE article_id = NEW.id);
  UPDATE story_state SET value = CAST(value AS INTEGER) + 1 WHERE key = 'changes';
END;
CREATE TRIGGER story_article_removed AFTER DELETE ON articles BEGIN
  UPDATE story_state SET value = CAST(value AS INTEGER) + 1 WHERE key = 'changes';
END;
CREATE TRIGGER story_copy_added AFTER INSERT ON article_copies BEGIN
  UPDATE story_state SET value = CAST(value AS INTEGER) + 1 WHERE key = 'changes';
END;
CREATE TRIGGER story_split_added AFTER INSERT ON event_splits BEGIN
  UPDATE story_state SET value = CAST(value AS INTEGER) + 1 WHERE key = 'changes';
END;
CREATE TRIGGER story_split_removed AFTER DELETE ON event_splits BEGIN
  UPDATE story_state SET value = CAST(value AS INTEGER) + 1 WHERE key = 'changes';
END;
