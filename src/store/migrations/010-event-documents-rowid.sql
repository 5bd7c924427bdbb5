-- Event documents as an ordinary (rowid) table. In a WITHOUT ROWID table the whole row is the b-tree key and
-- rows of ~2 KB overflow their page, so each key compared while finding a row was read in full, overflow pages
-- included, by system calls on every lookup: that cost more than the rest of a page of events.
CREATE TABLE event_documents_rowid (
  event_key TEXT PRIMARY KEY REFERENCES events (event_key) ON DELETE CASCADE,
  record_json TEXT NOT NULL,           -- EventRecord without the review
  event_json TEXT NOT NULL             -- the Event as analysed
);
INSERT INTO event_documents_rowid (event_key, record_json, event_json) SELECT event_key, record_json, event_json FROM event_documents;
DROP TABLE event_documents;
ALTER TABLE event_documents_rowid RENAME TO event_documents;
