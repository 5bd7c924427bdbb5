-- Full-text search over every language: unicode61 folds case and strips diacritics, so "Kyiv" finds "Kyïv".
CREATE VIRTUAL TABLE articles_fts USING fts5(
  article_id UNINDEXED,
  title,
  text,
  tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO articles_fts (article_id, title, text) SELECT id, coalesce(title, ''), text FROM articles;
