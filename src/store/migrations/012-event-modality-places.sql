-- What the dashboard filters, sorts and counts by without reading each event's JSON: polarity, certainty and
-- whether the act is only hypothetical or conditional (negated and hypothetical events are left out of counts
-- by default), the confidence (the review queue sorts by it), and the place's name and coordinates (the map
-- aggregates by place). Reviews keep the corrected modality beside the corrected type, for the same filters.
ALTER TABLE events ADD COLUMN polarity TEXT NOT NULL DEFAULT 'asserted';
ALTER TABLE events ADD COLUMN certainty TEXT NOT NULL DEFAULT 'certain';
ALTER TABLE events ADD COLUMN hypothetical INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN confidence REAL NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN place_name TEXT;
ALTER TABLE events ADD COLUMN lat REAL;
ALTER TABLE events ADD COLUMN lon REAL;
UPDATE events SET
  polarity = coalesce((SELECT json_extract(d.event_json, '$.modality.polarity') FROM event_documents d WHERE d.event_key = events.event_key), 'asserted'),
  certainty = coalesce((SELECT json_extract(d.event_json, '$.modality.certainty') FROM event_documents d WHERE d.event_key = events.event_key), 'certain'),
  hypothetical = coalesce((SELECT json_extract(d.event_json, '$.modality.hypothetical') OR json_extract(d.event_json, '$.modality.conditional') FROM event_documents d WHERE d.event_key = events.event_key), 0),
  confidence = coalesce((SELECT json_extract(d.event_json, '$.confidence') FROM event_documents d WHERE d.event_key = events.event_key), 0),
  place_name = (SELECT json_extract(d.record_json, '$.place.name') FROM event_documents d WHERE d.event_key = events.event_key),
  lat = (SELECT json_extract(d.record_json, '$.place.lat') FROM event_documents d WHERE d.event_key = events.event_key),
  lon = (SELECT json_extract(d.record_json, '$.place.lon') FROM event_documents d WHERE d.event_key = events.event_key);
CREATE INDEX events_confidence ON events (confidence, event_key);

ALTER TABLE reviews ADD COLUMN corrected_stage TEXT;
ALTER TABLE reviews ADD COLUMN corrected_polarity TEXT;
ALTER TABLE reviews ADD COLUMN corrected_certainty TEXT;
UPDATE reviews SET
  corrected_stage = json_extract(correction_json, '$.stage'),
  corrected_polarity = json_extract(correction_json, '$.polarity'),
  corrected_certainty = json_extract(correction_json, '$.certainty')
WHERE correction_json IS NOT NULL;

-- An article whose date only the analysis assumed (today, at ingestion) has no known date: listed as undated,
-- after the dated ones, and its events carry no publication date.
UPDATE articles SET published_at = NULL, sort_date = fetched_at
WHERE json_extract(article_json, '$.publishedAt') IS NULL AND json_extract(analysis_json, '$.publishedAtSource') = 'today';
UPDATE event_documents SET record_json = json_set(record_json, '$.publishedAt', json('null'))
WHERE event_key IN (SELECT e.event_key FROM events e JOIN articles a ON a.id = e.article_id WHERE a.published_at IS NULL);
