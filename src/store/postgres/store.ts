// The server store: PostgreSQL through the `pg` client's pool, migrated on open. It answers as the SQLite
// store does, row for row and in the same order wherever the API defines one (the schema compares text byte
// by byte); the row mappers, cursors, event records and filters are shared with it. Every write is one
// transaction, and every change made by a person or a token writes its audit row inside it.
import pg from 'pg';
import type { Analysis } from '../../schema/analysis.ts';
import type { Article } from '../../schema/article.ts';
import type { ArticleSink, DuplicateKeys, SaveEntry, StoredArticleRef } from '../../ingest/sink.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import { eventCondition, PROBE, RARE_BELOW, type Rarity } from '../filter-sql.ts';
import { articleSource, correctedClass, machineRecord, withReview, type MachineRecord } from '../event-record.ts';
import { eventKey } from '../event-key.ts';
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
  EventClass,
  EventDetail,
  EventFilter,
  EventRecord,
  QuoteRecord,
  Review,
  ReviewDecision,
  Role,
  TokenInfo,
  User,
} from '../records.ts';
import { roleAtLeast } from '../records.ts';
import { ARTICLE_SUMMARY, articleSummary, auditId, entitySummary, newId, now, refOf, reviewOf, tokenOf, UNSPACED, userOf, type Row } from '../rows.ts';
import type { ArticleQuery, Credentials, PageOf, PageRequest, Principal, SavedArticle, Store } from '../types.ts';
import { migratePostgres } from './migrate.ts';
import { StoryIndex } from '../stories.ts';
import type { StorySql } from '../story-sql.ts';

const EXPORT_BATCH = 1000;
const TOKEN_TOUCH_MS = 60_000;
/** PostgreSQL takes at most 65,535 parameters in one statement. */
const MAX_PARAMS = 60_000;

/** Counts come back as bigint; they are small, so numbers, as SQLite gives them. */
const INT8 = 20;
const types = {
  getTypeParser: ((oid: number, format?: string) => (oid === INT8 ? Number : pg.types.getTypeParser(oid, format as 'text'))) as typeof pg.types.getTypeParser,
};

export interface PostgresOptions {
  /** The schema to keep the tables in (created if missing); else the connection's search path decides. */
  schema?: string;
  max?: number;
}

export async function openPostgresStore(url: string, options: PostgresOptions = {}): Promise<PgStore> {
  if (options.schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(options.schema)) throw new RangeError(`schema '${options.schema}': lower-case letters, digits and _ only`);
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    types,
    ...(options.schema ? { options: `-c search_path=${options.schema},public` } : {}),
  });
  try {
    if (options.schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${options.schema}`);
    await migratePostgres(pool);
  } catch (e) {
    await pool.end();
    throw e;
  }
  return new PgStore(pool);
}

/** `?` placeholders (the SQL the stores share) as PostgreSQL's numbered ones. */
export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

type Queryable = pg.Pool | pg.PoolClient;

async function rows(db: Queryable, sql: string, params: unknown[] = []): Promise<Row[]> {
  return (await db.query(numbered(sql), params)).rows;
}
async function one(db: Queryable, sql: string, params: unknown[] = []): Promise<Row | undefined> {
  return (await rows(db, sql, params))[0];
}
async function run(db: Queryable, sql: string, params: unknown[] = []): Promise<number> {
  return (await db.query(numbered(sql), params)).rowCount ?? 0;
}

/** Many rows in as few statements as the parameter limit allows. */
async function insertMany(db: Queryable, head: string, width: number, values: unknown[][], tail = ''): Promise<void> {
  const per = Math.floor(MAX_PARAMS / width);
  for (let i = 0; i < values.length; i += per) {
    const chunk = values.slice(i, i + per);
    const tuples = chunk.map((_, r) => `(${Array.from({ length: width }, (_, c) => `$${r * width + c + 1}`).join(', ')})`);
    await db.query(`${head} VALUES ${tuples.join(', ')} ${tail}`, chunk.flat());
  }
}

/** Free text as a condition: words of spaced scripts through the word index, unspaced ones as substrings. */
function searchOf(q: string): { sql: string; params: string[]; rank: string | null } | null {
  const words = q.match(/[\p{L}\p{M}\p{N}_]+/gu);
  if (!words) return null;
  if (!UNSPACED.test(q)) {
    const query = `plainto_tsquery('simple', sumber_unaccent(?))`;
    return { sql: `a.search @@ ${query}`, params: [words.join(' ')], rank: `ts_rank(a.search, ${query})` };
  }
  return {
    sql: words.map(() => `(coalesce(a.title, '') || ' ' || a.text) ILIKE ?`).join(' AND '),
    params: words.map((w) => `%${w.replace(/[\\%_]/g, '\\$&')}%`),
    rank: null,
  };
}

const EVENT_COLUMNS = `e.event_key, e.date, d.record_json, r.status, r.correction_json, r.note, r.reviewer, r.reviewed_at`;
const EVENT_FROM = `events e LEFT JOIN reviews r ON r.event_key = e.event_key`;
/** SQLite gives an aggregate's bare columns from the group's last row, which is the last article here. */
const ENTITY_SUMMARY = `entity_id, (array_agg(type ORDER BY article_id DESC))[1] AS type, (array_agg(name ORDER BY article_id DESC))[1] AS name,
  (array_agg(country ORDER BY article_id DESC))[1] AS country, (array_agg(actor_code ORDER BY article_id DESC))[1] AS actor_code,
  count(*) AS articles, sum(mention_count) AS mentions`;
const nextDay = (date: string) => new Date(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export class PgStore implements Store {
  constructor(readonly pool: pg.Pool) {}

  async close(): Promise<void> {
    await this.pool.end();
  }

  /** Runs `work` in one transaction on one connection. */
  async transaction<T>(work: (db: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }

  async audit(db: Queryable, actor: Actor, action: string, target: string | null, detail: unknown = null): Promise<void> {
    await run(db, 'INSERT INTO audit (id, at, actor_kind, actor, action, target, detail_json) VALUES (?, ?, ?, ?, ?, ?, ?)', [
      auditId(),
      now(),
      actor.kind,
      `${actor.name} (${actor.id})`,
      action,
      target,
      detail === null ? null : JSON.stringify(detail),
    ]);
  }

  // ------------------------------------------------------------ ingestion (ArticleSink)

  async findExisting(keys: DuplicateKeys): Promise<StoredArticleRef | null> {
    return this.existingIn(this.pool, keys);
  }

  private async existingIn(db: Queryable, keys: DuplicateKeys): Promise<StoredArticleRef | null> {
    const r = await one(
      db,
      'SELECT id, title, url, canonical_url, article_json FROM articles WHERE content_hash = ? OR (?::text IS NOT NULL AND canonical_url = ?) LIMIT 1',
      [keys.contentHash, keys.canonicalUrl, keys.canonicalUrl],
    );
    return r ? refOf(r) : null;
  }

  async findByBands(bandKeys: string[]): Promise<StoredArticleRef[]> {
    if (!bandKeys.length) return [];
    const found = await rows(
      this.pool,
      `SELECT a.id, a.title, a.url, a.canonical_url, a.article_json FROM articles a
       WHERE a.id IN (SELECT article_id FROM article_bands WHERE band_key = ANY(?::text[]))`,
      [bandKeys],
    );
    return found.map(refOf);
  }

  async findOriginal(link: { url: string | null; title: string | null }): Promise<StoredArticleRef | null> {
    const r = await one(
      this.pool,
      `SELECT id, title, url, canonical_url, article_json FROM articles
       WHERE (?::text IS NOT NULL AND (url = ? OR canonical_url = ?)) OR (?::text IS NOT NULL AND title = ?)
       ORDER BY (?::text IS NOT NULL AND (url = ? OR canonical_url = ?)) DESC LIMIT 1`,
      [link.url, link.url, link.url, link.title, link.title, link.url, link.url, link.url],
    );
    return r ? refOf(r) : null;
  }

  async recordCopy(existingId: string, copy: Parameters<NonNullable<ArticleSink['recordCopy']>>[1]): Promise<void> {
    const source = articleSource(copy.publisher, copy.canonicalUrl ?? copy.url);
    const own = await one(this.pool, 'SELECT source FROM articles WHERE id = ?', [existingId]);
    if (!own || own.source === source) return;
    await run(
      this.pool,
      `INSERT INTO article_copies (article_id, source, url, canonical_url, origin_json, fetched_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
      [existingId, source, copy.url ?? '', copy.canonicalUrl, JSON.stringify(copy.origin), copy.fetchedAt],
    );
  }

  async save(entry: SaveEntry): Promise<StoredArticleRef | null> {
    return this.transaction((db) => this.saveIn(db, entry));
  }

  /** Saves, unless another writer stored the article under its keys since they were checked: then that one. */
  private async saveIn(db: pg.PoolClient, entry: SaveEntry): Promise<StoredArticleRef | null> {
    if (entry.unlessStored) {
      // Writers of the same keys take turns until this transaction ends, so the check below sees the other's save.
      const keys = [entry.unlessStored.contentHash, entry.unlessStored.canonicalUrl].filter((k): k is string => k !== null).sort();
      for (const key of keys) await db.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
      const existing = await this.existingIn(db, entry.unlessStored);
      if (existing) return existing;
    }
    const { article, analysis } = entry;
    await this.upsertArticle(db, article, analysis, entry.nearDuplicateOf, entry.originalId);
    await run(db, 'DELETE FROM article_bands WHERE article_id = ?', [article.id]);
    const bands = [...new Set(entry.bandKeys)].map((k) => [k, article.id]);
    await insertMany(db, 'INSERT INTO article_bands (band_key, article_id)', 2, bands, 'ON CONFLICT DO NOTHING');
    if (analysis) await this.replaceAnalysis(db, article, analysis);
    return null;
  }

  auditedSink(actor: Actor, action: string): ArticleSink {
    return {
      findExisting: (keys) => this.findExisting(keys),
      findByBands: (keys) => this.findByBands(keys),
      findOriginal: (link) => this.findOriginal(link),
      recordCopy: (id, copy) => this.recordCopy(id, copy),
      // An article another writer stored first is that writer's to audit.
      save: (entry) =>
        this.transaction(async (db) => {
          const existing = await this.saveIn(db, entry);
          if (!existing) await this.audit(db, actor, action, entry.article.id, { url: entry.article.url, events: entry.analysis?.events.length ?? null });
          return existing;
        }),
    };
  }

  async saveAnalysis(article: Article, analysis: Analysis, actor?: Actor): Promise<SavedArticle> {
    return this.transaction(async (db) => {
      const stored = await one(db, 'SELECT article_json, text, near_duplicate_of, original_id FROM articles WHERE id = ? FOR UPDATE', [article.id]);
      // An article ingested earlier keeps its metadata; only its analysis is replaced.
      const kept: Article = stored ? { ...JSON.parse(stored.article_json), text: stored.text } : article;
      await this.upsertArticle(db, kept, analysis, stored?.near_duplicate_of ?? null, stored?.original_id ?? null);
      await this.replaceAnalysis(db, kept, analysis);
      if (actor) await this.audit(db, actor, stored ? 'article.reanalyse' : 'article.create', article.id, { events: analysis.events.length });
      return { id: article.id, created: !stored, eventCount: analysis.events.length };
    });
  }

  private async upsertArticle(db: Queryable, article: Article, analysis: Analysis | null, nearDuplicateOf: string | null, originalId: string | null): Promise<void> {
    const { text, ...meta } = article;
    await run(
      db,
      `INSERT INTO articles (id, content_hash, url, canonical_url, title, text, lang, published_at, fetched_at, source,
         near_duplicate_of, original_id, article_json, sort_date)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET url = excluded.url, canonical_url = excluded.canonical_url, title = excluded.title,
         text = excluded.text, lang = excluded.lang, published_at = excluded.published_at, source = excluded.source,
         near_duplicate_of = excluded.near_duplicate_of, original_id = excluded.original_id,
         article_json = excluded.article_json, sort_date = excluded.sort_date`,
      [
        article.id,
        article.contentHash,
        article.url,
        article.canonicalUrl,
        article.title ?? analysis?.title ?? null,
        text,
        analysis?.lang.code ?? article.lang,
        article.publishedAt ?? analysis?.publishedAt ?? null,
        article.fetchedAt,
        articleSource(article.publisher ?? analysis?.provenance.publisher ?? null, article.canonicalUrl ?? article.url),
        nearDuplicateOf,
        originalId,
        JSON.stringify(meta),
        article.publishedAt ?? analysis?.publishedAt ?? article.fetchedAt,
      ],
    );
  }

  /** Machine output is replaced wholesale; reviews live apart, keyed by event key, and so survive. */
  private async replaceAnalysis(db: Queryable, article: Article, analysis: Analysis): Promise<void> {
    const id = article.id;
    // Participants and documents go with their events (ON DELETE CASCADE).
    for (const table of ['sentences', 'entities', 'mentions', 'events', 'quotes', 'claims', 'contradictions']) {
      await run(db, `DELETE FROM ${table} WHERE article_id = ?`, [id]);
    }
    await run(db, 'UPDATE articles SET analysis_json = ?, analyzed_at = ? WHERE id = ?', [JSON.stringify(analysis), now(), id]);
    await insertMany(
      db,
      'INSERT INTO sentences (article_id, idx, start, "end", paragraph, text)',
      6,
      analysis.sentences.map((s) => [id, s.index, s.start, s.end, s.paragraph, s.text]),
    );
    await insertMany(
      db,
      'INSERT INTO entities (article_id, entity_id, type, name, country, actor_code, mention_count, entity_json)',
      8,
      analysis.entities.map((e) => [id, e.id, e.type, e.name, e.country, e.actorCode, e.mentionIds.length, JSON.stringify(e)]),
    );
    await insertMany(
      db,
      'INSERT INTO mentions (article_id, mention_id, entity_id, sentence, start, "end", text)',
      7,
      analysis.mentions.map((m) => [id, m.id, m.entityId, m.sentence, m.start, m.end, m.text]),
    );

    const facts = {
      id,
      url: article.canonicalUrl ?? article.url ?? analysis.url,
      title: article.title ?? analysis.title,
      publishedAt: article.publishedAt ?? analysis.publishedAt,
      lang: analysis.lang.code,
      source: articleSource(article.publisher ?? analysis.provenance.publisher, article.canonicalUrl ?? article.url ?? analysis.url),
    };
    const events: unknown[][] = [];
    const documents: unknown[][] = [];
    const participants: unknown[][] = [];
    const stored = new Set<string>();
    for (const e of analysis.events) {
      const rec = machineRecord(facts, analysis, e);
      // The same event coded twice on one trigger is one fact: keep the first.
      if (stored.has(rec.key)) continue;
      stored.add(rec.key);
      const country = rec.place?.country ?? rec.actors.find((a) => a.country)?.country ?? null;
      events.push([
        rec.key,
        id,
        e.id,
        rec.date,
        rec.type,
        rec.stage,
        country,
        rec.place?.country ?? null,
        rec.place?.name.toLowerCase() ?? null,
        rec.place?.entityId ?? null,
        rec.source?.toLowerCase() ?? null,
      ]);
      documents.push([rec.key, JSON.stringify(rec), JSON.stringify(e)]);
      rec.actors.forEach((p, i) => participants.push([rec.key, 'actor', i, p.entityId ?? '', p.actorCode, p.country, p.name]));
      rec.recipients.forEach((p, i) => participants.push([rec.key, 'recipient', i, p.entityId ?? '', p.actorCode, p.country, p.name]));
    }
    await insertMany(db, 'INSERT INTO events (event_key, article_id, event_id, date, type, stage, country, location_country, place, place_id, source)', 11, events);
    await insertMany(db, 'INSERT INTO event_documents (event_key, record_json, event_json)', 3, documents);
    await insertMany(db, 'INSERT INTO event_participants (event_key, role, position, entity_id, actor_code, country, name)', 7, participants);
    await insertMany(
      db,
      'INSERT INTO quotes (article_id, quote_id, speaker_entity_id, speaker, content, quote_json)',
      6,
      analysis.quotes.map((q) => [id, q.id, q.speaker?.entityId ?? null, q.speaker?.text ?? null, q.content.text, JSON.stringify(q)]),
    );
    await insertMany(
      db,
      'INSERT INTO claims (article_id, claim_id, event_id, signature, claim_json)',
      5,
      analysis.claims.map((c) => [id, c.id, c.eventId, c.signature, JSON.stringify(c)]),
    );
    await insertMany(
      db,
      'INSERT INTO contradictions (article_id, contradiction_id, kind, contradiction_json)',
      4,
      analysis.contradictions.map((c) => [id, c.id, c.kind, JSON.stringify(c)]),
    );
  }

  // ------------------------------------------------------------ articles

  async listArticles(query: ArticleQuery, page: PageRequest): Promise<PageOf<ArticleSummary>> {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (query.lang) (where.push('a.lang = ?'), params.push(query.lang));
    if (query.source) (where.push('lower(a.source) = ?'), params.push(query.source.toLowerCase()));
    if (query.from) (where.push('a.sort_date >= ?'), params.push(query.from));
    if (query.to) (where.push('a.sort_date < ?'), params.push(nextDay(query.to)));
    if (query.q !== undefined) {
      const search = searchOf(query.q);
      if (!search) return { items: [], nextCursor: null };
      // Ranked results page by offset: rank is not a stable key to continue from.
      const [offset] = (decodeCursor(page.cursor, 1) ?? [0]) as [number];
      const found = await rows(
        this.pool,
        `SELECT ${ARTICLE_SUMMARY}, a.text FROM articles a WHERE ${search.sql} ${where.map((w) => `AND ${w}`).join(' ')}
         ORDER BY ${search.rank ? `${search.rank} DESC, ` : ''}a.sort_date DESC, a.id LIMIT ? OFFSET ?`,
        [...search.params, ...params, ...(search.rank ? search.params : []), page.limit + 1, offset],
      );
      const more = found.length > page.limit;
      const items = found.slice(0, page.limit).map((r) => articleSummary({ ...r, snippet: snippetOf(r.text, query.q!) }));
      return { items, nextCursor: more ? encodeCursor([offset + page.limit]) : null };
    }
    const after = decodeCursor(page.cursor, 2);
    if (after) (where.push('(a.sort_date, a.id) < (?, ?)'), params.push(...after));
    const found = await rows(
      this.pool,
      `SELECT ${ARTICLE_SUMMARY}, a.sort_date FROM articles a ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY a.sort_date DESC, a.id DESC LIMIT ?`,
      [...params, page.limit + 1],
    );
    const more = found.length > page.limit;
    const last = found[page.limit - 1];
    return { items: found.slice(0, page.limit).map(articleSummary), nextCursor: more && last ? encodeCursor([last.sort_date, last.id]) : null };
  }

  async getArticle(id: string): Promise<ArticleDetail | null> {
    const r = await one(this.pool, 'SELECT * FROM articles WHERE id = ?', [id]);
    if (!r) return null;
    const reviews: Record<string, Review> = {};
    for (const row of await rows(this.pool, 'SELECT * FROM reviews WHERE article_id = ? ORDER BY event_key', [id])) reviews[row.event_key] = reviewOf(row)!;
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
    const found = await rows(
      this.pool,
      `SELECT id, coalesce(article_json::json #>> '{originalOf,relation}', 'republication') AS relation, title, source, lang, published_at, sort_date
       FROM articles WHERE original_id = ?
       UNION ALL
       SELECT id, 'near-duplicate', title, source, lang, published_at, sort_date FROM articles WHERE near_duplicate_of = ?
       ORDER BY sort_date, id`,
      [id, id],
    );
    return found.map((r) => ({ id: r.id, relation: r.relation, title: r.title, source: r.source, lang: r.lang, publishedAt: r.published_at }));
  }

  // ------------------------------------------------------------ events

  /** Which participant filters name rare participants (see filter-sql.ts). */
  private async rarity(filter: EventFilter): Promise<Rarity> {
    const rare = async (role: 'actor' | 'recipient', value: string | undefined) =>
      value !== undefined && (await one(this.pool, PROBE, [role, value, value, RARE_BELOW]))!.n < RARE_BELOW;
    return { actor: await rare('actor', filter.actor), recipient: await rare('recipient', filter.recipient) };
  }

  private async eventRows(filter: EventFilter, limit: number, after: (string | number)[] | null, extra = ''): Promise<Row[]> {
    const cond = eventCondition(filter, await this.rarity(filter));
    const keyset = after ? ' AND (e.date, e.event_key) < (?, ?)' : '';
    return rows(
      this.pool,
      // The page's keys first, from the narrow events table; the documents only for those.
      `WITH page AS MATERIALIZED (SELECT e.event_key FROM ${EVENT_FROM} WHERE ${cond.sql}${keyset} ORDER BY e.date DESC, e.event_key DESC LIMIT ?)
       SELECT ${EVENT_COLUMNS}${extra} FROM page JOIN events e ON e.event_key = page.event_key
       JOIN event_documents d ON d.event_key = e.event_key
       LEFT JOIN reviews r ON r.event_key = e.event_key ORDER BY e.date DESC, e.event_key DESC`,
      [...cond.params, ...(after ?? []), limit],
    );
  }

  private toRecord(r: Row): EventRecord {
    return withReview(JSON.parse(r.record_json) as MachineRecord, reviewOf(r));
  }

  async listEvents(filter: EventFilter, page: PageRequest): Promise<PageOf<EventRecord>> {
    const found = await this.eventRows(filter, page.limit + 1, decodeCursor(page.cursor, 2));
    const more = found.length > page.limit;
    const last = found[page.limit - 1];
    return { items: found.slice(0, page.limit).map((r) => this.toRecord(r)), nextCursor: more && last ? encodeCursor([last.date, last.event_key]) : null };
  }

  async *streamEvents(filter: EventFilter): AsyncIterable<EventDetail> {
    // Pages by key, so no connection is held while the consumer writes.
    let after: (string | number)[] | null = null;
    for (;;) {
      const found = await this.eventRows(filter, EXPORT_BATCH, after, ', d.event_json');
      for (const r of found) yield { ...this.toRecord(r), event: JSON.parse(r.event_json) };
      if (found.length < EXPORT_BATCH) return;
      const last = found.at(-1)!;
      after = [last.date, last.event_key];
    }
  }

  async getEvent(key: string): Promise<EventDetail | null> {
    const r = await one(this.pool, `SELECT ${EVENT_COLUMNS}, d.event_json FROM ${EVENT_FROM} JOIN event_documents d ON d.event_key = e.event_key WHERE e.event_key = ?`, [key]);
    return r ? { ...this.toRecord(r), event: JSON.parse(r.event_json) } : null;
  }

  async aggregate(kind: AggregateKind, filter: EventFilter): Promise<AggregateRow[]> {
    // Rejected events are not counted unless the filter asks for review statuses itself.
    const cond = eventCondition(filter.review ? filter : { ...filter, review: ['unreviewed', 'accepted', 'corrected'] });
    const sql = {
      'day-type': `SELECT e.date AS k1, coalesce(r.corrected_type, e.type) AS k2, count(*) AS n FROM ${EVENT_FROM}
                   WHERE ${cond.sql} GROUP BY k1, k2 ORDER BY k1, k2`,
      'actor-pair': `SELECT a.entity_id AS k1, b.entity_id AS k2, count(DISTINCT e.event_key) AS n FROM ${EVENT_FROM}
                     JOIN event_participants a ON a.event_key = e.event_key AND a.role = 'actor'
                     JOIN event_participants b ON b.event_key = e.event_key AND b.role = 'recipient'
                     WHERE ${cond.sql} GROUP BY k1, k2 ORDER BY n DESC, k1, k2`,
      country: `SELECT e.country AS k1, count(*) AS n FROM ${EVENT_FROM} WHERE ${cond.sql} GROUP BY k1 ORDER BY n DESC, k1 NULLS FIRST`,
    }[kind];
    return (await rows(this.pool, sql, cond.params)).map((r) => ({ key: kind === 'country' ? [r.k1] : [r.k1, r.k2], count: r.n }));
  }

  // ------------------------------------------------------------ entities, quotes, contradictions

  async listEntities(query: { q?: string; type?: string }, page: PageRequest): Promise<PageOf<EntitySummary>> {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (query.q) (where.push('(name ILIKE ? OR entity_id ILIKE ?)'), params.push(`%${query.q}%`, `%${query.q}%`));
    if (query.type) (where.push('type = ?'), params.push(query.type));
    const after = decodeCursor(page.cursor, 1);
    if (after) (where.push('entity_id > ?'), params.push(after[0]!));
    const found = await rows(
      this.pool,
      `SELECT ${ENTITY_SUMMARY} FROM entities ${where.length ? `WHERE ${where.join(' AND ')}` : ''} GROUP BY entity_id ORDER BY entity_id LIMIT ?`,
      [...params, page.limit + 1],
    );
    const more = found.length > page.limit;
    const items = found.slice(0, page.limit).map(entitySummary);
    return { items, nextCursor: more ? encodeCursor([items.at(-1)!.id]) : null };
  }

  async getEntity(id: string): Promise<(EntitySummary & { articles: ArticleSummary[] }) | null> {
    const r = await one(this.pool, `SELECT ${ENTITY_SUMMARY} FROM entities WHERE entity_id = ? GROUP BY entity_id`, [id]);
    if (!r) return null;
    // The most recent hundred articles: an entity page, not an export.
    const articles = (
      await rows(
        this.pool,
        `SELECT ${ARTICLE_SUMMARY} FROM articles a WHERE a.id IN (SELECT article_id FROM entities WHERE entity_id = ?)
         ORDER BY a.sort_date DESC, a.id LIMIT 100`,
        [id],
      )
    ).map(articleSummary);
    return { ...entitySummary(r), articles };
  }

  async listQuotes(query: { speaker?: string; article?: string; q?: string }, page: PageRequest): Promise<PageOf<QuoteRecord>> {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (query.speaker) (where.push('(q.speaker_entity_id = ? OR q.speaker ILIKE ?)'), params.push(query.speaker, `%${query.speaker}%`));
    if (query.article) (where.push('q.article_id = ?'), params.push(query.article));
    if (query.q) (where.push('q.content ILIKE ?'), params.push(`%${query.q}%`));
    const after = decodeCursor(page.cursor, 2);
    if (after) (where.push('(q.article_id, q.quote_id) > (?, ?)'), params.push(...after));
    const found = await rows(
      this.pool,
      `SELECT q.article_id, q.quote_id, q.quote_json, a.title FROM quotes q JOIN articles a ON a.id = q.article_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY q.article_id, q.quote_id LIMIT ?`,
      [...params, page.limit + 1],
    );
    const more = found.length > page.limit;
    const last = found[page.limit - 1];
    return {
      items: found.slice(0, page.limit).map((r) => ({ articleId: r.article_id, title: r.title, quote: JSON.parse(r.quote_json) })),
      nextCursor: more && last ? encodeCursor([last.article_id, last.quote_id]) : null,
    };
  }

  async listContradictions(query: { article?: string }, page: PageRequest): Promise<PageOf<ContradictionRecord>> {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (query.article) (where.push('c.article_id = ?'), params.push(query.article));
    const after = decodeCursor(page.cursor, 2);
    if (after) (where.push('(c.article_id, c.contradiction_id) > (?, ?)'), params.push(...after));
    const found = await rows(
      this.pool,
      `SELECT c.article_id, c.contradiction_id, c.contradiction_json, a.title FROM contradictions c JOIN articles a ON a.id = c.article_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY c.article_id, c.contradiction_id LIMIT ?`,
      [...params, page.limit + 1],
    );
    const more = found.length > page.limit;
    const last = found[page.limit - 1];
    const items: ContradictionRecord[] = [];
    for (const r of found.slice(0, page.limit)) {
      const contradiction = JSON.parse(r.contradiction_json);
      const ids = contradiction.claimIds as string[];
      const byId = new Map(
        (await rows(this.pool, 'SELECT claim_id, claim_json FROM claims WHERE article_id = ? AND claim_id = ANY(?::text[])', [r.article_id, ids])).map((x) => [
          x.claim_id,
          JSON.parse(x.claim_json),
        ]),
      );
      items.push({ articleId: r.article_id, title: r.title, contradiction, claims: ids.filter((c) => byId.has(c)).map((c) => byId.get(c)) });
    }
    return { items, nextCursor: more && last ? encodeCursor([last.article_id, last.contradiction_id]) : null };
  }

  async listStories(page: PageRequest): Promise<PageOf<unknown>> {
    return this.storyIndex().listStories(page);
  }

  private stories: StoryIndex | null = null;

  storyIndex(): StoryIndex {
    return (this.stories ??= new StoryIndex(new PgStorySql(this, this.pool)));
  }

  // ------------------------------------------------------------ reviews

  async review(key: string, decision: ReviewDecision, actor: Actor): Promise<Review | null> {
    return this.transaction(async (db) => {
      const e = await one(db, 'SELECT article_id FROM events WHERE event_key = ?', [key]);
      if (!e) return null;
      const status = ({ accept: 'accepted', reject: 'rejected', correct: 'corrected' } as const)[decision.action];
      const correction = decision.action === 'correct' ? decision.correction : null;
      const note = decision.action === 'accept' ? null : (decision.note ?? null);
      const review: Review = { status, correction, note, reviewer: actor.name, reviewedAt: now() };
      await run(
        db,
        `INSERT INTO reviews (event_key, article_id, status, corrected_type, correction_json, note, reviewer, reviewed_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (event_key) DO UPDATE SET status = excluded.status, corrected_type = excluded.corrected_type,
           correction_json = excluded.correction_json, note = excluded.note, reviewer = excluded.reviewer, reviewed_at = excluded.reviewed_at`,
        [key, e.article_id, status, correction?.type ?? null, correction ? JSON.stringify(correction) : null, note, review.reviewer, review.reviewedAt],
      );
      await this.audit(db, actor, `event.${decision.action}`, key, decision);
      return review;
    });
  }

  async clearReview(key: string, actor: Actor): Promise<boolean> {
    return this.transaction(async (db) => {
      const changed = (await run(db, 'DELETE FROM reviews WHERE event_key = ?', [key])) > 0;
      if (changed) await this.audit(db, actor, 'event.unreview', key);
      return changed;
    });
  }

  // ------------------------------------------------------------ users, tokens, sessions

  async countUsers(): Promise<number> {
    return (await one(this.pool, 'SELECT count(*) AS n FROM users WHERE disabled_at IS NULL'))!.n;
  }

  async createUser(input: { name: string; role: Role; passwordHash: string }, actor: Actor): Promise<User> {
    return this.transaction(async (db) => {
      const id = newId('usr');
      await run(db, 'INSERT INTO users (id, name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)', [id, input.name, input.role, input.passwordHash, now()]);
      await this.audit(db, actor, 'user.create', input.name, { role: input.role });
      return userOf((await one(db, 'SELECT * FROM users WHERE id = ?', [id]))!);
    });
  }

  async listUsers(): Promise<User[]> {
    return (await rows(this.pool, 'SELECT * FROM users ORDER BY name')).map(userOf);
  }

  async updateUser(name: string, change: { role?: Role; disabled?: boolean; passwordHash?: string }, actor: Actor): Promise<User | null> {
    return this.transaction(async (db) => {
      // Every change to users takes this lock, so two demotions at once cannot both see another admin.
      await db.query('LOCK TABLE users IN SHARE ROW EXCLUSIVE MODE');
      const u = await one(db, 'SELECT * FROM users WHERE name = ?', [name]);
      if (!u) return null;
      if (change.role) await run(db, 'UPDATE users SET role = ? WHERE id = ?', [change.role, u.id]);
      if (change.passwordHash) await run(db, 'UPDATE users SET password_hash = ? WHERE id = ?', [change.passwordHash, u.id]);
      if (change.disabled !== undefined) await run(db, 'UPDATE users SET disabled_at = ? WHERE id = ?', [change.disabled ? now() : null, u.id]);
      // A new password or a disabled account ends every session: whoever knew the old password is signed out.
      if (change.passwordHash || change.disabled) await run(db, 'DELETE FROM sessions WHERE user_id = ?', [u.id]);
      const admins = await one(db, "SELECT count(*) AS n FROM users WHERE role = 'admin' AND disabled_at IS NULL");
      if (admins!.n === 0) throw new RangeError('this would leave no admin: make another user admin first');
      await this.audit(db, actor, 'user.update', name, { role: change.role, disabled: change.disabled, password: change.passwordHash ? 'changed' : undefined });
      return userOf((await one(db, 'SELECT * FROM users WHERE id = ?', [u.id]))!);
    });
  }

  async credentials(name: string): Promise<Credentials | null> {
    const u = await one(this.pool, 'SELECT * FROM users WHERE name = ?', [name]);
    return u ? { user: userOf(u), passwordHash: u.password_hash } : null;
  }

  async createToken(input: { userName: string; name: string; role: Role; hash: string }, actor: Actor): Promise<TokenInfo> {
    return this.transaction(async (db) => {
      const u = await one(db, 'SELECT * FROM users WHERE name = ?', [input.userName]);
      if (!u) throw new RangeError(`no user named '${input.userName}'`);
      if (!roleAtLeast(u.role, input.role)) throw new RangeError(`a token of ${u.role} '${u.name}' cannot have the role ${input.role}`);
      const id = newId('tok');
      await run(db, 'INSERT INTO tokens (id, user_id, name, role, hash, created_at) VALUES (?, ?, ?, ?, ?, ?)', [id, u.id, input.name, input.role, input.hash, now()]);
      await this.audit(db, actor, 'token.create', id, { user: input.userName, name: input.name, role: input.role });
      return (await this.tokenInfo(db, id))!;
    });
  }

  private async tokenInfo(db: Queryable, id: string): Promise<TokenInfo | null> {
    const r = await one(db, 'SELECT t.*, u.name AS user_name FROM tokens t JOIN users u ON u.id = t.user_id WHERE t.id = ?', [id]);
    return r ? tokenOf(r) : null;
  }

  async listTokens(userName?: string): Promise<TokenInfo[]> {
    return (
      await rows(
        this.pool,
        'SELECT t.*, u.name AS user_name FROM tokens t JOIN users u ON u.id = t.user_id WHERE ?::text IS NULL OR u.name = ? ORDER BY t.created_at, t.id',
        [userName ?? null, userName ?? null],
      )
    ).map(tokenOf);
  }

  async revokeToken(id: string, actor: Actor): Promise<TokenInfo | null> {
    return this.transaction(async (db) => {
      const changed = await run(db, 'UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL', [now(), id]);
      if (changed) await this.audit(db, actor, 'token.revoke', id);
      return this.tokenInfo(db, id);
    });
  }

  async principalForToken(hash: string): Promise<Principal | null> {
    const r = await one(
      this.pool,
      `SELECT t.id AS token_id, t.role AS token_role, t.last_used_at, u.* FROM tokens t JOIN users u ON u.id = t.user_id
       WHERE t.hash = ? AND t.revoked_at IS NULL AND u.disabled_at IS NULL`,
      [hash],
    );
    if (!r) return null;
    if (!r.last_used_at || Date.now() - Date.parse(r.last_used_at) > TOKEN_TOUCH_MS) {
      await run(this.pool, 'UPDATE tokens SET last_used_at = ? WHERE id = ?', [now(), r.token_id]);
    }
    // A token never does more than its owner may, even after the owner's role is lowered.
    const role: Role = roleAtLeast(r.role, r.token_role) ? r.token_role : r.role;
    return { user: userOf(r), role, tokenId: r.token_id };
  }

  async createSession(input: { hash: string; userId: string; expiresAt: string }, actor: Actor): Promise<void> {
    await this.transaction(async (db) => {
      await run(db, 'DELETE FROM sessions WHERE expires_at < ?', [now()]);
      await run(db, 'INSERT INTO sessions (hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)', [input.hash, input.userId, now(), input.expiresAt]);
      await this.audit(db, actor, 'session.create', input.userId);
    });
  }

  async deleteSession(hash: string, actor: Actor): Promise<void> {
    await this.transaction(async (db) => {
      if (await run(db, 'DELETE FROM sessions WHERE hash = ?', [hash])) await this.audit(db, actor, 'session.delete', actor.id);
    });
  }

  async principalForSession(hash: string): Promise<Principal | null> {
    const r = await one(
      this.pool,
      'SELECT u.* FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.hash = ? AND s.expires_at > ? AND u.disabled_at IS NULL',
      [hash, now()],
    );
    return r ? { user: userOf(r), role: r.role, tokenId: null } : null;
  }

  async recordAudit(actor: Actor, action: string, target: string | null, detail: unknown = null): Promise<void> {
    await this.audit(this.pool, actor, action, target, detail);
  }

  async listAudit(page: PageRequest): Promise<PageOf<AuditEntry>> {
    const after = decodeCursor(page.cursor, 1);
    const found = await rows(this.pool, `SELECT * FROM audit ${after ? 'WHERE id < ?' : ''} ORDER BY id DESC LIMIT ?`, [...(after ?? []), page.limit + 1]);
    const more = found.length > page.limit;
    const items = found.slice(0, page.limit).map((r) => ({
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

/** A few words of the text around the first match, the matched words in brackets, as SQLite's snippet() gives. */
function snippetOf(text: string, q: string): string {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const words = (q.match(/[\p{L}\p{M}\p{N}_]+/gu) ?? []).map(fold);
  const tokens = text.match(/[\p{L}\p{M}\p{N}_]+|[^\p{L}\p{M}\p{N}_]+/gu) ?? [];
  const hit = (t: string) => words.some((w) => (UNSPACED.test(t) ? fold(t).includes(w) : fold(t) === w));
  const isWord = (t: string) => /^[\p{L}\p{M}\p{N}_]/u.test(t);
  const wordIndexes = tokens.flatMap((t, i) => (isWord(t) ? [i] : []));
  const first = Math.max(0, wordIndexes.findIndex((i) => hit(tokens[i]!)));
  const from = Math.max(0, first - 3);
  const span = wordIndexes.slice(from, from + 16);
  if (!span.length) return '';
  const out = tokens.slice(span[0], span.at(-1)! + 1).map((t) => (isWord(t) && hit(t) ? `[${t}]` : t));
  return `${span[0]! > 0 ? '…' : ''}${out.join('')}${span.at(-1)! < tokens.length - 1 ? '…' : ''}`;
}

/** Any fixed number: the key of the lock recomputations of stories (and other story writes) take in turn. */
const STORY_LOCK = 0x5ab3e5;

/** The cross-article layer's SQL on PostgreSQL (see story-sql.ts): on the pool, or on one transaction's client. */
class PgStorySql implements StorySql {
  constructor(
    private readonly store: PgStore,
    private readonly db: Queryable,
  ) {}

  all(sql: string, params: unknown[] = []): Promise<Row[]> {
    return rows(this.db, sql, params);
  }

  get(sql: string, params: unknown[] = []): Promise<Row | undefined> {
    return one(this.db, sql, params);
  }

  run(sql: string, params: unknown[] = []): Promise<number> {
    return run(this.db, sql, params);
  }

  insertMany(head: string, values: unknown[][], tail = ''): Promise<void> {
    return values.length ? insertMany(this.db, head, values[0]!.length, values, tail) : Promise.resolve();
  }

  transaction<T>(work: (db: StorySql) => Promise<T>): Promise<T> {
    return this.store.transaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [STORY_LOCK]);
      return work(new PgStorySql(this.store, client));
    });
  }

  audit(actor: Actor, action: string, target: string | null, detail?: unknown): Promise<void> {
    return this.store.audit(this.db, actor, action, target, detail ?? null);
  }

  jsonText(column: string, path: string[]): string {
    return `(${column}::json #>> '{${path.join(',')}}')`;
  }

  open(): boolean {
    return !this.store.pool.ended;
  }
}
