-- Articles and the machine output of their analysis. Every analysis row is keyed by its article first, so the
-- keys still hold when rows are sharded by article; re-analysing an article deletes and rewrites these rows.
CREATE TABLE articles (
  id TEXT PRIMARY KEY,                 -- art_ + 24 hex of content_hash
  content_hash TEXT NOT NULL UNIQUE,
  url TEXT,
  canonical_url TEXT,
  title TEXT,
  text TEXT NOT NULL,
  lang TEXT,                           -- analysed language, else the declared one
  published_at TEXT,
  fetched_at TEXT NOT NULL,
  source TEXT,                         -- publisher, else the host of the URL
  near_duplicate_of TEXT,
  original_id TEXT,
  article_json TEXT NOT NULL,          -- the Article as ingested
  analysis_json TEXT,                  -- the Analysis, null until analysed
  analyzed_at TEXT,
  sort_date TEXT NOT NULL              -- published_at, else fetched_at: the listing order
);
CREATE INDEX articles_canonical_url ON articles (canonical_url);
CREATE INDEX articles_url ON articles (url);
CREATE INDEX articles_title ON articles (title);
CREATE INDEX articles_sort ON articles (sort_date, id);

CREATE TABLE article_bands (
  band_key TEXT NOT NULL,
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  PRIMARY KEY (band_key, article_id)
) WITHOUT ROWID;

CREATE TABLE sentences (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  paragraph INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

CREATE TABLE entities (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  entity_id TEXT NOT NULL,             -- stable across articles: country:PRK, person:pat-ryder
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  country TEXT,
  actor_code TEXT,
  mention_count INTEGER NOT NULL,
  entity_json TEXT NOT NULL,
  PRIMARY KEY (article_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX entities_entity ON entities (entity_id);

CREATE TABLE mentions (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  mention_id TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  sentence INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (article_id, mention_id)
) WITHOUT ROWID;

CREATE TABLE events (
  event_key TEXT PRIMARY KEY,          -- article id : sentence : trigger start-end : machine type; reviews hang on it
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  event_id TEXT NOT NULL,
  date TEXT NOT NULL,                  -- time start, else the publication date
  type TEXT NOT NULL,
  stage TEXT NOT NULL,
  country TEXT,                        -- location country, else the first actor's
  location_country TEXT,
  place TEXT,                          -- location name, lower case
  place_id TEXT,
  source TEXT,                         -- the article's source, lower case
  record_json TEXT NOT NULL,           -- EventRecord without the review
  event_json TEXT NOT NULL,            -- the Event as analysed
  UNIQUE (article_id, event_id)
);
CREATE INDEX events_date ON events (date, event_key);
CREATE INDEX events_type_date ON events (type, date, event_key);
CREATE INDEX events_country_date ON events (country, date);
CREATE INDEX events_article ON events (article_id);

CREATE TABLE event_participants (
  event_key TEXT NOT NULL REFERENCES events (event_key) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
  position INTEGER NOT NULL,
  entity_id TEXT NOT NULL,
  actor_code TEXT,
  country TEXT,
  name TEXT NOT NULL,
  PRIMARY KEY (event_key, role, position)
) WITHOUT ROWID;
CREATE INDEX event_participants_entity ON event_participants (entity_id, role);
CREATE INDEX event_participants_code ON event_participants (actor_code, role);
CREATE INDEX event_participants_country ON event_participants (country);

CREATE TABLE quotes (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  quote_id TEXT NOT NULL,
  speaker_entity_id TEXT,
  speaker TEXT,
  content TEXT NOT NULL,
  quote_json TEXT NOT NULL,
  PRIMARY KEY (article_id, quote_id)
) WITHOUT ROWID;
CREATE INDEX quotes_speaker ON quotes (speaker_entity_id);

CREATE TABLE claims (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  claim_id TEXT NOT NULL,
  event_id TEXT NOT NULL,
  signature TEXT NOT NULL,
  claim_json TEXT NOT NULL,
  PRIMARY KEY (article_id, claim_id)
) WITHOUT ROWID;

CREATE TABLE contradictions (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  contradiction_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  contradiction_json TEXT NOT NULL,
  PRIMARY KEY (article_id, contradiction_id)
) WITHOUT ROWID;
