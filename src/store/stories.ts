// The cross-article layer in the store, on SQLite and PostgreSQL alike (through StorySql): compact reports per
// analysed article (read once per analysis), the merged events, disagreements and stories recomputed from them
// as a whole, analysts' splits, and watchlists with their hits and webhook deliveries. Tables: SQLite's
// migrations 005, 007 and 011, PostgreSQL's 002; what changed since the last recomputation is marked in
// story_dirty by triggers.
import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import type { Analysis } from '../schema/analysis.ts';
import type { MergedEvent, MergedEventFilter, SourceDisagreement, Story, Watchlist, WatchlistHit, WatchlistInput } from '../schema/story.ts';
import type { ArticleReport } from '../stories/report.ts';
import { updateStories } from './story-update.ts';
import { checkWebhookUrl, postJson } from '../stories/webhook.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import type { Actor } from './records.ts';
import type { PageOf, PageRequest, Store } from './types.ts';
import type { StorySql } from './story-sql.ts';

type Row = Record<string, any>;

export interface RefreshSummary {
  /** Whether everything was recomputed (asked for, or the stored reports' format changed), not only what changed. */
  full: boolean;
  articles: number;
  /** Articles whose report was (re)read from their analysis in this refresh. */
  readArticles: number;
  events: number;
  mentions: number;
  disagreements: number;
  stories: number;
  /** Merged events written anew or removed, and stories regrouped, by this recomputation. */
  changedEvents: number;
  changedStories: number;
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
/** Marks in story_dirty that are no article: recompute everything; a split of this mention key changed. */
const FULL_MARK = 'full:';
const SPLIT_MARK = 'split:';
/** The tables a full recomputation empties and fills again. */
const RESULT_TABLES = ['merged_events', 'source_disagreements', 'stories', 'story_mentions', 'story_articles', 'story_entities'];
/** Ids per IN list: well under both stores' parameter limits. */
const IDS_PER_QUERY = 500;
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
  return { sql: where.length ? where.join(' AND ') : 'TRUE', params };
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
  private refreshing: Promise<RefreshSummary | null> | null = null;

  constructor(private readonly sql: StorySql) {}

  /** Whether the store is still open (a scheduled recomputation after it closed does nothing). */
  get open(): boolean {
    return this.sql.open();
  }

  // ------------------------------------------------------------ recomputation

  private async state(db: StorySql, key: string): Promise<string | null> {
    return (await db.get('SELECT value FROM story_state WHERE key = ?', [key]))?.value ?? null;
  }

  private async setState(db: StorySql, key: string, value: string): Promise<void> {
    await db.run('INSERT INTO story_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, value]);
  }

  /**
   * Whether anything the results depend on (articles, copies, splits, the report format) changed since the last
   * recomputation: the triggers mark every change in story_dirty, so this reads no article.
   */
  private async changed(db: StorySql): Promise<boolean> {
    return (await this.state(db, 'reportVersion')) !== REPORT_VERSION || (await db.get('SELECT 1 AS x FROM story_dirty LIMIT 1')) !== undefined;
  }

  /**
   * Re-reads the reports of articles analysed or changed since the last recomputation; the rest are kept. Reports
   * kept by an older version of reportOf are all read anew. Marks of deleted articles, copies and splits only
   * say that something changed, and are cleared with the rest.
   */
  private async updateReports(db: StorySql): Promise<number> {
    if ((await this.state(db, 'reportVersion')) !== REPORT_VERSION) {
      await db.run('INSERT INTO story_dirty (article_id) SELECT id FROM articles WHERE analyzed_at IS NOT NULL ON CONFLICT DO NOTHING');
      await this.setState(db, 'reportVersion', REPORT_VERSION);
    }
    const rows = await db.all(
      `SELECT a.id, a.title, a.source, a.lang, a.published_at, a.sort_date, a.analyzed_at, coalesce(a.near_duplicate_of, a.original_id) AS copy_of, a.analysis_json
       FROM story_dirty d JOIN articles a ON a.id = d.article_id WHERE a.analyzed_at IS NOT NULL`,
    );
    await db.run('DELETE FROM story_dirty');
    await db.insertMany(
      'INSERT INTO story_reports (article_id, analyzed_at, report_json)',
      rows.map((r) => [r.id, r.analyzed_at, JSON.stringify(reportOf(r as Parameters<typeof reportOf>[0], JSON.parse(r.analysis_json)))]),
      'ON CONFLICT (article_id) DO UPDATE SET analyzed_at = excluded.analyzed_at, report_json = excluded.report_json',
    );
    return rows.length;
  }

  /**
   * Brings merged events, disagreements and stories up to date with the articles, copies and splits changed
   * since the last time, touching only what they can join (story-update.ts); `full` recomputes everything.
   * Records new watchlist hits and returns null when nothing changed. Webhooks go out in deliver(). Calls during
   * a recomputation share it.
   */
  refresh(options: { full?: boolean } = {}): Promise<RefreshSummary | null> {
    const run = (this.refreshing ?? Promise.resolve(null)).then(() => this.recompute(options.full ?? false));
    const shared = run.finally(() => {
      if (this.refreshing === shared) this.refreshing = null;
    });
    this.refreshing = shared;
    return shared;
  }

  private async recompute(full: boolean): Promise<RefreshSummary | null> {
    if (!full && !(await this.changed(this.sql))) return null;
    const t0 = performance.now();
    const result = await this.sql.transaction(async (db) => {
      // Another process may have recomputed while this one waited for the lock.
      if (!full && !(await this.changed(db))) return null;
      const marks = (await db.all('SELECT article_id FROM story_dirty')).map((r) => r.article_id as string);
      const everything = full || (await this.state(db, 'reportVersion')) !== REPORT_VERSION || marks.some((m) => m.startsWith(FULL_MARK));
      await this.updateReports(db);
      let changed: string[];
      if (everything) {
        for (const t of RESULT_TABLES) await db.run(`DELETE FROM ${t}`);
        changed = (await db.all('SELECT article_id FROM story_reports ORDER BY article_id')).map((r) => r.article_id as string);
      } else {
        // A split's mark names its mention: the article of that mention is merged again.
        changed = [...new Set(marks.filter((m) => !m.startsWith(FULL_MARK)).map((m) => (m.startsWith(SPLIT_MARK) ? m.slice(SPLIT_MARK.length).split('#')[0]! : m)))];
      }
      const update = await updateStories(db, changed, { everything });
      const newHits = await this.collectHits(db, false, undefined, update.events.map((e) => e.id));
      const count = async (table: string) => Number((await db.get(`SELECT count(*) AS n FROM ${table}`))!.n);
      const summary: RefreshSummary = {
        full: everything,
        articles: await count('story_articles'),
        readArticles: update.readArticles,
        events: await count('merged_events'),
        mentions: await count('story_mentions'),
        disagreements: await count('source_disagreements'),
        stories: await count('stories'),
        changedEvents: update.events.length + update.removedEvents.length,
        changedStories: update.stories.length,
        newHits,
        ms: Math.round(performance.now() - t0),
      };
      await this.setState(db, 'summary', JSON.stringify({ ...summary, at: now() }));
      return summary;
    });
    // Whoever changed the articles (an ingest, a read after one) need not wait for the webhooks.
    if (result?.newHits) this.deliver().catch((e) => reportBackgroundError('webhook delivery', e));
    return result;
  }

  /**
   * Records what each watchlist (or one) matches among the merged events (or those of `events`) and has not yet
   * listed. `baseline` hits are listed, never POSTed.
   */
  private async collectHits(db: StorySql, baseline: boolean, only?: string, events?: readonly string[]): Promise<number> {
    if (!events) return this.hitsAmong(db, baseline, only, null);
    let added = 0;
    for (let i = 0; i < events.length; i += IDS_PER_QUERY) added += await this.hitsAmong(db, baseline, only, events.slice(i, i + IDS_PER_QUERY));
    return added;
  }

  private async hitsAmong(db: StorySql, baseline: boolean, only: string | undefined, events: readonly string[] | null): Promise<number> {
    const lists = (await db.all(`SELECT * FROM watchlists ${only ? 'WHERE id = ?' : ''}`, only ? [only] : [])).map(watchlistOf);
    const insert = `INSERT INTO watchlist_hits (watchlist_id, kind, target_id, event_id, found_at, baseline, delivery, summary)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`;
    let added = 0;
    for (const w of lists) {
      const f = filterSql(w.filter);
      const sql = events ? `${f.sql} AND id IN (${events.map(() => '?').join(',')})` : f.sql;
      const params = [...f.params, ...(events ?? [])];
      const delivery = baseline || !w.webhook ? 'none' : 'pending';
      const at = now();
      const rows = await db.all(`SELECT id, ${db.jsonText('event_json', ['status'])} AS status FROM merged_events WHERE ${sql}`, params);
      for (const r of rows) added += await db.run(insert, [w.id, 'event', r.id, r.id, at, baseline ? 1 : 0, delivery, r.status]);
      if (!w.disagreements) continue;
      const ds = await db.all(
        `SELECT d.id, d.event_id, ${db.jsonText('d.disagreement_json', ['reason'])} AS reason FROM source_disagreements d
         WHERE d.event_id IN (SELECT id FROM merged_events WHERE ${sql})`,
        params,
      );
      for (const d of ds) added += await db.run(insert, [w.id, 'disagreement', d.id, d.event_id, at, baseline ? 1 : 0, delivery, d.reason]);
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
    const pending = await this.sql.all(
      `SELECT h.*, w.webhook, w.name FROM watchlist_hits h JOIN watchlists w ON w.id = h.watchlist_id WHERE h.delivery = 'pending' ORDER BY h.found_at`,
    );
    const byList = new Map<string, Row[]>();
    for (const h of pending) byList.set(h.watchlist_id, [...(byList.get(h.watchlist_id) ?? []), h]);
    let delivered = 0;
    let failed = 0;
    for (const [id, hits] of byList) {
      const events = (await Promise.all(hits.filter((h) => h.kind === 'event').map((h) => this.eventJson(h.target_id)))).filter(Boolean);
      const disagreements = (await Promise.all(hits.filter((h) => h.kind === 'disagreement').map((h) => this.disagreementJson(h.target_id)))).filter(Boolean);
      const body = { watchlist: { id, name: hits[0]!.name }, sentAt: now(), events, disagreements };
      const problem = await postJson(hits[0]!.webhook, body, { allowPrivate: this.allowPrivateWebhooks });
      await this.sql.transaction(async (db) => {
        for (const h of hits) {
          const status = problem === null ? 'delivered' : h.attempts + 1 >= MAX_ATTEMPTS ? 'failed' : 'pending';
          await db.run(`UPDATE watchlist_hits SET attempts = attempts + 1, delivery = ?, delivery_error = ? WHERE watchlist_id = ? AND kind = ? AND target_id = ?`, [
            status,
            problem,
            h.watchlist_id,
            h.kind,
            h.target_id,
          ]);
        }
      });
      if (problem === null) delivered += hits.length;
      else failed += hits.length;
    }
    return { delivered, failed };
  }

  private async eventJson(id: string): Promise<MergedEvent | null> {
    const r = await this.sql.get('SELECT event_json FROM merged_events WHERE id = ?', [id]);
    return r ? JSON.parse(r.event_json) : null;
  }

  private async disagreementJson(id: string): Promise<SourceDisagreement | null> {
    const r = await this.sql.get('SELECT disagreement_json FROM source_disagreements WHERE id = ?', [id]);
    return r ? JSON.parse(r.disagreement_json) : null;
  }

  async lastRefresh(): Promise<(RefreshSummary & { at: string }) | null> {
    const s = await this.state(this.sql, 'summary');
    return s ? JSON.parse(s) : null;
  }

  // ------------------------------------------------------------ reads (each brings the results up to date first)

  private async page<T>(sql: string, params: (string | number)[], page: PageRequest, order: [string, string], parse: (r: Row) => T): Promise<PageOf<T>> {
    const after = decodeCursor(page.cursor, 2);
    const keyset = after ? ` AND (${order[0]}, ${order[1]}) < (?, ?)` : '';
    const rows = await this.sql.all(`${sql}${keyset} ORDER BY ${order[0]} DESC, ${order[1]} DESC LIMIT ?`, [...params, ...(after ?? []), page.limit + 1]);
    const more = rows.length > page.limit;
    const last = rows[page.limit - 1];
    return { items: rows.slice(0, page.limit).map(parse), nextCursor: more && last ? encodeCursor([last.k1, last.k2]) : null };
  }

  async listStories(page: PageRequest): Promise<PageOf<Story>> {
    await this.refresh();
    return this.page('SELECT start AS k1, id AS k2, story_json FROM stories WHERE TRUE', [], page, ['start', 'id'], (r) => JSON.parse(r.story_json));
  }

  async getStory(id: string): Promise<{ story: Story; articles: StoryArticle[]; events: MergedEvent[] } | null> {
    await this.refresh();
    const r = await this.sql.get('SELECT story_json FROM stories WHERE id = ?', [id]);
    if (!r) return null;
    const story: Story = JSON.parse(r.story_json);
    const events = (await Promise.all(story.eventIds.map((eid) => this.eventJson(eid)))).filter((e): e is MergedEvent => e !== null);
    return { story, articles: await this.articles(story.articleIds), events };
  }

  /** The stored articles of these ids, as stories and merged events name them (titles, where read, outlets). */
  async articles(ids: readonly string[]): Promise<StoryArticle[]> {
    const found: StoryArticle[] = [];
    for (const aid of ids) {
      const a = await this.sql.get(
        `SELECT id, title, url, canonical_url, ${this.sql.jsonText('article_json', ['origin', 'location'])} AS location, source, lang, sort_date FROM articles WHERE id = ?`,
        [aid],
      );
      if (!a) continue;
      const copies = await this.sql.all('SELECT DISTINCT source FROM article_copies WHERE article_id = ? ORDER BY source', [aid]);
      found.push({
        id: a.id,
        title: a.title,
        url: a.canonical_url ?? a.url,
        location: a.canonical_url ?? a.url ?? a.location ?? a.id,
        source: a.source ?? 'unknown',
        lang: a.lang ?? 'und',
        publishedAt: a.sort_date.slice(0, 10),
        copiedBy: copies.map((c) => c.source),
      });
    }
    return found;
  }

  async listMergedEvents(filter: Partial<MergedEventFilter>, page: PageRequest): Promise<PageOf<MergedEvent>> {
    await this.refresh();
    const f = filterSql(filter);
    return this.page(`SELECT first_report AS k1, id AS k2, event_json FROM merged_events WHERE ${f.sql}`, f.params, page, ['first_report', 'id'], (r) => JSON.parse(r.event_json));
  }

  async getMergedEvent(id: string): Promise<{ event: MergedEvent; disagreements: SourceDisagreement[]; splits: { mentionKey: string; note: string | null; actor: string; at: string }[] } | null> {
    await this.refresh();
    const event = await this.eventJson(id);
    if (!event) return null;
    const disagreements = (await this.sql.all('SELECT disagreement_json FROM source_disagreements WHERE event_id = ? ORDER BY id', [id])).map((r) => JSON.parse(r.disagreement_json));
    const keys = event.mentions.map((m) => m.key);
    const splits = (await this.sql.all(`SELECT * FROM event_splits WHERE from_event = ? OR mention_key IN (${keys.map(() => '?').join(',')}) ORDER BY mention_key`, [id, ...keys])).map((r) => ({
      mentionKey: r.mention_key,
      note: r.note,
      actor: r.actor,
      at: r.at,
    }));
    return { event, disagreements, splits };
  }

  async listDisagreements(query: { event?: string; kind?: string }, page: PageRequest): Promise<PageOf<SourceDisagreement>> {
    await this.refresh();
    const where: string[] = [];
    const params: string[] = [];
    if (query.event) (where.push('event_id = ?'), params.push(query.event));
    if (query.kind) (where.push('kind = ?'), params.push(query.kind));
    return this.page(
      `SELECT event_id AS k1, id AS k2, disagreement_json FROM source_disagreements WHERE ${where.length ? where.join(' AND ') : 'TRUE'}`,
      params,
      page,
      ['event_id', 'id'],
      (r) => JSON.parse(r.disagreement_json),
    );
  }

  // ------------------------------------------------------------ analysts' splits

  /** Splits a mention off its merged event: stored, audited, and kept by every later recomputation. */
  async split(eventId: string, mentionKey: string, note: string | null, actor: Actor): Promise<MergedEvent | 'no-event' | 'no-mention' | 'alone'> {
    await this.refresh();
    const event = await this.eventJson(eventId);
    if (!event) return 'no-event';
    if (!event.mentions.some((m) => m.key === mentionKey)) return 'no-mention';
    if (event.mentions.length === 1) return 'alone';
    await this.sql.transaction(async (db) => {
      await db.run('INSERT INTO event_splits (mention_key, from_event, note, actor, at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (mention_key) DO NOTHING', [mentionKey, eventId, note, actor.name, now()]);
      await db.audit(actor, 'merged-event.split', eventId, { mention: mentionKey, note });
    });
    await this.refresh();
    const r = await this.sql.get('SELECT event_id FROM story_mentions WHERE mention_key = ?', [mentionKey]);
    return (await this.eventJson(r!.event_id))!;
  }

  /** Withdraws a split: the mention merges again where it fits. */
  async unsplit(mentionKey: string, actor: Actor): Promise<boolean> {
    const changed = await this.sql.transaction(async (db) => {
      const n = await db.run('DELETE FROM event_splits WHERE mention_key = ?', [mentionKey]);
      if (n) await db.audit(actor, 'merged-event.unsplit', mentionKey);
      return n > 0;
    });
    if (changed) await this.refresh();
    return changed;
  }

  // ------------------------------------------------------------ watchlists

  async listWatchlists(): Promise<Watchlist[]> {
    return (await this.sql.all('SELECT * FROM watchlists ORDER BY created_at, id')).map(watchlistOf);
  }

  async getWatchlist(id: string, db: StorySql = this.sql): Promise<Watchlist | null> {
    const r = await db.get('SELECT * FROM watchlists WHERE id = ?', [id]);
    return r ? watchlistOf(r) : null;
  }

  /** Saves a watchlist; what already matches is listed as baseline, only later matches are POSTed. */
  async createWatchlist(input: WatchlistInput, actor: Actor): Promise<Watchlist> {
    if (input.webhook) checkWebhookUrl(input.webhook, this.allowPrivateWebhooks);
    await this.refresh();
    const id = `wl_${randomBytes(8).toString('hex')}`;
    return this.sql.transaction(async (db) => {
      const at = now();
      await db.run('INSERT INTO watchlists (id, name, filter_json, disagreements, webhook, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [
        id,
        input.name,
        JSON.stringify(input.filter),
        input.disagreements ? 1 : 0,
        input.webhook,
        actor.name,
        at,
        at,
      ]);
      await this.collectHits(db, true, id);
      await db.audit(actor, 'watchlist.create', id, input);
      return (await this.getWatchlist(id, db))!;
    });
  }

  async updateWatchlist(id: string, input: WatchlistInput, actor: Actor): Promise<Watchlist | null> {
    if (input.webhook) checkWebhookUrl(input.webhook, this.allowPrivateWebhooks);
    return this.sql.transaction(async (db) => {
      const n = await db.run('UPDATE watchlists SET name = ?, filter_json = ?, disagreements = ?, webhook = ?, updated_at = ? WHERE id = ?', [
        input.name,
        JSON.stringify(input.filter),
        input.disagreements ? 1 : 0,
        input.webhook,
        now(),
        id,
      ]);
      if (!n) return null;
      // A changed filter starts again from what matches now.
      await db.run('DELETE FROM watchlist_hits WHERE watchlist_id = ?', [id]);
      await this.collectHits(db, true, id);
      await db.audit(actor, 'watchlist.update', id, input);
      return this.getWatchlist(id, db);
    });
  }

  async deleteWatchlist(id: string, actor: Actor): Promise<boolean> {
    return this.sql.transaction(async (db) => {
      const n = await db.run('DELETE FROM watchlists WHERE id = ?', [id]);
      if (n) await db.audit(actor, 'watchlist.delete', id);
      return n > 0;
    });
  }

  async listHits(id: string, query: { includeBaseline?: boolean }, page: PageRequest): Promise<PageOf<WatchlistHit>> {
    await this.refresh();
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

/** Recomputations wait this long after a write, so a burst of ingests is one recomputation. */
const REFRESH_DELAY_MS = 1000;
const scheduled = new WeakSet<StoryIndex>();

/** After a write in a long-running server: recompute soon, off the request, then send webhooks. */
export function scheduleRefresh(store: Store): void {
  const index = storiesOf(store);
  if (scheduled.has(index)) return;
  scheduled.add(index);
  setTimeout(() => {
    scheduled.delete(index);
    if (!index.open) return;
    // A timer's error would end the server: it is reported, and the next tick tries again.
    index.refresh().catch((e) => {
      reportBackgroundError('story refresh', e);
      if (index.open) scheduleRefresh(store);
    });
  }, REFRESH_DELAY_MS).unref();
}

/** The cross-article layer of a store (one per store). */
export const storiesOf = (store: Store): StoryIndex => store.storyIndex();
