-- Stories updated incrementally. Every change the stories depend on is a mark in story_dirty (the article it
-- touches, or the split), not a counter in story_state: concurrent writers touch different rows, a
-- recomputation reads only the marked articles and clears the marks it read, and PostgreSQL's triggers (its
-- migration 002) keep the same marks.
DROP TRIGGER story_article_added;
DROP TRIGGER story_article_changed;
DROP TRIGGER story_article_removed;
DROP TRIGGER story_copy_added;
DROP TRIGGER story_split_added;
DROP TRIGGER story_split_removed;
DELETE FROM story_state WHERE key IN ('changes', 'fingerprint');

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

-- What lets a new article touch only the merged events and stories it can join. Each event mention of an
-- analysed article: the block it merges in (type family and actor countries; 'single' or 'denial' otherwise),
-- its place in the merge order, the merged event it is in, and why it joined it.
DROP TABLE merged_event_mentions;
CREATE TABLE story_mentions (
  mention_key TEXT PRIMARY KEY,
  article_id TEXT NOT NULL,
  block TEXT NOT NULL,
  sort_key TEXT NOT NULL,              -- 'reportedAt mentionKey': the merge order within a block
  reported_at TEXT NOT NULL,
  denies TEXT,                         -- the mention key of the claim a denial denies
  event_id TEXT NOT NULL,
  reason TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX story_mentions_block ON story_mentions (block, reported_at);
CREATE INDEX story_mentions_article ON story_mentions (article_id);
CREATE INDEX story_mentions_event ON story_mentions (event_id);
CREATE INDEX story_mentions_denies ON story_mentions (denies) WHERE denies IS NOT NULL;

-- Each analysed article's copy family (the least id or original-title key of its copies, translations and
-- originals), its story and its topic.
CREATE TABLE story_articles (
  article_id TEXT PRIMARY KEY,
  published_at TEXT NOT NULL,
  source TEXT NOT NULL,
  title TEXT,
  copy_of TEXT,
  title_key TEXT,                      -- 'original:' + its title, lower case
  original_key TEXT,                   -- 'original:' + the title of the original it names
  family TEXT NOT NULL,
  story_id TEXT,
  topic_id TEXT
) WITHOUT ROWID;
CREATE INDEX story_articles_copy_of ON story_articles (copy_of) WHERE copy_of IS NOT NULL;
CREATE INDEX story_articles_title_key ON story_articles (title_key) WHERE title_key IS NOT NULL;
CREATE INDEX story_articles_original_key ON story_articles (original_key) WHERE original_key IS NOT NULL;
CREATE INDEX story_articles_family ON story_articles (family, published_at, article_id);
CREATE INDEX story_articles_topic ON story_articles (topic_id);

-- The entities each analysed article names, by date: articles without events join stories through them.
CREATE TABLE story_entities (
  entity_id TEXT NOT NULL,
  article_id TEXT NOT NULL,
  published_at TEXT NOT NULL,
  eventless INTEGER NOT NULL,
  PRIMARY KEY (entity_id, article_id)
) WITHOUT ROWID;
CREATE INDEX story_entities_article ON story_entities (article_id);
CREATE INDEX story_entities_date ON story_entities (entity_id, published_at, article_id);
CREATE INDEX story_entities_eventless ON story_entities (entity_id, eventless, published_at);

-- The time span a merged event's reports narrow to (null: open): a new mention can join it only if its own overlaps.
ALTER TABLE merged_events ADD COLUMN span_start TEXT;
ALTER TABLE merged_events ADD COLUMN span_end TEXT;

-- The results are rebuilt from these tables once.
DELETE FROM merged_events;
DELETE FROM source_disagreements;
DELETE FROM stories;
INSERT INTO story_dirty (article_id) SELECT 'full:011' WHERE NOT EXISTS (SELECT 1 FROM story_dirty WHERE article_id = 'full:011');
