// Stories updated incrementally: a recomputation reads the articles marked changed and touches only the merged
// events and stories they can join, with the results a recomputation of everything gives (story-update.test.ts
// compares them). Each mention's block (type family × actor countries) and merge order are stored
// (story_mentions); when a block's new mentions all come after its old ones (news arrives in time order), the
// block's open clusters (joined within CLOSE_AFTER_DAYS of the first new mention) are rebuilt from their members
// and the new mentions merge into them exactly as a merge of everything would; otherwise (a late or re-read
// article, a split) the whole block is merged again. Copy families are kept per article (story_articles) and
// recomputed around changed articles; stories are regrouped over the whole topics the changed articles and
// events belong to.
import type { MergedEvent, SourceDisagreement, Story } from '../schema/story.ts';
import type { ArticleReport } from '../stories/report.ts';
import {
  attachDenials,
  blockOf,
  clusterId,
  candidatesOf,
  DENIAL,
  identifier,
  mergeBlock,
  openSince,
  replayCluster,
  SINGLE,
  sortKey,
  summarise,
  titleKey,
  type Candidate,
  type Cluster,
  type Lineage,
} from '../stories/merge.ts';
import { eventless, groupStories, NEIGHBOURS_PER_ENTITY, STORY_WINDOW_DAYS, type Neighbour } from '../stories/group.ts';
import { UnionFind } from '../stories/union-find.ts';
import type { Interval } from '../stories/compatible.ts';
import type { StorySql } from './story-sql.ts';

/** Ids per IN list: well under both stores' parameter limits. */
const CHUNK = 500;

export interface UpdateResult {
  /** Merged events written (new or changed) and removed. */
  events: MergedEvent[];
  removedEvents: string[];
  disagreements: SourceDisagreement[];
  stories: Story[];
  /** Articles whose report was read for this update (changed, or in a family, event or topic it touched). */
  readArticles: number;
}

async function inChunks<T>(ids: readonly string[], work: (chunk: string[], marks: string) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    out.push(...(await work(chunk, chunk.map(() => '?').join(','))));
  }
  return out;
}

/** A write per chunk of ids: `sql` has the IN list's marks, after the `before` parameters. */
async function runIn(db: StorySql, ids: readonly string[], sql: (marks: string) => string, before: unknown[] = []): Promise<void> {
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    await db.run(sql(chunk.map(() => '?').join(',')), [...before, ...chunk]);
  }
}

const shift = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** Reads reports (with their wire copies) and story_articles rows on demand, each once per update. */
class Reader {
  private readonly reports = new Map<string, ArticleReport | null>();
  private readonly families = new Map<string, string>();
  private readonly roots = new Map<string, Pick<ArticleReport, 'source' | 'title'>>();

  constructor(private readonly db: StorySql) {}

  get readCount(): number {
    return this.reports.size;
  }

  async load(ids: Iterable<string>): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.reports.has(id));
    for (const id of missing) this.reports.set(id, null);
    const copies = new Map<string, string[]>();
    for (const r of await inChunks(missing, (c, q) => this.db.all(`SELECT DISTINCT article_id, source FROM article_copies WHERE article_id IN (${q}) ORDER BY article_id, source`, c))) {
      copies.set(r.article_id, [...(copies.get(r.article_id) ?? []), r.source]);
    }
    for (const r of await inChunks(missing, (c, q) => this.db.all(`SELECT article_id, report_json FROM story_reports WHERE article_id IN (${q})`, c))) {
      this.reports.set(r.article_id, { ...(JSON.parse(r.report_json) as ArticleReport), copiedBy: copies.get(r.article_id) ?? [] });
    }
  }

  report(id: string): ArticleReport | null {
    return this.reports.get(id) ?? null;
  }

  /** Loads the families of these articles (once their families are up to date) and each family's earliest article. */
  async loadRoots(ids: Iterable<string>): Promise<void> {
    const unknown = [...new Set(ids)].filter((id) => !this.families.has(id));
    for (const r of await inChunks(unknown, (c, q) => this.db.all(`SELECT article_id, family FROM story_articles WHERE article_id IN (${q})`, c))) {
      this.families.set(r.article_id, r.family);
    }
    ids = [...new Set([...unknown, ...ids])];
    const families = [...new Set([...ids].map((id) => this.families.get(id)).filter((f): f is string => !!f && !this.roots.has(f)))];
    for (const f of families) {
      const r = await this.db.get('SELECT source, title FROM story_articles WHERE family = ? ORDER BY published_at, article_id LIMIT 1', [f]);
      this.roots.set(f, { source: r!.source, title: r!.title });
    }
  }

  readonly lineage: Lineage = {
    family: (id) => this.families.get(id) ?? id,
    root: (f) => this.roots.get(f)!,
  };

  /** The candidates of these articles' events, keyed by mention key. */
  async candidates(ids: Iterable<string>): Promise<Map<string, Candidate>> {
    const list = [...new Set(ids)];
    await this.load(list);
    await this.loadRoots(list);
    const identify = identifier(this.lineage);
    const out = new Map<string, Candidate>();
    for (const id of list) {
      const report = this.report(id);
      if (report) for (const c of candidatesOf(report, identify)) out.set(c.mention.key, c);
    }
    return out;
  }
}

/** A mention's stored row: where it merges and why it is where it is. */
interface MentionRow {
  mention_key: string;
  article_id: string;
  block: string;
  sort_key: string;
  reported_at: string;
  denies: string | null;
  event_id: string;
  reason: string;
}

/** The cluster of stored members (block members in merge order, then denials in key order), as merging left it. */
function rebuild(rows: readonly MentionRow[], candidates: ReadonlyMap<string, Candidate>): Cluster {
  const withReason = (r: MentionRow) => {
    const c = candidates.get(r.mention_key)!;
    c.mention.reason = r.reason;
    return c;
  };
  const block = rows.filter((r) => r.block !== DENIAL).sort((a, b) => (a.sort_key < b.sort_key ? -1 : 1));
  const denials = rows.filter((r) => r.block === DENIAL).sort((a, b) => (a.mention_key < b.mention_key ? -1 : 1));
  if (block.length === 0) return replayCluster(denials.map(withReason));
  const cluster = replayCluster(block.map(withReason));
  cluster.members.push(...denials.map(withReason));
  return cluster;
}

/**
 * Brings merged events and stories up to date with the articles in `changed` (analysed anew, added, deleted, or
 * with a split or copy of theirs changed). With every article changed and the result tables empty
 * (`everything`), this is the recomputation of everything.
 */
export async function updateStories(db: StorySql, changed: readonly string[], options: { everything?: boolean } = {}): Promise<UpdateResult> {
  const reader = new Reader(db);
  await reader.load(changed);
  const separate = new Set((await db.all('SELECT mention_key FROM event_splits')).map((r) => r.mention_key as string));

  // ---- articles and their copy families
  const oldArticles = await inChunks(changed, (c, q) => db.all(`SELECT * FROM story_articles WHERE article_id IN (${q})`, c));
  const oldTopics = new Set(oldArticles.map((r) => r.topic_id).filter(Boolean) as string[]);
  const oldStories = oldArticles.map((r) => r.story_id).filter(Boolean) as string[];
  // Articles without events near what a changed article named, before and after: which they join may change.
  const near = options.everything ? [] : await eventlessNear(db, changed);
  await runIn(db, changed, (q) => `DELETE FROM story_articles WHERE article_id IN (${q})`);
  await runIn(db, changed, (q) => `DELETE FROM story_entities WHERE article_id IN (${q})`);
  const present = changed.map((id) => reader.report(id)).filter((r): r is ArticleReport => r !== null);
  await db.insertMany(
    'INSERT INTO story_articles (article_id, published_at, source, title, copy_of, title_key, original_key, family)',
    present.map((r) => [r.articleId, r.publishedAt, r.source, r.title, r.copyOf, r.title ? titleKey(r.title) : null, r.originalTitle ? titleKey(r.originalTitle) : null, r.articleId]),
  );
  await db.insertMany(
    'INSERT INTO story_entities (entity_id, article_id, published_at, eventless)',
    present.flatMap((r) => [...new Set(r.analysis.entities.map((e) => e.id))].map((e) => [e, r.articleId, r.publishedAt, eventless(r) ? 1 : 0])),
  );
  if (!options.everything) near.push(...(await eventlessNear(db, changed)));
  const familyChanged = await updateFamilies(db, [...changed, ...oldArticles.flatMap((r) => [r.copy_of, r.original_key].filter(Boolean) as string[])]);

  // ---- mentions: the old ones of changed articles go, their blocks are merged again where they changed
  const oldRows = (await inChunks(changed, (c, q) => db.all(`SELECT * FROM story_mentions WHERE article_id IN (${q})`, c))) as MentionRow[];
  await runIn(db, changed, (q) => `DELETE FROM story_mentions WHERE article_id IN (${q})`);
  const removedEvents = new Set(oldRows.map((r) => r.event_id));
  const remerge = new Set(oldRows.map((r) => r.block));
  const fresh = await reader.candidates(present.map((r) => r.articleId));
  const byBlock = new Map<string, Candidate[]>();
  for (const c of fresh.values()) {
    const b = blockOf(c, separate);
    byBlock.set(b, [...(byBlock.get(b) ?? []), c]);
  }
  for (const b of remerge) if (!byBlock.has(b)) byBlock.set(b, []);

  const clusters: Cluster[] = [];
  const clusterOf = new Map<string, Cluster>();
  const blockOfKey = new Map<string, string>();
  for (const [block, added] of byBlock) {
    if (block === SINGLE || block === DENIAL) continue;
    const first = added.map((c) => sortKey(c.mention)).sort()[0];
    let events: string[];
    let result: Cluster[];
    if (remerge.has(block) || first === undefined) {
      // Mentions left the block (a re-read article, a split): it is merged again as a whole.
      events = (await db.all('SELECT DISTINCT event_id FROM story_mentions WHERE block = ?', [block])).map((r) => r.event_id as string);
      const rows = (await inChunks(events, (c, q) => db.all(`SELECT * FROM story_mentions WHERE event_id IN (${q}) AND block = ?`, [...c, block]))) as MentionRow[];
      const stored = await reader.candidates(rows.map((r) => r.article_id));
      result = mergeBlock([...rows.map((r) => stored.get(r.mention_key)!), ...added]);
    } else {
      // The merge is replayed from the first new mention: the block's mentions after it (none when news arrives in
      // order) are merged again with the new ones, into the clusters as they stood before it. Of those, only the
      // clusters open then whose time overlaps a mention merged again can change; the others stay as they are.
      const tail = (await db.all('SELECT * FROM story_mentions WHERE block = ? AND sort_key >= ?', [block, first])) as MentionRow[];
      const tailCandidates = await reader.candidates(tail.map((r) => r.article_id));
      const moving = [...added, ...tail.map((r) => tailCandidates.get(r.mention_key)!)];
      const starts = moving.map((c) => c.interval.start);
      const ends = moving.map((c) => c.interval.end);
      const latest = ends.includes(null) ? null : (ends as string[]).sort().at(-1)!;
      const earliest = starts.includes(null) ? null : (starts as string[]).sort()[0]!;
      const overlap = [latest === null ? '' : ' AND (e.span_start IS NULL OR e.span_start <= ?)', earliest === null ? '' : ' AND (e.span_end IS NULL OR e.span_end >= ?)'].join('');
      const open = await db.all(
        `SELECT DISTINCT m.event_id FROM story_mentions m JOIN merged_events e ON e.id = m.event_id WHERE m.block = ? AND m.reported_at >= ? AND m.sort_key < ?${overlap}`,
        [block, openSince(first.slice(0, 10)), first, ...[latest, earliest].filter((x) => x !== null)],
      );
      events = [...new Set([...open.map((r) => r.event_id as string), ...tail.map((r) => r.event_id)])];
      const rows = (await inChunks(events, (c, q) => db.all(`SELECT * FROM story_mentions WHERE event_id IN (${q}) AND block = ? AND sort_key < ?`, [...c, block, first]))) as MentionRow[];
      const stored = await reader.candidates(rows.map((r) => r.article_id));
      const byEvent = new Map<string, MentionRow[]>();
      for (const r of rows) byEvent.set(r.event_id, [...(byEvent.get(r.event_id) ?? []), r]);
      const before = [...byEvent.values()].map((members) => rebuild(members, stored));
      before.sort((a, b) => (sortKey(a.members[0]!.mention) < sortKey(b.members[0]!.mention) ? -1 : 1));
      result = mergeBlock(moving, before);
    }
    for (const e of events) removedEvents.add(e);
    for (const k of result) {
      clusters.push(k);
      for (const m of k.members) {
        clusterOf.set(m.mention.key, k);
        blockOfKey.set(m.mention.key, block);
      }
    }
  }

  // ---- denials follow the claims they deny; singles stand alone
  const movedKeys = [...clusterOf.keys()];
  const oldDenials = (await inChunks(movedKeys, (c, q) => db.all(`SELECT * FROM story_mentions WHERE denies IN (${q}) AND block = ?`, [...c, DENIAL]))) as MentionRow[];
  const denialCandidates = await reader.candidates(oldDenials.map((r) => r.article_id));
  for (const r of oldDenials) removedEvents.add(r.event_id);
  const denials = [...(byBlock.get(DENIAL) ?? []), ...oldDenials.map((r) => denialCandidates.get(r.mention_key)!)];
  const alone = [...attachDenials(denials, (key) => clusterOf.get(key)), ...(byBlock.get(SINGLE) ?? []).map((c) => replayCluster([c]))];
  for (const k of alone) clusters.push(k);
  for (const c of denials) blockOfKey.set(c.mention.key, DENIAL);
  for (const c of byBlock.get(SINGLE) ?? []) blockOfKey.set(c.mention.key, SINGLE);

  // ---- events whose sources changed with a copy family are summarised again, their members unchanged
  const recomputed = new Set(clusters.flatMap((k) => k.members.map((m) => m.mention.key)));
  const familyEvents = (await inChunks([...familyChanged], (c, q) => db.all(`SELECT DISTINCT event_id FROM story_mentions WHERE article_id IN (${q})`, c)))
    .map((r) => r.event_id as string)
    .filter((e) => !removedEvents.has(e));
  const familyRows = (await inChunks(familyEvents, (c, q) => db.all(`SELECT * FROM story_mentions WHERE event_id IN (${q})`, c))) as MentionRow[];
  const familyCandidates = await reader.candidates(familyRows.map((r) => r.article_id));
  const rowsOfEvent = new Map<string, MentionRow[]>();
  for (const r of familyRows) if (!recomputed.has(r.mention_key)) rowsOfEvent.set(r.event_id, [...(rowsOfEvent.get(r.event_id) ?? []), r]);
  const resummarised = [...rowsOfEvent.values()].map((rows) => rebuild(rows, familyCandidates));
  for (const e of rowsOfEvent.keys()) removedEvents.add(e);

  // ---- write the events that changed (an open cluster no new mention joined is the same event as before)
  await reader.loadRoots([...clusters, ...resummarised].flatMap((k) => k.members.map((m) => m.mention.articleId)));
  const previous = new Map(
    (await inChunks([...removedEvents], (c, q) => db.all(`SELECT id, event_json FROM merged_events WHERE id IN (${q})`, c))).map((r) => [r.id as string, r.event_json as string]),
  );
  const events: MergedEvent[] = [];
  const disagreements: SourceDisagreement[] = [];
  const same = new Set<string>();
  const reasons = new Map<string, string>();
  for (const k of [...clusters, ...resummarised]) {
    const s = summarise(k, reader.lineage.family);
    for (const m of s.event.mentions) reasons.set(m.key, m.reason);
    if (previous.get(s.event.id) === JSON.stringify(s.event)) same.add(s.event.id);
    else {
      events.push(s.event);
      disagreements.push(...s.disagreements);
    }
  }
  const written = new Set(events.map((e) => e.id));
  const gone = [...removedEvents].filter((id) => !written.has(id) && !same.has(id));
  const rewritten = [...new Set([...gone, ...written])];
  await runIn(db, rewritten, (q) => `DELETE FROM merged_events WHERE id IN (${q})`);
  await runIn(db, rewritten, (q) => `DELETE FROM source_disagreements WHERE event_id IN (${q})`);
  // Rows of changed events, and of changed articles' mentions (deleted above) wherever they landed.
  const changedArticles = new Set(changed);
  const members = clusters.flatMap((k) => k.members.filter((m) => !same.has(clusterId(k)) || changedArticles.has(m.mention.articleId)).map((m) => ({ m, event: clusterId(k) })));
  await runIn(db, members.map((x) => x.m.mention.key), (q) => `DELETE FROM story_mentions WHERE mention_key IN (${q})`);
  await db.insertMany(
    'INSERT INTO story_mentions (mention_key, article_id, block, sort_key, reported_at, denies, event_id, reason)',
    members.map(({ m, event }) => [m.mention.key, m.mention.articleId, blockOfKey.get(m.mention.key)!, sortKey(m.mention), m.mention.reportedAt, m.denies, event, reasons.get(m.mention.key)!]),
  );
  const spans = new Map([...clusters, ...resummarised].map((k) => [clusterId(k), k.interval] as const));
  await writeEvents(db, events, disagreements, reader, spans);

  // ---- stories over the topics of everything touched
  const touchedArticles = new Set<string>([...changed, ...familyChanged]);
  for (const e of events) for (const m of e.mentions) touchedArticles.add(m.articleId);
  for (const r of oldRows) touchedArticles.add(r.article_id);
  const stories = await regroup(db, reader, new Set([...touchedArticles, ...near]), oldTopics, oldStories);
  return { events, removedEvents: gone, disagreements, stories, readArticles: reader.readCount };
}

/**
 * Recomputes the copy families around these articles (and keys): a family is every article joined by copy links
 * and original titles, named by the least of its article ids and title keys, as the merge names it. Returns the
 * articles whose family or earliest member may have changed.
 */
async function updateFamilies(db: StorySql, seeds: readonly string[]): Promise<Set<string>> {
  const seen = new Set<string>();
  const articles = new Set<string>();
  const queue = [...new Set(seeds)];
  while (queue.length) {
    const node = queue.pop()!;
    if (seen.has(node)) continue;
    seen.add(node);
    const next: string[] = [];
    if (node.startsWith('original:')) {
      // A title key joins the articles naming it as their original, and those titled so once one names it.
      const naming = await db.all('SELECT article_id FROM story_articles WHERE original_key = ?', [node]);
      next.push(...naming.map((r) => r.article_id));
      if (naming.length) next.push(...(await db.all('SELECT article_id FROM story_articles WHERE title_key = ?', [node])).map((r) => r.article_id));
    } else {
      const own = await db.get('SELECT copy_of, title_key, original_key FROM story_articles WHERE article_id = ?', [node]);
      if (own) {
        articles.add(node);
        if (own.copy_of) next.push(own.copy_of);
        if (own.original_key) next.push(own.original_key);
        if (own.title_key && (await db.get('SELECT 1 AS x FROM story_articles WHERE original_key = ? LIMIT 1', [own.title_key]))) next.push(own.title_key);
      }
      next.push(...(await db.all('SELECT article_id FROM story_articles WHERE copy_of = ?', [node])).map((r) => r.article_id));
    }
    queue.push(...next.filter((n) => !seen.has(n)));
  }
  // Components: seen holds every node reached; split it into the components the links make.
  const components = await componentsOf(db, seen);
  for (const component of components) {
    const name = [...component].sort()[0]!;
    const members = [...component].filter((n) => articles.has(n));
    await runIn(db, members, (q) => `UPDATE story_articles SET family = ? WHERE article_id IN (${q})`, [name]);
  }
  return articles;
}

/** The connected components of nodes (articles, title keys) by the links updateFamilies follows. */
async function componentsOf(db: StorySql, nodes: ReadonlySet<string>): Promise<Set<string>[]> {
  const uf = new UnionFind();
  for (const node of nodes) {
    uf.union(node, node);
    if (node.startsWith('original:')) continue;
    const own = await db.get('SELECT copy_of, title_key, original_key FROM story_articles WHERE article_id = ?', [node]);
    if (!own) continue;
    if (own.copy_of) uf.union(node, own.copy_of);
    if (own.original_key) uf.union(node, own.original_key);
    if (own.title_key && nodes.has(own.title_key) && (await db.get('SELECT 1 AS x FROM story_articles WHERE original_key = ? LIMIT 1', [own.title_key]))) uf.union(node, own.title_key);
  }
  const byRoot = new Map<string, Set<string>>();
  for (const node of nodes) {
    const r = uf.find(node);
    byRoot.set(r, (byRoot.get(r) ?? new Set()).add(node));
  }
  return [...byRoot.values()];
}

const lower = (xs: (string | null | undefined)[]) => ` ${xs.filter(Boolean).join(' ').toLowerCase()} `;

/** Writes merged events with the time span of their clusters (what a later mention must overlap to join). */
async function writeEvents(db: StorySql, events: MergedEvent[], disagreements: SourceDisagreement[], reader: Reader, spans: ReadonlyMap<string, Interval>): Promise<void> {
  await reader.load(events.flatMap((e) => e.mentions.map((m) => m.articleId)));
  const disputed = new Set(disagreements.map((d) => d.eventId));
  await db.insertMany(
    'INSERT INTO merged_events (id, type, first_report, latest_report, source_count, disputed, codes, place, words, event_json, span_start, span_end)',
    events.map((e) => {
      const participants = e.mentions.flatMap((m) => m.chain.map((l) => l.entityId));
      const codes = lower([...e.actors, ...e.recipients, ...[...e.actors, ...e.recipients].map((c) => c.slice(0, 3)), ...participants]);
      const place = lower([e.place?.name, e.place?.entityId]);
      const words = lower([...new Set([...e.mentions.flatMap((m) => [m.text, m.claimant, reader.report(m.articleId)?.title]), e.place?.name])]);
      const span = spans.get(e.id)!;
      return [e.id, e.type, e.firstReport, e.latestReport, e.counts.sources, disputed.has(e.id) ? 1 : 0, codes, place, words, JSON.stringify(e), span.start, span.end];
    }),
  );
  await db.insertMany('INSERT INTO source_disagreements (id, event_id, kind, disagreement_json)', disagreements.map((d) => [d.id, d.eventId, d.kind, JSON.stringify(d)]));
}

/**
 * Regroups the whole topics of the touched articles (and of the articles without events near them that could
 * join them): until no link reaches an article outside, the topics reached are added and grouping runs again.
 */
async function regroup(db: StorySql, reader: Reader, touched: ReadonlySet<string>, oldTopics: ReadonlySet<string>, oldStories: readonly string[]): Promise<Story[]> {
  const scope = new Set<string>();
  const topics = new Set(oldTopics);
  const add = async (ids: readonly string[]) => {
    const rows = await inChunks(ids, (c, q) => db.all(`SELECT article_id, topic_id FROM story_articles WHERE article_id IN (${q})`, c));
    const fresh = rows.filter((r) => !scope.has(r.article_id));
    for (const r of fresh) scope.add(r.article_id);
    const newTopics = [...new Set(fresh.map((r) => r.topic_id).filter((t): t is string => !!t && !topics.has(t)))];
    for (const t of newTopics) topics.add(t);
    const members = await inChunks(newTopics, (c, q) => db.all(`SELECT article_id FROM story_articles WHERE topic_id IN (${q})`, c));
    for (const r of members) scope.add(r.article_id);
    return fresh.length + members.length;
  };
  await add([...touched, ...(await inChunks([...oldTopics], (c, q) => db.all(`SELECT article_id FROM story_articles WHERE topic_id IN (${q})`, c))).map((r) => r.article_id)]);

  for (;;) {
    await reader.load(scope);
    const reports = [...scope].map((id) => reader.report(id)).filter((r): r is ArticleReport => r !== null).sort((a, b) => (a.articleId < b.articleId ? -1 : 1));
    const eventIds = [...new Set((await inChunks([...scope], (c, q) => db.all(`SELECT DISTINCT event_id FROM story_mentions WHERE article_id IN (${q})`, c))).map((r) => r.event_id as string))];
    const events = (await inChunks(eventIds, (c, q) => db.all(`SELECT event_json FROM merged_events WHERE id IN (${q})`, c)))
      .map((r) => JSON.parse(r.event_json) as MergedEvent)
      .sort((a, b) => (a.firstReport < b.firstReport ? -1 : a.firstReport > b.firstReport ? 1 : a.id < b.id ? -1 : 1));
    const neighbours = await neighboursOf(db, reports.filter(eventless), scope);
    const { stories, reached } = groupStories(reports, events, neighbours);
    const outside = reached.filter((id) => !scope.has(id));
    if (outside.length && (await add(outside)) > 0) continue;

    const replaced = [
      ...oldStories,
      ...(await inChunks([...scope], (c, q) => db.all(`SELECT DISTINCT story_id FROM story_articles WHERE article_id IN (${q}) AND story_id IS NOT NULL`, c))).map((r) => r.story_id as string),
    ];
    await runIn(db, [...new Set(replaced)], (q) => `DELETE FROM stories WHERE id IN (${q})`);
    await db.insertMany('INSERT INTO stories (id, start, story_json)', stories.map((s) => [s.id, s.start, JSON.stringify(s)]));
    for (const s of stories) {
      await runIn(db, s.articleIds, (q) => `UPDATE story_articles SET story_id = ?, topic_id = ? WHERE article_id IN (${q})`, [s.id, s.topic.id]);
    }
    return stories;
  }
}

/** Articles without events within the story window of these articles that name one of their entities. */
async function eventlessNear(db: StorySql, ids: readonly string[]): Promise<string[]> {
  const near = new Set<string>();
  for (const id of ids) {
    const own = await db.get('SELECT published_at FROM story_entities WHERE article_id = ? LIMIT 1', [id]);
    if (!own) continue;
    const rows = await db.all(
      `SELECT DISTINCT o.article_id FROM story_entities s JOIN story_entities o ON o.entity_id = s.entity_id
       WHERE s.article_id = ? AND o.eventless = 1 AND o.article_id <> s.article_id AND o.published_at BETWEEN ? AND ?`,
      [id, shift(own.published_at, -STORY_WINDOW_DAYS), shift(own.published_at, STORY_WINDOW_DAYS)],
    );
    for (const r of rows) near.add(r.article_id);
  }
  return [...near];
}

/** For each article without events: the articles naming its entities in its window (the first in id order). */
async function neighboursOf(db: StorySql, without: readonly ArticleReport[], scope: ReadonlySet<string>): Promise<Neighbour[]> {
  const found = new Map<string, string>();
  for (const r of without) {
    for (const entity of new Set(r.analysis.entities.map((e) => e.id))) {
      const rows = await db.all(
        'SELECT article_id, published_at FROM story_entities WHERE entity_id = ? AND published_at BETWEEN ? AND ? ORDER BY article_id LIMIT ?',
        [entity, shift(r.publishedAt, -STORY_WINDOW_DAYS), shift(r.publishedAt, STORY_WINDOW_DAYS), NEIGHBOURS_PER_ENTITY + 1],
      );
      for (const o of rows) if (!scope.has(o.article_id)) found.set(o.article_id, o.published_at);
    }
  }
  const ids = [...found.keys()];
  const entities = new Map<string, string[]>();
  for (const r of await inChunks(ids, (c, q) => db.all(`SELECT article_id, entity_id FROM story_entities WHERE article_id IN (${q})`, c))) {
    entities.set(r.article_id, [...(entities.get(r.article_id) ?? []), r.entity_id]);
  }
  return ids.map((id) => ({ articleId: id, publishedAt: found.get(id)!, entityIds: entities.get(id) ?? [] }));
}

