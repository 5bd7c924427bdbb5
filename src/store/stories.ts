// The cross-article layer in the store: compact reports per analysed article (read once per analysis), the
// merged events, disagreements and stories recomputed from them as a whole, analysts' splits, and watchlists
// with their hits and webhook deliveries. Tables: migrations/005-stories.sql; change tracking: 007-story-changes.sql.
import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Analysis } from '../schema/analysis.ts';
import type { Article } from '../schema/article.ts';
import type { MergedEvent, MergedEventFilter, SourceDisagreement, Story, Watchlist, WatchlistHit, WatchlistInput } from '../schema/story.ts';
import type { ArticleReport } from '../stories/report.ts';
import { mergeEvents } from '../stories/merge.ts';
import { groupStories } from '../stories/group.ts';
import { checkWebhookUrl, postJson } from '../stories/webhook.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { writeTransaction } from './write.ts';
import { articleSource } from './event-record.ts';
import type { Actor } from './records.ts';
import type { PageOf, PageRequest } from './types.ts';
import type { SqliteStore } from './sqlite.ts';

type Row = Record<string, any>;
type Audit = (actor: Actor, action: string, target: string | null, detail?: unknown) => void;

export interface RefreshSummary {
  articles: number;
  /** Articles whose report was (re)read from their analysis in this refresh. */
  readArticles: number;
  events: number;
  mentions: number;
  disagreements: number;
  stories: number;
  newHits: number;
  ms: number;
}

export interface StoryArticle {
  id: string;
  title: string | null;
  url: string | null;
  /** Where it was read: its URL, else the file or input it came from. */
  location: string;
  source: string;
  lang: string;
  publishedAt: string;
  copiedBy: string[];
}

/** The shape of the stored reports (story_reports.report_json): a new version re-reads every article once. */
const REPORT_VERSION = '2';
/** Webhook attempts per hit before it is marked failed. */
const MAX_ATTEMPTS = 3;
const now = () => new Date().toISOString();

/** The report the merge reads, from a stored analysis: only the fields it uses. */
export function reportOf(
  row: { id: string; title: string | null; source: string | null; lang: string | null; published_at: string | null; sort_date: string; copy_of: string | null },
  analysis: Analysis,
): ArticleReport {
  const used = new Set(analysis.events.flatMap((e) => e.quantityIds));
  return {
    articleId: row.id,
    title: row.title ?? analysis.title,
    // A file without publisher or URL: the byline the analysis found, else it is one unknown source.
    source: row.source ?? analysis.provenance.publisher ?? 'unknown',
    lang: row.lang ?? analysis.lang.code,
    publishedAt: (row.published_at ?? analysis.publishedAt ?? row.sort_date).slice(0, 10),
    copyOf: row.copy_of,
    originalTitle: analysis.provenance.original?.title ?? null,
    copiedBy: [],
    analysis: {
      events: analysis.events,
      quantities: analysis.quantities.filter((q) => used.has(q.id)),
      entities: analysis.entities.map((e) => ({ id: e.id })),
      evidence: Object.fromEntries(analysis.events.map((e) => [e.id, analysis.sentences[e.trigger.sentence]?.text ?? e.trigger.text])),
    },
  };
}

const lower = (xs: (string | null | undefined)[]) => ` ${xs.filter(Boolean).join(' ').toLowerCase()} `;

/** The filter as SQL over merged_events; watchlists and listings share it. */
function filterSql(f: Partial<MergedEventFilter>): { sql: string; params: (string | number)[] } {
  const where: string[] = [];
  const params: (string | number)[] = [];
  const anyOf = (column: string, values: string[] | undefined, pattern: (v: string) => string) => {
    if (!values?.length) return;
    where.push(`(${values.map(() => `${column} LIKE ? ESCAPE '\\'`).join(' OR ')})`);
    params.push(...values.map((v) => pattern(v.toLowerCase().replace(/[\\%_]/g, '\\$&'))));
  };
  if (f.type?.length) (where.push(`type IN (${f.type.map(() => '?').join(',')})`), params.push(...f.type));
  anyOf('codes', f.actor, (v) => `% ${v}%`);
  anyOf('place', f.place, (v) => `%${v}%`);
  anyOf('words', f.keyword, (v) => `%${v}%`);
  if (f.from) (where.push('latest_report >= ?'), params.push(f.from));
  if (f.to) (where.push('first_report <= ?'), params.push(f.to));
  if (f.minSources) (where.push('source_count >= ?'), params.push(f.minSources));
  if (f.disputed !== undefined) (where.push('disputed = ?'), params.push(f.disputed ? 1 : 0));
  return { sql: where.length ? where.join(' AND ') : '1', params };
}

const watchlistOf = (r: Row): Watchlist => ({
  id: r.id,
  name: r.name,
  filter: JSON.parse(r.filter_json),
  disagreements: r.disagreements === 1,
  webhook: r.webhook,
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
const hitOf = (r: Row): WatchlistHit => ({
  watchlistId: r.watchlist_id,
  kind: r.kind,
  targetId: r.target_id,
  eventId: r.event_id,
  foundAt: r.found_at,
  baseline: r.baseline === 1,
  delivery: r.delivery,
  deliveryError: r.delivery_error,
  summary: r.summary,
});

export class StoryIndex {
  /** Lets watchlist webhooks reach loopback and private addresses (the operator's --allow-private). */
  allowPrivateWebhooks = false;

  constructor(
    private readonly db: Database.Database,
    private readonly audit: Audit,
  ) {}

  // ------------------------------------------------------------ copies (ArticleSink.recordCopy)

  recordCopy(existingId: string, copy: { url: string | null; canonicalUrl: string | null; publisher: string | null; origin: Article['origin']; fetchedAt: string }): void {
    const source = articleSource(copy.publisher, copy.canonicalUrl ?? copy.url);
    const own = this.db.prepare('SELECT source FROM articles WHERE id = ?').get(existingId) as Row | undefined;
    if (!own || own.source === source) return;
    this.db
      .prepare(
        `INSERT OR IGNORE INTO article_copies (article_id, source, url, canonical_url, origin_json, fetched_at) VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(existingId, source, copy.url ?? '', copy.canonicalUrl, JSON.stringify(copy.origin), copy.fetchedAt);
  }

  // ------------------------------------------------------------ recomputation

  private state(key: string): string | null {
    return (this.db.prepare('SELECT value FROM story_state WHERE key = ?').get(key) as Row | undefined)?.value ?? null;
  }

  private setState(key: string, value: string): void {
    this.db.prepare('INSERT INTO story_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  /**
   * What the results depend on (articles, copies, splits) as a counter the triggers of migration 007 raise on
   * every change: unchanged means nothing to recompute, learnt without reading the articles.
   */
  private fingerprint(): string {
    return `${this.state('changes') ?? '0'}/${REPORT_VERSION}`;
  }

  /**
   * Re-reads the reports of articles analysed or changed since the last recomputation; the rest are kept. Reports
   * kept by an older version of reportOf are all read anew.
   */
  private updateReports(): number {
    if (this.state('reportVersion') !== REPORT_VERSION) {
      this.db.prepare('INSERT OR IGNORE INTO story_dirty (article_id) SELECT id FROM articles WHERE analyzed_at IS NOT NULL').run();
      this.setState('reportVersion', REPORT_VERSION);
    }
    const rows = this.db
      .prepare(
        `SELECT a.id, a.title, a.source, a.lang, a.published_at, a.sort_date, a.analyzed_at, coalesce(a.near_duplicate_of, a.original_id) AS copy_of, a.analysis_json
         FROM story_dirty d JOIN articles a ON a.id = d.article_id WHERE a.analyzed_at IS NOT NULL`,
      )
      .all() as Row[];
    this.db.prepare('DELETE FROM story_dirty').run();
    const put = this.db.prepare(
      'INSERT INTO story_reports (article_id, analyzed_at, report_json) VALUES (?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET analyzed_at = excluded.analyzed_at, report_json = excluded.report_json',
    );
    for (const r of rows) put.run(r.id, r.analyzed_at, JSON.stringify(reportOf(r as Parameters<typeof reportOf>[0], JSON.parse(r.analysis_json))));
    return rows.length;
  }

  private loadReports(): ArticleReport[] {
    const copies = new Map<string, string[]>();
    for (const r of this.db.prepare('SELECT article_id, source FROM article_copies ORDER BY article_id, source').all() as Row[]) {
      const list = copies.get(r.article_id) ?? [];
      if (!list.includes(r.source)) list.push(r.source);
      copies.set(r.article_id, list);
    }
    return (this.db.prepare('SELECT article_id, report_json FROM story_reports ORDER BY article_id').all() as Row[]).map((r) => ({
      ...(JSON.parse(r.report_json) as ArticleReport),
      copiedBy: copies.get(r.article_id) ?? [],
    }));
  }

  /**
   * Recomputes merged events, disagreements and stories when articles, copies or splits changed (or when
   * forced), and records new watchlist hits. Returns null when nothing changed. Webhooks go out in deliver().
   */
  refresh(options: { force?: boolean } = {}): RefreshSummary | null {
    if (!options.force && this.state('fingerprint') === this.fingerprint()) return null;
    const t0 = performance.now();
    const result = writeTransaction(this.db, () => {
      const fingerprint = this.fingerprint();
      const readArticles = this.updateReports();
      const reports = this.loadReports();
      const separate = new Set((this.db.prepare('SELECT mention_key FROM event_splits').all() as Row[]).map((r) => r.mention_key as string));
      const { events, disagreements } = mergeEvents(reports, { separate });
      const stories = groupStories(reports, events);
      this.writeResults(reports, events, disagreements, stories);
      const newHits = this.collectHits(false);
      this.setState('fingerprint', fingerprint);
      const summary: RefreshSummary = {
        articles: reports.length,
        readArticles,
        events: events.length,
        mentions: events.reduce((n, e) => n + e.counts.mentions, 0),
        disagreements: disagreements.length,
        stories: stories.length,
        newHits,
        ms: Math.round(performance.now() - t0),
      };
      this.setState('summary', JSON.stringify({ ...summary, at: now() }));
      return summary;
    });
    // Whoever changed the articles (an ingest, a read after one) need not wait for the webhooks.
    if (result.newHits) this.deliver().catch((e) => reportBackgroundError('webhook delivery', e));
    return result;
  }

  private writeResults(reports: ArticleReport[], events: MergedEvent[], disagreements: SourceDisagreement[], stories: Story[]): void {
    for (const t of ['merged_events', 'merged_event_mentions', 'source_disagreements', 'stories']) this.db.prepare(`DELETE FROM ${t}`).run();
    const titles = new Map(reports.map((r) => [r.articleId, r.title]));
    const disputed = new Set(disagreements.map((d) => d.eventId));
    const event = this.db.prepare(
      `INSERT INTO merged_events (id, type, first_report, latest_report, source_count, disputed, codes, place, words, event_json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const mention = this.db.prepare('INSERT INTO merged_event_mentions (mention_key, event_id, article_id) VALUES (?, ?, ?)');
    for (const e of events) {
      const participants = e.mentions.flatMap((m) => m.chain.map((l) => l.entityId));
      const codes = lower([...e.actors, ...e.recipients, ...[...e.actors, ...e.recipients].map((c) => c.slice(0, 3)), ...participants]);
      const place = lower([e.place?.name, e.place?.entityId]);
      const words = lower([
        ...new Set([...e.mentions.flatMap((m) => [m.text, m.claimant, titles.get(m.articleId)]), e.place?.name]),
      ]);
      event.run(e.id, e.type, e.firstReport, e.latestReport, e.counts.sources, disputed.has(e.id) ? 1 : 0, codes, place, words, JSON.stringify(e));
      for (const m of e.mentions) mention.run(m.key, e.id, m.articleId);
    }
    const disagreement = this.db.prepare('INSERT INTO source_disagreements (id, event_id, kind, disagreement_json) VALUES (?, ?, ?, ?)');
    for (const d of disagreements) disagreement.run(d.id, d.eventId, d.kind, JSON.stringify(d));
    const story = this.db.prepare('INSERT INTO stories (id, start, story_json) VALUES (?, ?, ?)');
    for (const s of stories) story.run(s.id, s.start, JSON.stringify(s));
  }

  /** Records what each watchlist (or one) matches and has not yet listed. `baseline` hits are listed, never POSTed. */
  private collectHits(baseline: boolean, only?: string): number {
    const lists = (this.db.prepare(`SELECT * FROM watchlists ${only ? 'WHERE id = ?' : ''}`).all(...(only ? [only] : [])) as Row[]).map(watchlistOf);
    const insert = this.db.prepare(
      `INSERT OR IGNORE INTO watchlist_hits (watchlist_id, kind, target_id, event_id, found_at, baseline, delivery, summary)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    let added = 0;
    for (const w of lists) {
      const f = filterSql(w.filter);
      const delivery = baseline || !w.webhook ? 'none' : 'pending';
      const at = now();
      const rows = this.db.prepare(`SELECT id, json_extract(event_json, '$.status') AS status FROM merged_events WHERE ${f.sql}`).all(...f.params) as Row[];
      for (const r of rows) added += insert.run(w.id, 'event', r.id, r.id, at, baseline ? 1 : 0, delivery, r.status).changes;
      if (!w.disagreements) continue;
      const ds = this.db
        .prepare(`SELECT d.id, d.event_id, json_extract(d.disagreement_json, '$.reason') AS reason FROM source_disagreements d
                  WHERE d.event_id IN (SELECT id FROM merged_events WHERE ${f.sql})`)
        .all(...f.params) as Row[];
      for (const d of ds) added += insert.run(w.id, 'disagreement', d.id, d.event_id, at, baseline ? 1 : 0, delivery, d.reason).changes;
    }
    return added;
  }

  private delivering: Promise<{ delivered: number; failed: number }> | null = null;

  /**
   * POSTs pending hits, one request per watchlist; failures are recorded and retried on the next call (up to
   * MAX_ATTEMPTS), never thrown. One delivery at a time: a call during another waits for it.
   */
  deliver(): Promise<{ delivered: number; failed: number }> {
    this.delivering ??= this.deliverPending().finally(() => (this.delivering = null));
    return this.delivering;
  }

  private async deliverPending(): Promise<{ delivered: number; failed: number }> {
    const pending = this.db
      .prepare(`SELECT h.*, w.webhook, w.name FROM watchlist_hits h JOIN watchlists w ON w.id = h.watchlist_id WHERE h.delivery = 'pending' ORDER BY h.found_at`)
      .all() as Row[];
    const byList = new Map<string, Row[]>();
    for (const h of pending) byList.set(h.watchlist_id, [...(byList.get(h.watchlist_id) ?? []), h]);
    let delivered = 0;
    let failed = 0;
    for (const [id, hits] of byList) {
      const events = hits.filter((h) => h.kind === 'event').map((h) => this.eventJson(h.target_id)).filter(Boolean);
      const disagreements = hits.filter((h) => h.kind === 'disagreement').map((h) => this.disagreementJson(h.target_id)).filter(Boolean);
      const body = { watchlist: { id, name: hits[0]!.name }, sentAt: now(), events, disagreements };
      const problem = await postJson(hits[0]!.webhook, body, { allowPrivate: this.allowPrivateWebhooks });
      const mark = this.db.prepare(
        `UPDATE watchlist_hits SET attempts = attempts + 1, delivery = ?, delivery_error = ? WHERE watchlist_id = ? AND kind = ? AND target_id = ?`,
      );
      writeTransaction(this.db, () => {
        for (const h of hits) {
          const status = problem === null ? 'delivered' : h.attempts + 1 >= MAX_ATTEMPTS ? 'failed' : 'pending';
          mark.run(status, problem, h.watchlist_id, h.kind, h.target_id);
        }
      });
      if (problem === null) delivered += hits.length;
      else failed += hits.length;
    }
    return { delivered, failed };
  }

  private eventJson(id: string): MergedEvent | null {
    const r = this.db.prepare('SELECT event_json FROM merged_events WHERE id = ?').get(id) as Row | undefined;
    return r ? JSON.parse(r.event_json) : null;
  }

  private disagreementJson(id: string): SourceDisagreement | null {
    const r = this.db.prepare('SELECT disagreement_json FROM source_disagreements WHERE id = ?').get(id) as Row | undefined;
    return r ? JSON.parse(r.disagreement_json) : null;
  }

  lastRefresh(): (RefreshSummary & { at: string }) | null {
    const s = this.state('summary');
    return s ? JSON.parse(s) : null;
  }

  // ------------------------------------------------------------ reads (each brings the results up to date first)

  private page<T>(sql: string, params: (string | number)[], page: PageRequest, order: [string, string], parse: (r: Row) => T): PageOf<T> {
    const after = decodeCursor(page.cursor, 2);
    const keyset = after ? ` AND (${order[0]}, ${order[1]}) < (?, ?)` : '';
    const rows = this.db
      .prepare(`${sql}${keyset} ORDER BY ${order[0]} DESC, ${order[1]} DESC LIMIT ?`)
      .all(...params, ...(after ?? []), page.limit + 1) as Row[];
    const more = rows.length > page.limit;
    const last = rows[page.limit - 1];
    return { items: rows.slice(0, page.limit).map(parse), nextCursor: more && last ? encodeCursor([last.k1, last.k2]) : null };
  }

  listStories(page: PageRequest): PageOf<Story> {
    this.refresh();
    return this.page('SELECT start AS k1, id AS k2, story_json FROM stories WHERE 1', [], page, ['start', 'id'], (r) => JSON.parse(r.story_json));
  }

  getStory(id: string): { story: Story; articles: StoryArticle[]; events: MergedEvent[] } | null {
    this.refresh();
    const r = this.db.prepare('SELECT story_json FROM stories WHERE id = ?').get(id) as Row | undefined;
    if (!r) return null;
    const story: Story = JSON.parse(r.story_json);
    const events = story.eventIds.map((eid) => this.eventJson(eid)).filter((e): e is MergedEvent => e !== null);
    return { story, articles: this.articles(story.articleIds), events };
  }

  /** The stored articles of these ids, as stories and merged events name them (titles, where read, outlets). */
  articles(ids: readonly string[]): StoryArticle[] {
    const article = this.db.prepare(
      `SELECT id, title, url, canonical_url, json_extract(article_json, '$.origin.location') AS location, source, lang, sort_date FROM articles WHERE id = ?`,
    );
    const copies = this.db.prepare('SELECT DISTINCT source FROM article_copies WHERE article_id = ? ORDER BY source');
    return ids
      .map((aid) => article.get(aid) as Row | undefined)
      .filter((a): a is Row => a !== undefined)
      .map((a) => ({
        id: a.id,
        title: a.title,
        url: a.canonical_url ?? a.url,
        location: a.canonical_url ?? a.url ?? a.location ?? a.id,
        source: a.source ?? 'unknown',
        lang: a.lang ?? 'und',
        publishedAt: a.sort_date.slice(0, 10),
        copiedBy: (copies.all(a.id) as Row[]).map((c) => c.source),
      }));
  }

  listMergedEvents(filter: Partial<MergedEventFilter>, page: PageRequest): PageOf<MergedEvent> {
    this.refresh();
    const f = filterSql(filter);
    return this.page(
      `SELECT first_report AS k1, id AS k2, event_json FROM merged_events WHERE ${f.sql}`,
      f.params,
      page,
      ['first_report', 'id'],
      (r) => JSON.parse(r.event_json),
    );
  }

  getMergedEvent(id: string): { event: MergedEvent; disagreements: SourceDisagreement[]; splits: { mentionKey: string; note: string | null; actor: string; at: string }[] } | null {
    this.refresh();
    const event = this.eventJson(id);
    if (!event) return null;
    const disagreements = (this.db.prepare('SELECT disagreement_json FROM source_disagreements WHERE event_id = ? ORDER BY id').all(id) as Row[]).map((r) =>
      JSON.parse(r.disagreement_json),
    );
    const keys = event.mentions.map((m) => m.key);
    const splits = (this.db.prepare(`SELECT * FROM event_splits WHERE from_event = ? OR mention_key IN (${keys.map(() => '?').join(',')})`).all(id, ...keys) as Row[]).map(
      (r) => ({ mentionKey: r.mention_key, note: r.note, actor: r.actor, at: r.at }),
    );
    return { event, disagreements, splits };
  }

  listDisagreements(query: { event?: string; kind?: string }, page: PageRequest): PageOf<SourceDisagreement> {
    this.refresh();
    const where: string[] = [];
    const params: string[] = [];
    if (query.event) (where.push('event_id = ?'), params.push(query.event));
    if (query.kind) (where.push('kind = ?'), params.push(query.kind));
    return this.page(
      `SELECT event_id AS k1, id AS k2, disagreement_json FROM source_disagreements WHERE ${where.length ? where.join(' AND ') : '1'}`,
      params,
      page,
      ['event_id', 'id'],
      (r) => JSON.parse(r.disagreement_json),
    );
  }

  // ------------------------------------------------------------ analysts' splits

  /** Splits a mention off its merged event: stored, audited, and kept by every later recomputation. */
  split(eventId: string, mentionKey: string, note: string | null, actor: Actor): MergedEvent | 'no-event' | 'no-mention' | 'alone' {
    this.refresh();
    const event = this.eventJson(eventId);
    if (!event) return 'no-event';
    if (!event.mentions.some((m) => m.key === mentionKey)) return 'no-mention';
    if (event.mentions.length === 1) return 'alone';
    writeTransaction(this.db, () => {
      this.db
        .prepare('INSERT INTO event_splits (mention_key, from_event, note, actor, at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (mention_key) DO NOTHING')
        .run(mentionKey, eventId, note, actor.name, now());
      this.audit(actor, 'merged-event.split', eventId, { mention: mentionKey, note });
    });
    this.refresh({ force: true });
    const r = this.db.prepare('SELECT event_id FROM merged_event_mentions WHERE mention_key = ?').get(mentionKey) as Row;
    return this.eventJson(r.event_id)!;
  }

  /** Withdraws a split: the mention merges again where it fits. */
  unsplit(mentionKey: string, actor: Actor): boolean {
    const changed = writeTransaction(this.db, () => {
      const n = this.db.prepare('DELETE FROM event_splits WHERE mention_key = ?').run(mentionKey).changes;
      if (n) this.audit(actor, 'merged-event.unsplit', mentionKey);
      return n > 0;
    });
    if (changed) this.refresh({ force: true });
    return changed;
  }

  // ------------------------------------------------------------ watchlists

  listWatchlists(): Watchlist[] {
    return (this.db.prepare('SELECT * FROM watchlists ORDER BY created_at, id').all() as Row[]).map(watchlistOf);
  }

  getWatchlist(id: string): Watchlist | null {
    const r = this.db.prepare('SELECT * FROM watchlists WHERE id = ?').get(id) as Row | undefined;
    return r ? watchlistOf(r) : null;
  }

  /** Saves a watchlist; what already matches is listed as baseline, only later matches are POSTed. */
  createWatchlist(input: WatchlistInput, actor: Actor): Watchlist {
    if (input.webhook) checkWebhookUrl(input.webhook, this.allowPrivateWebhooks);
    this.refresh();
    const id = `wl_${randomBytes(8).toString('hex')}`;
    return writeTransaction(this.db, () => {
      const at = now();
      this.db
        .prepare('INSERT INTO watchlists (id, name, filter_json, disagreements, webhook, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(id, input.name, JSON.stringify(input.filter), input.disagreements ? 1 : 0, input.webhook, actor.name, at, at);
      this.collectHits(true, id);
      this.audit(actor, 'watchlist.create', id, input);
      return this.getWatchlist(id)!;
    });
  }

  updateWatchlist(id: string, input: WatchlistInput, actor: Actor): Watchlist | null {
    if (input.webhook) checkWebhookUrl(input.webhook, this.allowPrivateWebhooks);
    return writeTransaction(this.db, () => {
      const n = this.db
        .prepare('UPDATE watchlists SET name = ?, filter_json = ?, disagreements = ?, webhook = ?, updated_at = ? WHERE id = ?')
        .run(input.name, JSON.stringify(input.filter), input.disagreements ? 1 : 0, input.webhook, now(), id).changes;
      if (!n) return null;
      // A changed filter starts again from what matches now.
      this.db.prepare('DELETE FROM watchlist_hits WHERE watchlist_id = ?').run(id);
      this.collectHits(true, id);
      this.audit(actor, 'watchlist.update', id, input);
      return this.getWatchlist(id);
    });
  }

  deleteWatchlist(id: string, actor: Actor): boolean {
    return writeTransaction(this.db, () => {
      const n = this.db.prepare('DELETE FROM watchlists WHERE id = ?').run(id).changes;
      if (n) this.audit(actor, 'watchlist.delete', id);
      return n > 0;
    });
  }

  listHits(id: string, query: { includeBaseline?: boolean }, page: PageRequest): PageOf<WatchlistHit> {
    this.refresh();
    return this.page(
      `SELECT found_at AS k1, kind || ':' || target_id AS k2, * FROM watchlist_hits WHERE watchlist_id = ?${query.includeBaseline ? '' : ' AND baseline = 0'}`,
      [id],
      page,
      ['found_at', "kind || ':' || target_id"],
      hitOf,
    );
  }
}

/** Work no caller waits for: a failure is one line on standard error, never an exception that ends the process. */
export function reportBackgroundError(what: string, e: unknown): void {
  process.stderr.write(`sumber: ${what} failed (${(e as Error)?.message ?? String(e)}); will retry\n`);
}

const indexes = new WeakMap<SqliteStore, StoryIndex>();
/** Recomputations wait this long after a write, so a burst of ingests is one recomputation. */
const REFRESH_DELAY_MS = 1000;
const scheduled = new WeakSet<SqliteStore>();

/** After a write in a long-running server: recompute soon, off the request, then send webhooks. */
export function scheduleRefresh(store: unknown): void {
  if (!isSqliteStore(store) || scheduled.has(store)) return;
  scheduled.add(store);
  setTimeout(() => {
    scheduled.delete(store);
    if (!store.db.open) return;
    // A timer's error would end the server: it is reported, and the next tick tries again.
    try {
      storiesOf(store).refresh();
    } catch (e) {
      reportBackgroundError('story refresh', e);
      scheduleRefresh(store);
    }
  }, REFRESH_DELAY_MS).unref();
}

const isSqliteStore = (store: unknown): store is SqliteStore =>
  typeof store === 'object' && store !== null && 'db' in store && 'audit' in store;

/** The cross-article layer of a SQLite store (one per store). */
export function storiesOf(store: SqliteStore): StoryIndex {
  let index = indexes.get(store);
  if (!index) {
    index = new StoryIndex(store.db, (actor, action, target, detail) => store.audit(actor, action, target, detail));
    indexes.set(store, index);
  }
  return index;
}
