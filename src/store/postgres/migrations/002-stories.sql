-- The cross-article layer's results and its change marks on PostgreSQL, as SQLite's migrations 005, 007 and
-- 011 keep them (src/store/stories.ts reads and writes both): the compact reports the merge reads, the merged
-- events, disagreements and stories recomputed from them, and story_dirty, where triggers mark every change
-- the results depend on (an article, its copies, an analyst's split), and the tables that let a recomputation
-- touch only what a new article can join.
CREATE TABLE story_reports (
  article_id TEXT COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  analyzed_at TEXT COLLATE "C" NOT NULL,
  report_json TEXT NOT NULL
);

CREATE TABLE merged_events (
  id TEXT COLLATE "C" PRIMARY KEY,
  type TEXT COLLATE "C" NOT NULL,
  first_report TEXT COLLATE "C" NOT NULL,
  latest_report TEXT COLLATE "C" NOT NULL,
  source_count INTEGER NOT NULL,
  disputed INTEGER NOT NULL,
  codes TEXT COLLATE "C" NOT NULL,
  place TEXT COLLATE "C" NOT NULL,
  words TEXT COLLATE "C" NOT NULL,
  event_json TEXT NOT NULL,
  span_start TEXT COLLATE "C",         -- the time span its reports narrow to (null: open), which a new mention must overlap
  span_end TEXT COLLATE "C"
);
CREATE INDEX merged_events_order ON merged_events (first_report, id);

-- What lets a new article touch only the merged events and stories it can join (see SQLite's migration 011).
CREATE TABLE story_mentions (
  mention_key TEXT COLLATE "C" PRIMARY KEY,
  article_id TEXT COLLATE "C" NOT NULL,
  block TEXT COLLATE "C" NOT NULL,
  sort_key TEXT COLLATE "C" NOT NULL,
  reported_at TEXT COLLATE "C" NOT NULL,
  denies TEXT COLLATE "C",
  event_id TEXT COLLATE "C" NOT NULL,
  reason TEXT NOT NULL
);
CREATE INDEX story_mentions_block ON story_mentions (block, reported_at);
CREATE INDEX story_mentions_article ON story_mentions (article_id);
CREATE INDEX story_mentions_event ON story_mentions (event_id);
CREATE INDEX story_mentions_denies ON story_mentions (denies) WHERE denies IS NOT NULL;

CREATE TABLE story_articles (
  article_id TEXT COLLATE "C" PRIMARY KEY,
  published_at TEXT COLLATE "C" NOT NULL,
  source TEXT COLLATE "C" NOT NULL,
  title TEXT COLLATE "C",
  copy_of TEXT COLLATE "C",
  title_key TEXT COLLATE "C",
  original_key TEXT COLLATE "C",
  family TEXT COLLATE "C" NOT NULL,
  story_id TEXT COLLATE "C",
  topic_id TEXT COLLATE "C"
);
CREATE INDEX story_articles_copy_of ON story_articles (copy_of) WHERE copy_of IS NOT NULL;
CREATE INDEX story_articles_title_key ON story_articles (title_key) WHERE title_key IS NOT NULL;
CREATE INDEX story_articles_original_key ON story_articles (original_key) WHERE original_key IS NOT NULL;
CREATE INDEX story_articles_family ON story_articles (family, published_at, article_id);
CREATE INDEX story_articles_topic ON story_articles (topic_id);

CREATE TABLE story_entities (
  entity_id TEXT COLLATE "C" NOT NULL,
  article_id TEXT COLLATE "C" NOT NULL,
  published_at TEXT COLLATE "C" NOT NULL,
  eventless INTEGER NOT NULL,
  PRIMARY KEY (entity_id, article_id)
);
CREATE INDEX story_entities_article ON story_entities (article_id);
CREATE INDEX story_entities_date ON story_entities (entity_id, published_at, article_id);
CREATE INDEX story_entities_eventless ON story_entities (entity_id, eventless, published_at);

CREATE TABLE source_disagreements (
  id TEXT COLLATE "C" PRIMARY KEY,
  event_id TEXT COLLATE "C" NOT NULL,
  kind TEXT COLLATE "C" NOT NULL,
  disagreement_json TEXT NOT NULL
);
CREATE INDEX source_disagreements_event ON source_disagreements (event_id);

CREATE TABLE stories (
  id TEXT COLLATE "C" PRIMARY KEY,
  start TEXT COLLATE "C" NOT NULL,
  story_json TEXT NOT NULL
);
CREATE INDEX stories_order ON stories (start, id);

CREATE TABLE story_state (
  key TEXT COLLATE "C" PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE story_dirty (
  article_id TEXT COLLATE "C" PRIMARY KEY
);
INSERT INTO story_dirty (article_id) SELECT id FROM articles WHERE analyzed_at IS NOT NULL;

CREATE FUNCTION story_mark(mark TEXT) RETURNS void LANGUAGE sql AS $$
  INSERT INTO story_dirty (article_id) VALUES (mark) ON CONFLICT DO NOTHING
$$;
CREATE FUNCTION story_article_marked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN PERFORM story_mark(OLD.id); ELSE PERFORM story_mark(NEW.id); END IF;
  RETURN NULL;
END $$;
CREATE FUNCTION story_copy_marked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM story_mark(NEW.article_id);
  RETURN NULL;
END $$;
CREATE FUNCTION story_split_marked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN PERFORM story_mark('split:' || OLD.mention_key); ELSE PERFORM story_mark('split:' || NEW.mention_key); END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER story_article_added_or_removed AFTER INSERT OR DELETE ON articles FOR EACH ROW EXECUTE FUNCTION story_article_marked();
CREATE TRIGGER story_article_changed AFTER UPDATE OF analyzed_at, title, source, lang, published_at, near_duplicate_of, original_id ON articles
  FOR EACH ROW EXECUTE FUNCTION story_article_marked();
CREATE TRIGGER story_copy_added AFTER INSERT ON article_copies FOR EACH ROW EXECUTE FUNCTION story_copy_marked();
CREATE TRIGGER story_split_added_or_removed AFTER INSERT OR DELETE ON event_splits FOR EACH ROW EXECUTE FUNCTION story_split_marked();
