-- Every change the stories depend on is a mark in story_dirty (the article it touches, or the split), not a
-- counter in story_state: concurrent writers then touch different rows, and PostgreSQL's triggers (its
-- migration 002) keep the same marks. A recomputation clears the marks it has read.
DROP TRIGGER story_article_added;
DROP TRIGGER story_article_changed;
DROP TRIGGER story_article_removed;
DROP TRIGGER story_copy_added;
DROP TRIGGER story_split_added;
DROP TRIGGER story_split_removed;
DELETE FROM story_state WHERE key IN ('changes', 'fingerprint');
-- Whatever was pending under the counter is recomputed once.
INSERT INTO story_dirty (article_id) SELECT 'migration:011' WHERE NOT EXISTS (SELECT 1 FROM story_dirty WHERE article_id = 'migration:011');

CREATE TRIGGER story_article_added AFTER INSERT ON articles BEGIN
  INSERT INTO story_dirty (article_id) SELECT NEW.id WHERE NOT EXISTS (SELECT 1 FROM story_dirty WHERE article_id = NEW.id);
END;
CREATE TRIGGER story_article_changed AFTER UPDATE OF analyzed_at, title, source, lang, published_at, near_duplicate_of, original_id ON articles BEGIN
  INSERT INTO story_dirty (article_id) SELECT NEW.id WHERE NOT EXISTS (SELECT 1 FROM story_dirty WHERE article_id = NEW.id);
END;
CREATE TRIGGER story_article_removed AFTER DELETE ON articles BEGIN
  INSERT INTO story_dirty (article_id) SELECT OLD.id WHERE NOT EXISTS (SELECT 1 FROM story_dirty WHERE article_id = OLD.id);
END;
CREATE TRIGGER story_copy_added AFTER INSERT ON article_copies BEGIN
  INSERT INTO story_dirty (article_id) SELECT NEW.article_id WHERE NOT EXISTS (SELECT 1 FROM story_dirty WHERE article_id = NEW.article_id);
END;
CREATE TRIGGER story_split_added AFTER INSERT ON event_splits BEGIN
  INSERT INTO story_dirty (article_id) SELECT 'split:' || NEW.mention_key WHERE NOT EXISTS (SELECT 1 FROM story_dirty WHERE article_id = 'split:' || NEW.mention_key);
END;
CREATE TRIGGER story_split_removed AFTER DELETE ON event_splits BEGIN
  INSERT INTO story_dirty (article_id) SELECT 'split:' || OLD.mention_key WHERE NOT EXISTS (SELECT 1 FROM story_dirty WHERE article_id = 'split:' || OLD.mention_key);
END;
