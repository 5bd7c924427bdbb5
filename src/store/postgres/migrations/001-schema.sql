-- The store's tables on PostgreSQL, as SQLite's migrations 001-010 leave them (src/store/migrations), with the
-- same column names and the same text encodings (JSON as text, times as ISO strings), so rows move between the
-- two stores unchanged. Text keys compare byte by byte (COLLATE "C"), as SQLite's do, so every ordering the API
-- defines is the same on both. Every analysis row is keyed by its article first: the unit to partition by.
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;

-- unaccent() is only STABLE (its dictionary could change); pinned to one dictionary it can index.
CREATE FUNCTION sumber_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

CREATE TABLE articles (
  id TEXT COLLATE "C" PRIMARY KEY,
  content_hash TEXT COLLATE "C" NOT NULL UNIQUE,
  url TEXT COLLATE "C",
  canonical_url TEXT COLLATE "C",
  title TEXT COLLATE "C",
  text TEXT NOT NULL,
  lang TEXT COLLATE "C",
  published_at TEXT COLLATE "C",
  fetched_at TEXT COLLATE "C" NOT NULL,
  source TEXT COLLATE "C",
  near_duplicate_of TEXT COLLATE "C",
  original_id TEXT COLLATE "C",
  article_json TEXT NOT NULL,
  analysis_json TEXT,
  analyzed_at TEXT COLLATE "C",
  sort_date TEXT COLLATE "C" NOT NULL,
  -- Words of every language: 'simple' folds case without stemming for any one language; accents are dropped.
  search tsvector GENERATED ALWAYS AS (to_tsvector('simple', sumber_unaccent(coalesce(title, '') || ' ' || text))) STORED
);
CREATE INDEX articles_canonical_url ON articles (canonical_url);
CREATE INDEX articles_url ON articles (url);
CREATE INDEX articles_title ON articles (title);
CREATE INDEX articles_sort ON articles (sort_date, id);
CREATE INDEX articles_original ON articles (original_id) WHERE original_id IS NOT NULL;
CREATE INDEX articles_near_duplicate ON articles (near_duplicate_of) WHERE near_duplicate_of IS NOT NULL;
CREATE INDEX articles_search ON articles USING gin (search);
-- Scripts written without spaces (Chinese, Thai, …) are searched by substring; trigrams index any substring.
CREATE INDEX articles_trigram ON articles USING gin ((coalesce(title, '') || ' ' || text) gin_trgm_ops);

CREATE TABLE article_bands (
  band_key TEXT COLLATE "C" NOT NULL,
  article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  PRIMARY KEY (band_key, article_id)
);
CREATE INDEX article_bands_article ON article_bands (article_id);

CREATE TABLE sentences (
  article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  paragraph INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (article_id, idx)
);

CREATE TABLE entities (
  article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  entity_id TEXT COLLATE "C" NOT NULL,
  type TEXT COLLATE "C" NOT NULL,
  name TEXT COLLATE "C" NOT NULL,
  country TEXT COLLATE "C",
  actor_code TEXT COLLATE "C",
  mention_count INTEGER NOT NULL,
  entity_json TEXT NOT NULL,
  PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX entities_entity ON entities (entity_id);

CREATE TABLE mentions (
  article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  mention_id TEXT COLLATE "C" NOT NULL,
  entity_id TEXT COLLATE "C" NOT NULL,
  sentence INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (article_id, mention_id)
);

CREATE TABLE events (
  event_key TEXT COLLATE "C" PRIMARY KEY,
  article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  event_id TEXT COLLATE "C" NOT NULL,
  date TEXT COLLATE "C" NOT NULL,
  type TEXT COLLATE "C" NOT NULL,
  stage TEXT COLLATE "C" NOT NULL,
  country TEXT COLLATE "C",
  location_country TEXT COLLATE "C",
  place TEXT COLLATE "C",
  place_id TEXT COLLATE "C",
  source TEXT COLLATE "C",
  UNIQUE (article_id, event_id)
);
CREATE INDEX events_date ON events (date, event_key);
CREATE INDEX events_type_date ON events (type, date, event_key);
CREATE INDEX events_country_date ON events (country, date);

CREATE TABLE event_documents (
  event_key TEXT COLLATE "C" PRIMARY KEY REFERENCES events (event_key) ON DELETE CASCADE,
  record_json TEXT NOT NULL,
  event_json TEXT NOT NULL
);

CREATE TABLE event_participants (
  event_key TEXT COLLATE "C" NOT NULL REFERENCES events (event_key) ON DELETE CASCADE,
  role TEXT COLLATE "C" NOT NULL CHECK (role IN ('actor', 'recipient')),
  position INTEGER NOT NULL,
  entity_id TEXT COLLATE "C" NOT NULL,
  actor_code TEXT COLLATE "C",
  country TEXT COLLATE "C",
  name TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (event_key, role, position)
);
CREATE INDEX event_participants_entity ON event_participants (entity_id, role);
CREATE INDEX event_participants_code ON event_participants (actor_code, role);
CREATE INDEX event_participants_country ON event_participants (country);

CREATE TABLE quotes (
  article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  quote_id TEXT COLLATE "C" NOT NULL,
  speaker_entity_id TEXT COLLATE "C",
  speaker TEXT COLLATE "C",
  content TEXT NOT NULL,
  quote_json TEXT NOT NULL,
  PRIMARY KEY (article_id, quote_id)
);
CREATE INDEX quotes_speaker ON quotes (speaker_entity_id);

CREATE TABLE claims (
  article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  claim_id TEXT COLLATE "C" NOT NULL,
  event_id TEXT COLLATE "C" NOT NULL,
  signature TEXT COLLATE "C" NOT NULL,
  claim_json TEXT NOT NULL,
  PRIMARY KEY (article_id, claim_id)
);

CREATE TABLE contradictions (
  article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  contradiction_id TEXT COLLATE "C" NOT NULL,
  kind TEXT COLLATE "C" NOT NULL,
  contradiction_json TEXT NOT NULL,
  PRIMARY KEY (article_id, contradiction_id)
);

CREATE TABLE users (
  id TEXT COLLATE "C" PRIMARY KEY,
  name TEXT COLLATE "C" NOT NULL UNIQUE,
  role TEXT COLLATE "C" NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),
  password_hash TEXT NOT NULL,
  created_at TEXT COLLATE "C" NOT NULL,
  disabled_at TEXT COLLATE "C"
);

CREATE TABLE tokens (
  id TEXT COLLATE "C" PRIMARY KEY,
  user_id TEXT COLLATE "C" NOT NULL REFERENCES users (id),
  name TEXT COLLATE "C" NOT NULL,
  role TEXT COLLATE "C" NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),
  hash TEXT COLLATE "C" NOT NULL UNIQUE,
  created_at TEXT COLLATE "C" NOT NULL,
  revoked_at TEXT COLLATE "C",
  last_used_at TEXT COLLATE "C"
);

CREATE TABLE sessions (
  hash TEXT COLLATE "C" PRIMARY KEY,
  user_id TEXT COLLATE "C" NOT NULL REFERENCES users (id),
  created_at TEXT COLLATE "C" NOT NULL,
  expires_at TEXT COLLATE "C" NOT NULL
);

CREATE TABLE reviews (
  event_key TEXT COLLATE "C" PRIMARY KEY,
  article_id TEXT COLLATE "C" NOT NULL,
  status TEXT COLLATE "C" NOT NULL CHECK (status IN ('accepted', 'corrected', 'rejected')),
  corrected_type TEXT COLLATE "C",
  correction_json TEXT,
  note TEXT,
  reviewer TEXT COLLATE "C" NOT NULL,
  reviewed_at TEXT COLLATE "C" NOT NULL
);
CREATE INDEX reviews_article ON reviews (article_id);

CREATE TABLE audit (
  id TEXT COLLATE "C" PRIMARY KEY,
  at TEXT COLLATE "C" NOT NULL,
  actor_kind TEXT COLLATE "C" NOT NULL,
  actor TEXT NOT NULL,
  action TEXT COLLATE "C" NOT NULL,
  target TEXT,
  detail_json TEXT
);
CREATE INDEX audit_at ON audit (at);

-- What analysts and ingestion add to the cross-article layer; its results (merged events, stories) are
-- recomputed from the articles and are not kept here.
CREATE TABLE article_copies (
  article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  source TEXT COLLATE "C" NOT NULL,
  url TEXT COLLATE "C" NOT NULL DEFAULT '',
  canonical_url TEXT COLLATE "C",
  origin_json TEXT NOT NULL,
  fetched_at TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (article_id, source, url)
);

CREATE TABLE event_splits (
  mention_key TEXT COLLATE "C" PRIMARY KEY,
  from_event TEXT COLLATE "C" NOT NULL,
  note TEXT,
  actor TEXT NOT NULL,
  at TEXT COLLATE "C" NOT NULL
);

CREATE TABLE watchlists (
  id TEXT COLLATE "C" PRIMARY KEY,
  name TEXT NOT NULL,
  filter_json TEXT NOT NULL,
  disagreements INTEGER NOT NULL,
  webhook TEXT,
  created_by TEXT NOT NULL,
  created_at TEXT COLLATE "C" NOT NULL,
  updated_at TEXT COLLATE "C" NOT NULL
);

CREATE TABLE watchlist_hits (
  watchlist_id TEXT COLLATE "C" NOT NULL REFERENCES watchlists (id) ON DELETE CASCADE,
  kind TEXT COLLATE "C" NOT NULL CHECK (kind IN ('event', 'disagreement')),
  target_id TEXT COLLATE "C" NOT NULL,
  event_id TEXT COLLATE "C" NOT NULL,
  found_at TEXT COLLATE "C" NOT NULL,
  baseline INTEGER NOT NULL,
  delivery TEXT COLLATE "C" NOT NULL CHECK (delivery IN ('none', 'pending', 'delivered', 'failed')),
  delivery_error TEXT,
  attempts INTEGER NOT NULL DEFAULT 0,
  summary TEXT NOT NULL,
  PRIMARY KEY (watchlist_id, kind, target_id)
);
CREATE INDEX watchlist_hits_found ON watchlist_hits (watchlist_id, found_at);
