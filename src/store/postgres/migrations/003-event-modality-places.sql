-- As SQLite's 011: polarity, certainty, hypothetical, confidence and the place's name and coordinates as columns
-- of events, and the corrected modality beside the corrected type in reviews.
ALTER TABLE events ADD COLUMN polarity TEXT COLLATE "C" NOT NULL DEFAULT 'asserted';
ALTER TABLE events ADD COLUMN certainty TEXT COLLATE "C" NOT NULL DEFAULT 'certain';
ALTER TABLE events ADD COLUMN hypothetical INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN confidence DOUBLE PRECISION NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN place_name TEXT;
ALTER TABLE events ADD COLUMN lat DOUBLE PRECISION;
ALTER TABLE events ADD COLUMN lon DOUBLE PRECISION;
UPDATE events e SET
  polarity = coalesce(d.event_json::jsonb #>> '{modality,polarity}', 'asserted'),
  certainty = coalesce(d.event_json::jsonb #>> '{modality,certainty}', 'certain'),
  hypothetical = CASE WHEN coalesce((d.event_json::jsonb #>> '{modality,hypothetical}')::boolean, false)
                        OR coalesce((d.event_json::jsonb #>> '{modality,conditional}')::boolean, false) THEN 1 ELSE 0 END,
  confidence = coalesce((d.event_json::jsonb ->> 'confidence')::double precision, 0),
  place_name = d.record_json::jsonb #>> '{place,name}',
  lat = (d.record_json::jsonb #>> '{place,lat}')::double precision,
  lon = (d.record_json::jsonb #>> '{place,lon}')::double precision
FROM event_documents d WHERE d.event_key = e.event_key;
CREATE INDEX events_confidence ON events (confidence, event_key);

ALTER TABLE reviews ADD COLUMN corrected_stage TEXT COLLATE "C";
ALTER TABLE reviews ADD COLUMN corrected_polarity TEXT COLLATE "C";
ALTER TABLE reviews ADD COLUMN corrected_certainty TEXT COLLATE "C";
UPDATE reviews SET
  corrected_stage = correction_json::jsonb ->> 'stage',
  corrected_polarity = correction_json::jsonb ->> 'polarity',
  corrected_certainty = correction_json::jsonb ->> 'certainty'
WHERE correction_json IS NOT NULL;

-- As SQLite's 011: an article whose date only the analysis assumed has no known date.
UPDATE articles SET published_at = NULL, sort_date = fetched_at
WHERE (article_json::jsonb ->> 'publishedAt') IS NULL AND (analysis_json::jsonb ->> 'publishedAtSource') = 'today';
UPDATE event_documents d SET record_json = jsonb_set(d.record_json::jsonb, '{publishedAt}', 'null'::jsonb)::text
FROM events e JOIN articles a ON a.id = e.article_id
WHERE d.event_key = e.event_key AND a.published_at IS NULL;
