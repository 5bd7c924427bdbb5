// Stories: articles about one unfolding development, across languages, under topics that gather the
// developments of a larger matter. Articles are one story when one copies another (near-duplicate,
// translation, republication), or when they report the same merged events about the same entities within a
// few days; a strike, its denial and an intelligence report a week later are three stories of one topic.
// Articles whose events could not be read (no language pack) join by the countries, places and people they
// name within the same days. Candidate pairs come only from shared events, shared entities and copy links, so
// the work grows with the number of articles, not their pairs.
import { createHash } from 'node:crypto';
import type { MergedEvent, Story } from '../schema/story.ts';
import type { ArticleReport } from './report.ts';
import { UnionFind } from './union-find.ts';

/** Reports of one development fall within these days of each other; further apart they are its next chapter. */
export const DEVELOPMENT_WINDOW_DAYS = 3;
/** Articles further apart than this are not one topic, however alike. */
export const STORY_WINDOW_DAYS = 14;
/**
 * Entity overlap that, with one shared event, makes two articles one story: shared entity ids over those of the
 * article with fewer, so a short report of one side of a long story still belongs to it.
 */
export const MIN_ENTITY_OVERLAP = 0.5;
/** An article without events joins by entities alone: it must share at least this many with the other. */
const MIN_SHARED_ENTITIES_WITHOUT_EVENTS = 2;
/** Each article is compared with this many later reporters of each of its events, not all of them. */
const NEIGHBOURS_PER_EVENT = 5;
/** An article without events is compared with this many articles naming each of its entities. */
export const NEIGHBOURS_PER_ENTITY = 50;

function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): { count: number; overlap: number } {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let count = 0;
  for (const x of small) if (large.has(x)) count++;
  return { count, overlap: small.size === 0 ? 0 : count / small.size };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const days = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);

/** An article outside the grouped ones that an article without events may join: what the comparison needs of it. */
export interface Neighbour {
  articleId: string;
  publishedAt: string;
  entityIds: string[];
}

export interface Grouping {
  stories: Story[];
  /** Articles outside the grouped ones that a copy or an article without events links to (or would, were it analysed). */
  reached: string[];
}

/**
 * Groups `reports` into stories under topics. `events` are the merged events that name them (with all their
 * mentions, of other articles too); `neighbours`, other articles that those without events may join. Over a
 * part of the articles (whole topics, as the store recomputes them) the stories are those of the whole, as long
 * as nothing is `reached` outside it.
 */
export function groupStories(reports: readonly ArticleReport[], events: readonly MergedEvent[], neighbours: readonly Neighbour[] = []): Grouping {
  const byId = new Map(reports.map((r) => [r.articleId, r]));
  const entityIds = new Map(reports.map((r) => [r.articleId, new Set(r.analysis.entities.map((e) => e.id))]));
  const reached = new Set<string>();
  const named = (id: string) => `“${byId.get(id)!.title ?? id}”`;
  const stories = new UnionFind();
  const topics = new UnionFind();
  const reasons = new Map<string, string[]>();
  const link = (a: string, b: string, why: string) => {
    if (!byId.has(b)) reached.add(b);
    stories.union(a, b);
    topics.union(a, b);
    const list = reasons.get(a) ?? [];
    list.push(why);
    reasons.set(a, list);
  };

  for (const r of reports) {
    if (r.copyOf && byId.has(r.copyOf)) link(r.articleId, r.copyOf, `${named(r.articleId)} copies or translates ${named(r.copyOf)}`);
    else if (r.copyOf) reached.add(r.copyOf);
  }

  // Shared events between neighbouring reporters, counted per pair (pairs within the grouped articles).
  const eventsOfPair = new Map<string, MergedEvent[]>();
  for (const e of events) {
    const reportedAt = new Map(e.mentions.map((m) => [m.articleId, m.reportedAt]));
    const articles = [...reportedAt.keys()].sort((a, b) => compare(reportedAt.get(a)!, reportedAt.get(b)!) || compare(a, b));
    for (let i = 0; i < articles.length; i++) {
      if (!byId.has(articles[i]!)) continue;
      for (let j = i + 1; j < Math.min(articles.length, i + 1 + NEIGHBOURS_PER_EVENT); j++) {
        if (!byId.has(articles[j]!)) continue;
        const key = `${articles[i]}|${articles[j]}`;
        const list = eventsOfPair.get(key) ?? [];
        list.push(e);
        eventsOfPair.set(key, list);
      }
    }
  }
  for (const [key, common] of eventsOfPair) {
    const [a, b] = key.split('|') as [string, string];
    const apart = days(byId.get(a)!.publishedAt, byId.get(b)!.publishedAt);
    if (apart > STORY_WINDOW_DAYS) continue;
    const { overlap } = shared(entityIds.get(a)!, entityIds.get(b)!);
    if (common.length < 2 && overlap < MIN_ENTITY_OVERLAP) continue;
    const what = common.slice(0, 3).map((e) => `${e.type}${e.mode ? '/' + e.mode : ''} ${e.actors.join(',')}→${e.recipients.join(',') || '?'}`).join('; ');
    const why = `${named(a)} and ${named(b)} report ${common.length} same event${common.length === 1 ? '' : 's'} (${what}) ${apart} day${apart === 1 ? '' : 's'} apart, entity overlap ${overlap.toFixed(2)}`;
    if (apart <= DEVELOPMENT_WINDOW_DAYS) link(a, b, why);
    else topics.union(a, b);
  }

  const dates = new Map([...reports.map((r) => [r.articleId, r.publishedAt] as const), ...neighbours.map((n) => [n.articleId, n.publishedAt] as const)]);
  joinByEntities(reports, neighbours, dates, entityIds, (a, b, count) => {
    const apart = days(dates.get(a)!, dates.get(b)!);
    const why = `${named(a)} has no events read; it names ${count} of the entities of ${named(b)} ${apart} day${apart === 1 ? '' : 's'} apart`;
    if (apart <= DEVELOPMENT_WINDOW_DAYS) link(a, b, why);
    else topics.union(a, b);
  });

  const eventsOf = new Map<string, Set<string>>();
  for (const e of events) for (const m of e.mentions) {
    const set = eventsOf.get(m.articleId) ?? new Set<string>();
    set.add(e.id);
    eventsOf.set(m.articleId, set);
  }

  const members = new Map<string, ArticleReport[]>();
  for (const r of reports) {
    const root = stories.find(r.articleId);
    const list = members.get(root) ?? [];
    list.push(r);
    members.set(root, list);
  }
  const result: Story[] = [];
  for (const list of members.values()) {
    list.sort((a, b) => compare(a.publishedAt, b.publishedAt) || compare(a.articleId, b.articleId));
    const ids = list.map((r) => r.articleId);
    result.push({
      id: `sty_${hash(ids[0]!)}`,
      title: list.find((r) => r.title)?.title ?? '(untitled)',
      start: list[0]!.publishedAt,
      end: list[list.length - 1]!.publishedAt,
      languages: [...new Set(list.map((r) => r.lang))].sort(),
      sources: [...new Set(list.flatMap((r) => [r.source, ...r.copiedBy]))].sort(),
      articleIds: ids,
      eventIds: [...new Set(ids.flatMap((id) => [...(eventsOf.get(id) ?? [])]))].sort(),
      reasons: ids.flatMap((id) => reasons.get(id) ?? []),
      topic: { id: '', title: '' },
    });
  }
  // A topic is named by its earliest story.
  result.sort((a, b) => compare(a.start, b.start) || compare(a.id, b.id));
  const topicOf = new Map<string, Story['topic']>();
  for (const s of result) {
    const root = topics.find(s.articleIds[0]!);
    let topic = topicOf.get(root);
    if (!topic) topicOf.set(root, (topic = { id: `top_${hash(s.articleIds[0]!)}`, title: s.title }));
    s.topic = topic;
  }
  return { stories: result, reached: [...reached].sort() };
}

/** Whether an article was read without events (a language without a pack) though it names entities. */
export const eventless = (r: ArticleReport) => r.analysis.events.length === 0 && r.analysis.entities.length > 0;

/**
 * Articles no event was read from (a language without a pack) joined to the article in the same topic window
 * that shares most of their entities (countries, places, people: entity ids are the same in every language).
 * The articles naming an entity are taken in id order, the first NEIGHBOURS_PER_ENTITY within the window.
 */
function joinByEntities(
  reports: readonly ArticleReport[],
  neighbours: readonly Neighbour[],
  dates: ReadonlyMap<string, string>,
  entityIds: Map<string, ReadonlySet<string>>,
  join: (a: string, b: string, shared: number) => void,
): void {
  const without = reports.filter(eventless);
  if (without.length === 0) return;
  for (const n of neighbours) if (!entityIds.has(n.articleId)) entityIds.set(n.articleId, new Set(n.entityIds));
  const byEntity = new Map<string, string[]>();
  for (const [article, ids] of entityIds) for (const id of ids) {
    const list = byEntity.get(id) ?? [];
    list.push(article);
    byEntity.set(id, list);
  }
  for (const list of byEntity.values()) list.sort(compare);
  for (const r of without) {
    const counts = new Map<string, number>();
    for (const id of entityIds.get(r.articleId)!) {
      let seen = 0;
      for (const o of byEntity.get(id)!) {
        if (o === r.articleId || days(dates.get(o)!, r.publishedAt) > STORY_WINDOW_DAYS) continue;
        if (++seen > NEIGHBOURS_PER_ENTITY) break;
        counts.set(o, (counts.get(o) ?? 0) + 1);
      }
    }
    const own = entityIds.get(r.articleId)!;
    let best: { id: string; count: number; score: number } | null = null;
    for (const [id, count] of counts) {
      const { overlap } = shared(own, entityIds.get(id)!);
      if (count < MIN_SHARED_ENTITIES_WITHOUT_EVENTS || overlap < MIN_ENTITY_OVERLAP) continue;
      // Closest in time breaks a tie: the development it most likely reports.
      const score = overlap - days(dates.get(id)!, r.publishedAt) / 1000;
      if (!best || score > best.score) best = { id, count, score };
    }
    if (best) join(r.articleId, best.id, best.count);
  }
}
