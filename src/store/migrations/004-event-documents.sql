-- The events table keeps only what filters and sorts read, so scanning it stays fast on large stores; the
-- JSON of each event moves beside it and is read only for the rows a page returns.
CREATE TABLE event_documents (
  event_key TEXT PRIMARY KEY REFERENCES events (event_key) ON DELETE CASCADE,
  record_json TEXT NOT NULL,           -- EventRecord without the review
  event_json TEXT NOT NULL             -- the Event as analysed
) WITHOUT ROWID;
INSERT INTO event_documents (event_key, record_json, event_json) SELECT event_key, record_json, event_json FROM events;
ALTER TABLE events DROP COLUMN record_json;
ALTER TABLE events DROP COLUMN event_json;
