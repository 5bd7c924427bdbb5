-- Search for scripts written without spaces between words (Chinese, Japanese, Thai, …): unicode61 would take a
-- whole run of such text for one word, so these articles are also indexed by trigrams, which match any
-- substring of three characters or more (shorter terms fall back to LIKE over the same table).
CREATE VIRTUAL TABLE articles_trigram USING fts5(
  article_id UNINDEXED,
  title,
  text,
  tokenize = 'trigram remove_diacritics 1'
);
INSERT INTO articles_trigram (article_id, title, text) SELECT id, coalesce(title, ''), text FROM articles;
