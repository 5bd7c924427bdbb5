-- People, their credentials, their review decisions and the audit log. Reviews hang on the stable event key,
-- not on the event row, so re-analysing an article keeps them.
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),
  password_hash TEXT NOT NULL,         -- scrypt$N$r$p$salt$hash
  created_at TEXT NOT NULL,
  disabled_at TEXT
);

CREATE TABLE tokens (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id),
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),  -- scope: at most the owner's role
  hash TEXT NOT NULL UNIQUE,           -- sha256 of the secret; the secret is shown once
  created_at TEXT NOT NULL,
  revoked_at TEXT,
  last_used_at TEXT
);

CREATE TABLE sessions (
  hash TEXT PRIMARY KEY,               -- sha256 of the cookie value
  user_id TEXT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE reviews (
  event_key TEXT PRIMARY KEY,
  article_id TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('accepted', 'corrected', 'rejected')),
  corrected_type TEXT,
  correction_json TEXT,
  note TEXT,
  reviewer TEXT NOT NULL,
  reviewed_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX reviews_article ON reviews (article_id);

CREATE TABLE audit (
  id TEXT PRIMARY KEY,                 -- time-ordered, random tail: unique without a central counter
  at TEXT NOT NULL,
  actor_kind TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  target TEXT,
  detail_json TEXT
);
CREATE INDEX audit_at ON audit (at);
