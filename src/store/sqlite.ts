// The embedded store: one SQLite file in WAL mode, migrated on open. Every write is one transaction, and
// every change made by a person or a token writes its audit row inside that same transaction.
import Database from 'better-sqlite3';
import type { Analysis } from '../schema/analysis.ts';
import type { Article } from '../schema/article.ts';
import type { ArticleSink, DuplicateKeys, SaveEntry, StoredArticleRef } from '../ingest/sink.ts';
import { migrate } from './migrate.ts';
import { prepareStoreFile } from './paths.ts';
import { StoryIndex } from './stories.ts';
import { SqliteStorySql } from './story-sql.ts';
import { decodeCursor, decodeOffsetCursor, encodeCursor } from './cursor.ts';
import { BUSY_TIMEOUT_MS, retryBusy, writeTransaction } from './write.ts';
import { EVENT_ORDER, eventCondition, PROBE, RARE_BELOW, type Rarity } from './filter-sql.ts';
import { aggregateRow, aggregateSql } from './aggregate-sql.ts';
import { UntilChanged } from './until-changed.ts';
import { articleSource, correctedClass, EVENT_ROW_COLUMNS, eventRowValues, knownPublication, machineRecord, REVIEW_UPSERT, reviewUpsertValues, withReview, type MachineRecord } from './event-record.ts';
import { eventKey } from './event-key.ts';
import type {
  Actor,
  AggregateKind,
  AggregateRow,
  ArticleBacklink,
  ArticleDetail,
  ArticleSummary,
  AuditEntry,
  ContradictionRecord,
  EntitySummary,
  EventDetail,
  EventClass,
  EventCount,
  EventFilter,
  EventSort,
  EventRecord,
  QuoteRecord,
  Review,
  ReviewDecision,
  Role,
  TokenInfo,
  User,
} from './records.ts';
import { countedFilter, roleAtLeast } from './records.ts';
import { ARTICLE_SUMMARY, articleSummary, UNDATED, auditId, entitySummary, newId, now, refOf, reviewOf, tokenOf, UNSPACED, TRIGRAM, userOf, type Row } from './rows.ts';
import type { ArticleQuery, Credentials, EventPageRequest, PageOf, PageRequest, Principal, SavedArticle, Store } from './types.ts';

const EXPORT_BATCH = 1000;
const MAX_SQL_PARAMS = 500;
const TOKEN_TOUCH_MS = 60_000;
const MAX_CACHED_STATEMENTS = 500;

export function openSqliteStore(path: string): SqliteStore {
  if (path !== ':memory:') prepareStoreFile(path);
  const db = new Database(path);
  // Set first: switching a new file to WAL waits on another process doing the same.
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  retryBusy(() => db.pragma('journal_mode = WAL'));
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return new SqliteStore(db);
}

/**
 * Free text as a search over one of the two indexes. Each word is quoted, so user input never reads as query
 * syntax; in unspaced scripts a word shorter than a trigram is matched with LIKE instead.
 */
function searchOf(q: string): { table: string; sql: string; params: string[]; order: string } | null {
  const words = q.match(/[\p{L}\p{M}\p{N}_]+/gu);
  if (!words) return null;
  if (!UNSPACED.test(q)) return { table: 'articles_fts', sql: 'articles_fts MATCH ?', params: [words.map((w) => `"${w}"`).join(' ')], order: 'f.rank' };
  const long = words.filter((w) => [...w].length >= TRIGRAM);
  const short = words.filter((w) => [...w].length < TRIGRAM);
  return {
    table: 'articles_trigram',
    sql: [...(long.length ? ['articles_trigram MATCH ?'] : []), ...short.map(() => '(f.title LIKE ? OR f.text LIKE ?)')].join(' AND '),
    params: [...(long.length ? [long.map((w) => `"${w}"`).join(' ')] : []), ...short.flatMap((w) => [`%${w}%`, `%${w}%`])],
    order: long.length ? 'f.rank' : 'a.sort_date DESC, a.id',
  };
}

const EVENT_COLUMNS = `e.event_key, e.date, e.confidence, d.record_json, r.status, r.correction_json, r.note, r.reviewer, r.reviewed_at`;
const EVENT_FROM = `events e LEFT JOIN reviews r ON r.event_key = e.event_key`;
const EVENT_DOCUMENTS = `JOIN event_documents d ON d.event_key = e.event_key`;

export class SqliteStore implements Store {
  /** Compiled statements by SQL text: compiling costs more than running most of these queries. */
  private readonly statements = new Map<string, Database.Statement>();

  /** Whether a participant is rare (PROBE): counting up to RARE_BELOW rows cost more than the page itself. */
  private readonly participantRarity: UntilChanged<boolean>;

  constructor(readonly db: Database.Database) {
    this.participantRarity = new UntilChanged(db);
  }

  private prepare(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      if (this.statements.size >= MAX_CACHED_STATEMENTS) this.statements.clear();
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  close(): void {
    this.db.close();
  }

  audit(actor: Actor, action: string, target: string | null, detail: unknown = null): void {
    this
      .prepare('INSERT INTO audit (id, at, actor_kind, actor, action, target, detail_json) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(auditId(), now(), actor.kind, `${actor.name} (${actor.id})`, action, target, detail === null ? null : JSON.stringify(detail));
  }

  // ------------------------------------------------------------ ingestion (ArticleSink)

  async findExisting(keys: DuplicateKeys): Promise<StoredArticleRef | null> {
    return this.existing(keys);
  }

  private existing(keys: DuplicateKeys): StoredArticleRef | null {
    const r = this
      .prepare('SELECT * FROM articles WHERE content_hash = ? OR (? IS NOT NULL AND canonical_url = ?) LIMIT 1')
      .get(keys.contentHash, keys.canonicalUrl, keys.canonicalUrl) as Row | undefined;
    return r ? refOf(r) : null;
  }

  async findByBands(bandKeys: string[]): Promise<StoredArticleRef[]> {
    const found = new Map<string, StoredArticleRef>();
    for (let i = 0; i < bandKeys.length; i += MAX_SQL_PARAMS) {
      const chunk = bandKeys.slice(i, i + MAX_SQL_PARAMS);
      const rows = this
        .prepare(
          `SELECT DISTINCT a.* FROM article_bands b JOIN articles a ON a.id = b.article_id WHERE b.band_key IN (${chunk.map(() => '?').join(',')})`,
        )
        .all(...chunk) as Row[];
      for (const r of rows) found.set(r.id, refOf(r));
    }
    return [...found.values()];
  }

  async findOriginal(link: { url: string | null; title: string | null }): Promise<StoredArticleRef | null> {
    const r = this
      .prepare(
        `SELECT * FROM articles WHERE (? IS NOT NULL AND (url = ? OR canonical_url = ?)) OR (? IS NOT NULL AND title = ?)
         ORDER BY (? IS NOT NULL AND (url = ? OR canonical_url = ?)) DESC LIMIT 1`,
      )
      .get(link.url, link.url, link.url, link.title, link.title, link.url, link.url, link.url) as Row | undefined;
    return r ? refOf(r) : null;
  }

  async recordCopy(existingId: string, copy: Parameters<NonNullable<ArticleSink['recordCopy']>>[1]): Promise<void> {
    const source = articleSource(copy.publisher, copy.canonicalUrl ?? copy.url);
    const own = this.prepare('SELECT source FROM articles WHERE id = ?').get(existingId) as Row | undefined;
    if (!own || own.source === source) return;
    this.prepare(`INSERT OR IGNORE INTO article_copies (article_id, source, url, canonical_url, origin_json, fetched_at) VALUES (?, ?, ?, ?, ?, ?)`).run(
      existingId,
      source,
      copy.url ?? '',
      copy.canonicalUrl,
      JSON.stringify(copy.origin),
      copy.fetchedAt,
    );
  }

  async save(entry: SaveEntry): Promise<StoredArticleRef | null> {
    return this.saveNow(entry);
  }

  private saveNow(entry: SaveEntry): StoredArticleRef | null {
    return writeTransaction(this.db, () => {
      const existing = entry.unlessStored ? this.existing(entry.unlessStored) : null;
      if (existing) return existing;
      const { article, analysis } = entry;
      this.upsertArticle(article, analysis, entry.nearDuplicateOf, entry.originalId);
      this.prepare('DELETE FROM article_bands WHERE article_id = ?').run(article.id);
      const band = this.prepare('INSERT OR IGNORE INTO article_bands (band_key, article_id) VALUES (?, ?)');
      for (const key of entry.bandKeys) band.run(key, article.id);
      if (analysis) this.replaceAnalysis(article, analysis);
      return null;
    });
  }

  auditedSink(actor: Actor, action: string): ArticleSink {
    return {
      findExisting: (keys) => this.findExisting(keys),
      findByBands: (keys) => this.findByBands(keys),
      findOriginal: (link) => this.findOriginal(link),
      recordCopy: (id, copy) => this.recordCopy(id, copy),
      // An article another writer stored first is that writer's to audit.
      save: async (entry) =>
        writeTransaction(this.db, () => {
          const existing = this.saveNow(entry);
          if (!existing) this.audit(actor, action, entry.article.id, { url: entry.article.url, events: entry.analysis?.events.length ?? null });
          return existing;
        }),
    };
  }

  async saveAnalysis(article: Article, analysis: Analysis, actor?: Actor): Promise<SavedArticle> {
    return writeTransaction(this.db, () => {
      const stored = this.prepare('SELECT article_json, text, near_duplicate_of, original_id FROM articles WHERE id = ?').get(article.id) as
        | Row
        | undefined;
      // An article ingested earlier keeps its metadata; only its analysis is replaced.
      const kept: Article = stored ? { ...JSON.parse(stored.article_json), text: stored.text } : article;
      this.upsertArticle(kept, analysis, stored?.near_duplicate_of ?? null, stored?.original_id ?? null);
      this.replaceAnalysis(kept, analysis);
      if (actor) this.audit(actor, stored ? 'article.reanalyse' : 'article.create', article.id, { events: analysis.events.length });
      return { id: article.id, created: !stored, eventCount: analysis.events.length };
    });
  }

  private upsertArticle(article: Article, analysis: Analysis | null, nearDuplicateOf: string | null, originalId: string | null): void {
    const { text, ...meta } = article;
    this
      .prepare(
        `INSERT INTO articles (id, content_hash, url, canonical_url, title, text, lang, published_at, fetched_at, source,
           near_duplicate_of, original_id, article_json, sort_date)
         VALUES (@id, @contentHash, @url, @canonicalUrl, @title, @text, @lang, @publishedAt, @fetchedAt, @source,
           @nearDuplicateOf, @originalId, @articleJson, @sortDate)
         ON CONFLICT (id) DO UPDATE SET url = excluded.url, canonical_url = excluded.canonical_url, title = excluded.title,
           lang = excluded.lang, published_at = excluded.published_at, source = excluded.source,
           near_duplicate_of = excluded.near_duplicate_of, original_id = excluded.original_id,
           article_json = excluded.article_json, sort_date = excluded.sort_date`,
      )
      .run({
        id: article.id,
        contentHash: article.contentHash,
        url: article.url,
        canonicalUrl: article.canonicalUrl,
        title: article.title ?? analysis?.title ?? null,
        text,
        lang: analysis?.lang.code ?? article.lang,
        publishedAt: knownPublication(article, analysis),
        fetchedAt: article.fetchedAt,
        source: articleSource(article.publisher ?? analysis?.provenance.publisher ?? null, article.canonicalUrl ?? article.url),
        nearDuplicateOf,
        originalId,
        articleJson: JSON.stringify(meta),
        sortDate: knownPublication(article, analysis) ?? article.fetchedAt,
      });
    const title = article.title ?? analysis?.title ?? '';
    // Search rows share the article's rowid (migration 008): found by lookup, not by scanning the index.
    const rowid = (this.prepare('SELECT rowid FROM articles WHERE id = ?').get(article.id) as { rowid: number }).rowid;
    for (const table of ['articles_fts', 'articles_trigram']) this.prepare(`DELETE FROM ${table} WHERE rowid = ?`).run(rowid);
    this.prepare('INSERT INTO articles_fts (rowid, article_id, title, text) VALUES (?, ?, ?, ?)').run(rowid, article.id, title, text);
    if (UNSPACED.test(title) || UNSPACED.test(text)) {
      this.prepare('INSERT INTO articles_trigram (rowid, article_id, title, text) VALUES (?, ?, ?, ?)').run(rowid, article.id, title, text);
    }
  }

  /** Machine output is replaced wholesale; reviews live apart, keyed by event key, and so survive. */
  private replaceAnalysis(article: Article, analysis: Analysis): void {
    const id = article.id;
    for (const table of ['sentences', 'entities', 'mentions', 'events', 'quotes', 'claims', 'contradictions']) {
      this.prepare(`DELETE FROM ${table} WHERE article_id = ?`).run(id);
    }
    this.prepare('UPDATE articles SET analysis_json = ?, analyzed_at = ? WHERE id = ?').run(JSON.stringify(analysis), now(), id);

    const sentence = this.prepare('INSERT INTO sentences (article_id, idx, start, "end", paragraph, text) VALUES (?, ?, ?, ?, ?, ?)');
    for (const s of analysis.sentences) sentence.run(id, s.index, s.start, s.end, s.paragraph, s.text);

    const entity = this.prepare(
      'INSERT INTO entities (article_id, entity_id, type, name, country, actor_code, mention_count, entity_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (const e of analysis.entities) entity.run(id, e.id, e.type, e.name, e.country, e.actorCode, e.mentionIds.length, JSON.stringify(e));

    const mention = this.prepare(
      'INSERT INTO mentions (article_id, mention_id, entity_id, sentence, start, "end", text) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    for (const m of analysis.mentions) mention.run(id, m.id, m.entityId, m.sentence, m.start, m.end, m.text);

    const facts = {
      id,
      url: article.canonicalUrl ?? article.url ?? analysis.url,
      title: article.title ?? analysis.title,
      publishedAt: knownPublication(article, analysis),
      lang: analysis.lang.code,
      source: articleSource(article.publisher ?? analysis.provenance.publisher, article.canonicalUrl ?? article.url ?? analysis.url),
    };
    const event = this.prepare(`INSERT INTO events (${EVENT_ROW_COLUMNS.join(', ')}) VALUES (${EVENT_ROW_COLUMNS.map(() => '?').join(', ')})`);
    const document = this.prepare('INSERT INTO event_documents (event_key, record_json, event_json) VALUES (?, ?, ?)');
    const participant = this.prepare(
      'INSERT INTO event_participants (event_key, role, position, entity_id, actor_code, country, name) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const stored = new Set<string>();
    for (const e of analysis.events) {
      const rec = machineRecord(facts, analysis, e);
      // The same event coded twice on one trigger is one fact: keep the first.
      if (stored.has(rec.key)) continue;
      stored.add(rec.key);
      event.run(...eventRowValues(rec));
      document.run(rec.key, JSON.stringify(rec), JSON.stringify(e));
      rec.actors.forEach((p, i) => participant.run(rec.key, 'actor', i, p.entityId ?? '', p.actorCode, p.country, p.name));
      rec.recipients.forEach((p, i) => participant.run(rec.key, 'recipient', i, p.entityId ?? '', p.actorCode, p.country, p.name));
    }

    const quote = this.prepare(
      'INSERT INTO quotes (article_id, quote_id, speaker_entity_id, speaker, content, quote_json) VALUES (?, ?, ?, ?, ?, ?)',
    );
    for (const q of analysis.quotes) {
      quote.run(id, q.id, q.speaker?.entityId ?? null, q.speaker?.text ?? null, q.content.text, JSON.stringify(q));
    }
    const claim = this.prepare('INSERT INTO claims (article_id, claim_id, event_id, signature, claim_json) VALUES (?, ?, ?, ?, ?)');
    for (const c of analysis.claims) claim.run(id, c.id, c.eventId, c.signature, JSON.stringify(c));
    const contradiction = this.prepare(
      'INSERT INTO contradictions (article_id, contradiction_id, kind, contradiction_json) VALUES (?, ?, ?, ?)',
    );
    for (const c of analysis.contradictions) contradiction.run(id, c.id, c.kind, JSON.stringify(c));
  }

  // ------------------------------------------------------------ articles

  /** The article filters other than the search; a date range leaves out undated articles. */
  private articleConditions(query: ArticleQuery): { where: string[]; params: (string | number)[] } {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (query.lang) (where.push('a.lang = ?'), params.push(query.lang));
    if (query.source) (where.push('lower(a.source) = ?'), params.push(query.source.toLowerCase()));
    if (query.from) (where.push('a.published_at IS NOT NULL AND a.sort_date >= ?'), params.push(query.from));
    if (query.to) (where.push("a.published_at IS NOT NULL AND a.sort_date < date(?, '+1 day')"), params.push(query.to));
    return { where, params };
  }

  async countArticles(query: ArticleQuery): Promise<number> {
    const { where, params } = this.articleConditions(query);
    if (query.q !== undefined) {
      const search = searchOf(query.q);
      if (!search) return 0;
      return (this.prepare(`SELECT count(*) AS n FROM ${search.table} f JOIN articles a ON a.id = f.article_id WHERE ${search.sql} ${where.map((w) => `AND ${w}`).join(' ')}`)
        .get(...search.params, ...params) as Row).n;
    }
    return (this.prepare(`SELECT count(*) AS n FROM articles a ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`).get(...params) as Row).n;
  }

  async listArticles(query: ArticleQuery, page: PageRequest): Promise<PageOf<ArticleSummary>> {
    const { where, params } = this.articleConditions(query);
    if (query.q !== undefined) {
      const search = searchOf(query.q);
      if (!search) return { items: [], nextCursor: null };
      // Ranked results page by offset: rank is not a stable key to continue from.
      const offset = decodeOffsetCursor(page.cursor);
      const rows = this
        .prepare(
          `SELECT ${ARTICLE_SUMMARY}, snippet(${search.table}, 2, '[', ']', '…', 16) AS snippet
           FROM ${search.table} f JOIN articles a ON a.id = f.article_id
           WHERE ${search.sql} ${where.map((w) => `AND ${w}`).join(' ')}
           ORDER BY ${search.order} LIMIT ? OFFSET ?`,
        )
        .all(...search.params, ...params, page.limit + 1, offset) as Row[];
      const more = rows.length > page.limit;
      return { items: rows.slice(0, page.limit).map(articleSummary), nextCursor: more ? encodeCursor([offset + page.limit]) : null };
    }
    const after = decodeCursor(page.cursor, 3);
    if (after) (where.push(`(${UNDATED} > ? OR (${UNDATED} = ? AND (a.sort_date, a.id) < (?, ?)))`), params.push(after[0]!, ...after));
    const rows = this
      .prepare(
        `SELECT ${ARTICLE_SUMMARY}, a.sort_date, ${UNDATED} AS undated FROM articles a ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY ${UNDATED}, a.sort_date DESC, a.id DESC LIMIT ?`,
      )
      .all(...params, page.limit + 1) as Row[];
    const more = rows.length > page.limit;
    const last = rows[page.limit - 1];
    return { items: rows.slice(0, page.limit).map(articleSummary), nextCursor: more && last ? encodeCursor([last.undated, last.sort_date, last.id]) : null };
  }

  async getArticle(id: string): Promise<ArticleDetail | null> {
    const r = this.prepare('SELECT * FROM articles WHERE id = ?').get(id) as Row | undefined;
    if (!r) return null;
    const reviews: Record<string, Review> = {};
    for (const row of this.prepare('SELECT * FROM reviews WHERE article_id = ?').all(id) as Row[]) {
      reviews[row.event_key] = reviewOf(row)!;
    }
    const analysis: Analysis | null = r.analysis_json ? JSON.parse(r.analysis_json) : null;
    const correctedClasses: Record<string, EventClass> = {};
    for (const e of analysis?.events ?? []) {
      const key = eventKey(id, e);
      const corrected = correctedClass(e, reviews[key] ?? null);
      if (corrected) correctedClasses[key] = corrected;
    }
    return {
      article: { ...JSON.parse(r.article_json), text: r.text },
      analysis,
      reviews,
      correctedClasses,
      nearDuplicateOf: r.near_duplicate_of,
      originalId: r.original_id,
      linkedFrom: await this.articlesLinkingTo(id),
    };
  }

  async articlesLinkingTo(id: string): Promise<ArticleBacklink[]> {
    // One branch per link column, so each reads its own index (migration 009).
    const rows = this
      .prepare(
        `SELECT id, coalesce(json_extract(article_json, '$.originalOf.relation'), 'republication') AS relation, title, source, lang, published_at, sort_date
         FROM articles WHERE original_id = ?
         UNION ALL
         SELECT id, 'near-duplicate', title, source, lang, published_at, sort_date FROM articles WHERE near_duplicate_of = ?
         ORDER BY sort_date, id`,
      )
      .all(id, id) as Row[];
    return rows.map((r) => ({ id: r.id, relation: r.relation, title: r.title, source: r.source, lang: r.lang, publishedAt: r.published_at }));
  }

  // ------------------------------------------------------------ events

  /** Which participant filters name rare participants (see filter-sql.ts). */
  private rarity(filter: EventFilter): Rarity {
    const rare = (role: 'actor' | 'recipient', value: string | undefined) =>
      value !== undefined &&
      this.participantRarity.get(`${role}\0${value}`, () => (this.prepare(PROBE).get(role, value, value, RARE_BELOW) as Row).n < RARE_BELOW);
    return { actor: rare('actor', filter.actor), recipient: rare('recipient', filter.recipient) };
  }

  private eventRows(filter: EventFilter, limit: number, after: (string | number)[] | null, extra = '', sort: EventSort = 'date'): Row[] {
    const cond = eventCondition(filter, this.rarity(filter));
    const { keyset, order } = EVENT_ORDER[sort];
    return this
      .prepare(
        // The page's keys first, from the narrow events table; the documents only for those. CROSS JOIN
        // keeps SQLite from turning the page inside out (scanning every event to join the page to it).
        `WITH page AS MATERIALIZED (SELECT e.event_key FROM ${EVENT_FROM} WHERE ${cond.sql}${after ? ` AND ${keyset}` : ''} ORDER BY ${order} LIMIT ?)
         SELECT ${EVENT_COLUMNS}${extra} FROM page CROSS JOIN events e ON e.event_key = page.event_key
         CROSS JOIN event_documents d ON d.event_key = e.event_key
         LEFT JOIN reviews r ON r.event_key = e.event_key ORDER BY ${order}`,
      )
      .all(...cond.params, ...(after ?? []), limit) as Row[];
  }

  private toRecord(r: Row): EventRecord {
    return withReview(JSON.parse(r.record_json) as MachineRecord, reviewOf(r));
  }

  async listEvents(filter: EventFilter, page: EventPageRequest): Promise<PageOf<EventRecord>> {
    const sort = page.sort ?? 'date';
    const rows = this.eventRows(filter, page.limit + 1, decodeCursor(page.cursor, 2), '', sort);
    const more = rows.length > page.limit;
    const last = rows[page.limit - 1];
    return { items: rows.slice(0, page.limit).map((r) => this.toRecord(r)), nextCursor: more && last ? encodeCursor(EVENT_ORDER[sort].cursor(last)) : null };
  }

  async countEvents(filter: EventFilter): Promise<EventCount> {
    const count = (f: EventFilter) => {
      const cond = eventCondition(f, this.rarity(f));
      return (this.prepare(`SELECT count(*) AS n FROM ${EVENT_FROM} WHERE ${cond.sql}`).get(...cond.params) as Row).n as number;
    };
    return { total: count(filter), counted: count(countedFilter(filter)) };
  }

  async *streamEvents(filter: EventFilter): AsyncIterable<EventDetail> {
    // Pages by key rather than one open statement, so other requests can use the connection in between.
    let after: (string | number)[] | null = null;
    for (;;) {
      const rows = this.eventRows(filter, EXPORT_BATCH, after, ', d.event_json');
      for (const r of rows) yield { ...this.toRecord(r), event: JSON.parse(r.event_json) };
      if (rows.length < EXPORT_BATCH) return;
      const last = rows.at(-1)!;
      after = [last.date, last.event_key];
    }
  }

  async getEvent(key: string): Promise<EventDetail | null> {
    const r = this.prepare(`SELECT ${EVENT_COLUMNS}, d.event_json FROM ${EVENT_FROM} ${EVENT_DOCUMENTS} WHERE e.event_key = ?`).get(key) as
      | Row
      | undefined;
    return r ? { ...this.toRecord(r), event: JSON.parse(r.event_json) } : null;
  }

  async aggregate(kind: AggregateKind, filter: EventFilter): Promise<AggregateRow[]> {
    const cond = eventCondition(countedFilter(filter));
    return (this.prepare(aggregateSql(kind, cond.sql, 'sqlite')).all(...cond.params) as Row[]).map((r) => aggregateRow(kind, r));
  }

  // ------------------------------------------------------------ entities, quotes, contradictions

  async listEntities(query: { q?: string; type?: string }, page: PageRequest): Promise<PageOf<EntitySummary>> {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (query.q) (where.push('(name LIKE ? OR entity_id LIKE ?)'), params.push(`%${query.q}%`, `%${query.q}%`));
    if (query.type) (where.push('type = ?'), params.push(query.type));
    const after = decodeCursor(page.cursor, 1);
    if (after) (where.push('entity_id > ?'), params.push(after[0]!));
    const rows = this
      .prepare(
        `SELECT entity_id, type, name, country, actor_code, count(*) AS articles, sum(mention_count) AS mentions FROM entities
         ${where.length ? `WHERE ${where.join(' AND ')}` : ''} GROUP BY entity_id ORDER BY entity_id LIMIT ?`,
      )
      .all(...params, page.limit + 1) as Row[];
    const more = rows.length > page.limit;
    const items = rows.slice(0, page.limit).map(entitySummary);
    return { items, nextCursor: more ? encodeCursor([items.at(-1)!.id]) : null };
  }

  async getEntity(id: string): Promise<(EntitySummary & { articles: ArticleSummary[] }) | null> {
    const r = this
      .prepare(
        `SELECT entity_id, type, name, country, actor_code, count(*) AS articles, sum(mention_count) AS mentions
         FROM entities WHERE entity_id = ? GROUP BY entity_id`,
      )
      .get(id) as Row | undefined;
    if (!r) return null;
    // The most recent hundred articles: an entity page, not an export.
    const articles = (
      this
        .prepare(
          `SELECT ${ARTICLE_SUMMARY} FROM articles a WHERE a.id IN (SELECT article_id FROM entities WHERE entity_id = ?)
           ORDER BY a.sort_date DESC LIMIT 100`,
        )
        .all(id) as Row[]
    ).map(articleSummary);
    return { ...entitySummary(r), articles };
  }

  async listQuotes(query: { speaker?: string; article?: string; q?: string }, page: PageRequest): Promise<PageOf<QuoteRecord>> {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (query.speaker) (where.push('(q.speaker_entity_id = ? OR q.speaker LIKE ?)'), params.push(query.speaker, `%${query.speaker}%`));
    if (query.article) (where.push('q.article_id = ?'), params.push(query.article));
    if (query.q) (where.push('q.content LIKE ?'), params.push(`%${query.q}%`));
    const after = decodeCursor(page.cursor, 2);
    if (after) (where.push('(q.article_id, q.quote_id) > (?, ?)'), params.push(...after));
    const rows = this
      .prepare(
        `SELECT q.article_id, q.quote_id, q.quote_json, a.title FROM quotes q JOIN articles a ON a.id = q.article_id
         ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY q.article_id, q.quote_id LIMIT ?`,
      )
      .all(...params, page.limit + 1) as Row[];
    const more = rows.length > page.limit;
    const last = rows[page.limit - 1];
    return {
      items: rows.slice(0, page.limit).map((r) => ({ articleId: r.article_id, title: r.title, quote: JSON.parse(r.quote_json) })),
      nextCursor: more && last ? encodeCursor([last.article_id, last.quote_id]) : null,
    };
  }

  async listContradictions(query: { article?: string }, page: PageRequest): Promise<PageOf<ContradictionRecord>> {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (query.article) (where.push('c.article_id = ?'), params.push(query.article));
    const after = decodeCursor(page.cursor, 2);
    if (after) (where.push('(c.article_id, c.contradiction_id) > (?, ?)'), params.push(...after));
    const rows = this
      .prepare(
        `SELECT c.article_id, c.contradiction_id, c.contradiction_json, a.title FROM contradictions c JOIN articles a ON a.id = c.article_id
         ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY c.article_id, c.contradiction_id LIMIT ?`,
      )
      .all(...params, page.limit + 1) as Row[];
    const claim = this.prepare('SELECT claim_json FROM claims WHERE article_id = ? AND claim_id = ?');
    const more = rows.length > page.limit;
    const last = rows[page.limit - 1];
    return {
      items: rows.slice(0, page.limit).map((r) => {
        const contradiction = JSON.parse(r.contradiction_json);
        const claims = (contradiction.claimIds as string[])
          .map((cid) => claim.get(r.article_id, cid) as Row | undefined)
          .filter((x): x is Row => x !== undefined)
          .map((x) => JSON.parse(x.claim_json));
        return { articleId: r.article_id, title: r.title, contradiction, claims };
      }),
      nextCursor: more && last ? encodeCursor([last.article_id, last.contradiction_id]) : null,
    };
  }

  async listStories(page: PageRequest): Promise<PageOf<unknown>> {
    return this.storyIndex().listStories(page);
  }

  private stories: StoryIndex | null = null;

  storyIndex(): StoryIndex {
    return (this.stories ??= new StoryIndex(new SqliteStorySql(this.db, (sql) => this.prepare(sql), (actor, action, target, detail) => this.audit(actor, action, target, detail))));
  }

  // ------------------------------------------------------------ reviews

  async review(key: string, decision: ReviewDecision, actor: Actor): Promise<Review | null> {
    return writeTransaction(this.db, () => {
      const e = this.prepare('SELECT article_id FROM events WHERE event_key = ?').get(key) as Row | undefined;
      if (!e) return null;
      const status = ({ accept: 'accepted', reject: 'rejected', correct: 'corrected' } as const)[decision.action];
      const correction = decision.action === 'correct' ? decision.correction : null;
      const note = decision.action === 'accept' ? null : (decision.note ?? null);
      const review: Review = { status, correction, note, reviewer: actor.name, reviewedAt: now() };
      this.prepare(REVIEW_UPSERT).run(...reviewUpsertValues(key, e.article_id, review));
      this.audit(actor, `event.${decision.action}`, key, decision);
      return review;
    });
  }

  async clearReview(key: string, actor: Actor): Promise<boolean> {
    return writeTransaction(this.db, () => {
      const changed = this.prepare('DELETE FROM reviews WHERE event_key = ?').run(key).changes > 0;
      if (changed) this.audit(actor, 'event.unreview', key);
      return changed;
    });
  }

  // ------------------------------------------------------------ users, tokens, sessions

  async countUsers(): Promise<number> {
    return (this.prepare('SELECT count(*) AS n FROM users WHERE disabled_at IS NULL').get() as Row).n;
  }

  async createUser(input: { name: string; role: Role; passwordHash: string }, actor: Actor): Promise<User> {
    return writeTransaction(this.db, () => {
      const id = newId('usr');
      this
        .prepare('INSERT INTO users (id, name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)')
        .run(id, input.name, input.role, input.passwordHash, now());
      this.audit(actor, 'user.create', input.name, { role: input.role });
      return userOf(this.prepare('SELECT * FROM users WHERE id = ?').get(id) as Row);
    });
  }

  async listUsers(): Promise<User[]> {
    return (this.prepare('SELECT * FROM users ORDER BY name').all() as Row[]).map(userOf);
  }

  async updateUser(name: string, change: { role?: Role; disabled?: boolean; passwordHash?: string }, actor: Actor): Promise<User | null> {
    return writeTransaction(this.db, () => {
      const u = this.prepare('SELECT * FROM users WHERE name = ?').get(name) as Row | undefined;
      if (!u) return null;
      if (change.role) this.prepare('UPDATE users SET role = ? WHERE id = ?').run(change.role, u.id);
      if (change.passwordHash) this.prepare('UPDATE users SET password_hash = ? WHERE id = ?').run(change.passwordHash, u.id);
      if (change.disabled !== undefined) this.prepare('UPDATE users SET disabled_at = ? WHERE id = ?').run(change.disabled ? now() : null, u.id);
      // A new password or a disabled account ends every session: whoever knew the old password is signed out.
      if (change.passwordHash || change.disabled) this.prepare('DELETE FROM sessions WHERE user_id = ?').run(u.id);
      const admins = this.prepare("SELECT count(*) AS n FROM users WHERE role = 'admin' AND disabled_at IS NULL").get() as Row;
      if (admins.n === 0) throw new RangeError('this would leave no admin: make another user admin first');
      this.audit(actor, 'user.update', name, { role: change.role, disabled: change.disabled, password: change.passwordHash ? 'changed' : undefined });
      return userOf(this.prepare('SELECT * FROM users WHERE id = ?').get(u.id) as Row);
    });
  }

  async credentials(name: string): Promise<Credentials | null> {
    const u = this.prepare('SELECT * FROM users WHERE name = ?').get(name) as Row | undefined;
    return u ? { user: userOf(u), passwordHash: u.password_hash } : null;
  }

  async createToken(input: { userName: string; name: string; role: Role; hash: string }, actor: Actor): Promise<TokenInfo> {
    return writeTransaction(this.db, () => {
      const u = this.prepare('SELECT * FROM users WHERE name = ?').get(input.userName) as Row | undefined;
      if (!u) throw new RangeError(`no user named '${input.userName}'`);
      if (!roleAtLeast(u.role, input.role)) throw new RangeError(`a token of ${u.role} '${u.name}' cannot have the role ${input.role}`);
      const id = newId('tok');
      this
        .prepare('INSERT INTO tokens (id, user_id, name, role, hash, created_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(id, u.id, input.name, input.role, input.hash, now());
      this.audit(actor, 'token.create', id, { user: input.userName, name: input.name, role: input.role });
      return this.tokenInfo(id)!;
    });
  }

  private tokenInfo(id: string): TokenInfo | null {
    const r = this.prepare('SELECT t.*, u.name AS user_name FROM tokens t JOIN users u ON u.id = t.user_id WHERE t.id = ?').get(id) as Row | undefined;
    return r ? tokenOf(r) : null;
  }

  async listTokens(userName?: string): Promise<TokenInfo[]> {
    return (
      this
        .prepare('SELECT t.*, u.name AS user_name FROM tokens t JOIN users u ON u.id = t.user_id WHERE ? IS NULL OR u.name = ? ORDER BY t.created_at')
        .all(userName ?? null, userName ?? null) as Row[]
    ).map(tokenOf);
  }

  async revokeToken(id: string, actor: Actor): Promise<TokenInfo | null> {
    return writeTransaction(this.db, () => {
      const changed = this.prepare('UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(now(), id).changes;
      if (changed) this.audit(actor, 'token.revoke', id);
      return this.tokenInfo(id);
    });
  }

  async principalForToken(hash: string): Promise<Principal | null> {
    const r = this
      .prepare(
        `SELECT t.id AS token_id, t.role AS token_role, t.last_used_at, u.* FROM tokens t JOIN users u ON u.id = t.user_id
         WHERE t.hash = ? AND t.revoked_at IS NULL AND u.disabled_at IS NULL`,
      )
      .get(hash) as Row | undefined;
    if (!r) return null;
    if (!r.last_used_at || Date.now() - Date.parse(r.last_used_at) > TOKEN_TOUCH_MS) {
      retryBusy(() => this.prepare('UPDATE tokens SET last_used_at = ? WHERE id = ?').run(now(), r.token_id));
    }
    // A token never does more than its owner may, even after the owner's role is lowered.
    const role: Role = roleAtLeast(r.role, r.token_role) ? r.token_role : r.role;
    return { user: userOf(r), role, tokenId: r.token_id };
  }

  async createSession(input: { hash: string; userId: string; expiresAt: string }, actor: Actor): Promise<void> {
    writeTransaction(this.db, () => {
      this.prepare('DELETE FROM sessions WHERE expires_at < ?').run(now());
      this.prepare('INSERT INTO sessions (hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)').run(input.hash, input.userId, now(), input.expiresAt);
      this.audit(actor, 'session.create', input.userId);
    });
  }

  async deleteSession(hash: string, actor: Actor): Promise<void> {
    writeTransaction(this.db, () => {
      if (this.prepare('DELETE FROM sessions WHERE hash = ?').run(hash).changes) this.audit(actor, 'session.delete', actor.id);
    });
  }

  async principalForSession(hash: string): Promise<Principal | null> {
    const r = this
      .prepare('SELECT u.* FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.hash = ? AND s.expires_at > ? AND u.disabled_at IS NULL')
      .get(hash, now()) as Row | undefined;
    return r ? { user: userOf(r), role: r.role, tokenId: null } : null;
  }

  async recordAudit(actor: Actor, action: string, target: string | null, detail: unknown = null): Promise<void> {
    this.audit(actor, action, target, detail);
  }

  async listAudit(page: PageRequest): Promise<PageOf<AuditEntry>> {
    const after = decodeCursor(page.cursor, 1);
    const rows = this
      .prepare(`SELECT * FROM audit ${after ? 'WHERE id < ?' : ''} ORDER BY id DESC LIMIT ?`)
      .all(...(after ?? []), page.limit + 1) as Row[];
    const more = rows.length > page.limit;
    const items = rows.slice(0, page.limit).map((r) => ({
      id: r.id,
      at: r.at,
      actorKind: r.actor_kind,
      actor: r.actor,
      action: r.action,
      target: r.target,
      detail: r.detail_json ? JSON.parse(r.detail_json) : null,
    }));
    return { items, nextCursor: more ? encodeCursor([items.at(-1)!.id]) : null };
  }
}
