-- The cross-article layer (src/stories): wire copies of articles, the compact reports the merge reads, and its
-- results. Results are recomputed as a whole from the reports; analysts' splits and watchlists live apart and
-- survive recomputation.
CREATE TABLE article_copies (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  source TEXT NOT NULL,                -- the other outlet: publisher, else the URL's host
  url TEXT NOT NULL DEFAULT '',
  canonical_url TEXT,
  origin_json TEXT NOT NULL,
  fetched_at TEXT NOT NULL,
  PRIMARY KEY (article_id, source, url)
) WITHOUT ROWID;

CREATE TABLE story_reports (
  article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  analyzed_at TEXT NOT NULL,           -- the analysis this report was read from
  report_json TEXT NOT NULL            -- ArticleReport without copies (those come from article_copies)
) WITHOUT ROWID;

CREATE TABLE merged_events (
  id TEXT PRIMARY KEY,
  type TEXT NOT NULL,
  first_report TEXT NOT NULL,
  latest_report TEXT NOT NULL,
  source_count INTEGER NOT NULL,
  disputed INTEGER NOT NULL,
  codes TEXT NOT NULL,                 -- ' code country entity … ' of actors and recipients, lower case, for prefix filters
  place TEXT NOT NULL,                 -- place name and entity id, lower case
  words TEXT NOT NULL,                 -- triggers, claimants, place and article titles, lower case, for keywords
  event_json TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX merged_events_order ON merged_events (first_report, id);

CREATE TABLE merged_event_mentions (
  mention_key TEXT PRIMARY KEY,
  event_id TEXT NOT NULL,
  article_id TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX merged_event_mentions_article ON merged_event_mentions (article_id);

CREATE TABLE source_disagreements (
  id TEXT PRIMARY KEY,
  event_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  disagreement_json TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX source_disagreements_event ON source_disagreements (event_id);

CREATE TABLE stories (
  id TEXT PRIMARY KEY,
  start TEXT NOT NULL,
  story_json TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX stories_order ON stories (start, id);

CREATE TABLE story_state (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

-- An analyst's split: this mention stays an event of its own, whatever the merge would do.
CREATE TABLE event_splits (
  mention_key TEXT PRIMARY KEY,
  from_event TEXT NOT NULL,
  note TEXT,
  actor TEXT NOT NULL,
  at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE watchlists (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  filter_json TEXT NOT NULL,
  disagreements INTEGER NOT NULL,
  webhook TEXT,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE watchlist_hits (
  watchlist_id TEXT NOT NULL REFERENCES watchlists (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('event', 'disagreement')),
  target_id TEXT NOT NULL,
  event_id TEXT NOT NULL,
  found_at TEXT NOT NULL,
  baseline INTEGER NOT NULL,
  delivery TEXT NOT NULL CHECK (delivery IN ('none', 'pending', 'delivered', 'failed')),
  delivery_error TEXT,
  attempts INTEGER NOT NULL DEFAULT 0,
  summary TEXT NOT NULL,
  PRIMARY KEY (watchlist_id, kind, target_id)
) WITHOUT ROWID;
CREATE INDEX watchlist_hits_found ON watchlist_hits (watchlist_id, found_at);
CREATE INDEX watchlist_hits_delivery ON watchlist_hits (delivery);
