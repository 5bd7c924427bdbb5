-- An article lists the stored articles that point at it (its translations, republications and near-duplicate
-- copies): found by these columns, which most articles leave empty, so the indexes hold only the links.
CREATE INDEX articles_original ON articles (original_id) WHERE original_id IS NOT NULL;
CREATE INDEX articles_near_duplicate ON articles (near_duplicate_of) WHERE near_duplicate_of IS NOT NULL;
