// Stories: articles about the same matter, across languages. Articles join when one copies another
// (near-duplicate, translation, republication) or when they report the same merged events about the same
// entities within a short time. Candidate pairs come only from shared events and copy links, so the work grows
// with the number of articles, not their pairs.
import { createHash } from 'node:crypto';
import type { MergedEvent, Story } from '../schema/story.ts';
import type { ArticleReport } from './report.ts';
import { UnionFind } from './union-find.ts';

/** Articles further apart than this are not one story, however alike. */
export const STORY_WINDOW_DAYS = 14;
/**
 * Entity overlap that, with one shared event, makes two articles one story: shared entity ids over those of the
 * article with fewer, so a short report of one side of a long story still belongs to it.
 */
export const MIN_ENTITY_OVERLAP = 0.5;
/** Each article is compared with this many later reporters of each of its events, not all of them. */
const NEIGHBOURS_PER_EVENT = 5;

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return small.size === 0 ? 0 : shared / small.size;
}

const days = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

export function groupStories(reports: readonly ArticleReport[], events: readonly MergedEvent[]): Story[] {
  const byId = new Map(reports.map((r) => [r.articleId, r]));
  const entityIds = new Map(reports.map((r) => [r.articleId, new Set(r.analysis.entities.map((e) => e.id))]));
  const uf = new UnionFind();
  const reasons = new Map<string, string[]>();
  const link = (a: string, b: string, why: string) => {
    uf.union(a, b);
    const list = reasons.get(a) ?? [];
    list.push(why);
    reasons.set(a, list);
  };

  for (const r of reports) {
    if (r.copyOf && byId.has(r.copyOf)) link(r.articleId, r.copyOf, `${r.articleId} copies or translates ${r.copyOf}`);
  }

  // Shared events between neighbouring reporters, counted per pair.
  const shared = new Map<string, string[]>();
  for (const e of events) {
    const articles = [...new Set(e.mentions.map((m) => m.articleId))].sort((a, b) => byId.get(a)!.publishedAt.localeCompare(byId.get(b)!.publishedAt) || a.localeCompare(b));
    for (let i = 0; i < articles.length; i++) {
      for (let j = i + 1; j < Math.min(articles.length, i + 1 + NEIGHBOURS_PER_EVENT); j++) {
        const key = `${articles[i]}|${articles[j]}`;
        const list = shared.get(key) ?? [];
        list.push(e.id);
        shared.set(key, list);
      }
    }
  }
  for (const [key, eventIds] of shared) {
    const [a, b] = key.split('|') as [string, string];
    if (days(byId.get(a)!.publishedAt, byId.get(b)!.publishedAt) > STORY_WINDOW_DAYS) continue;
    const shared = overlap(entityIds.get(a)!, entityIds.get(b)!);
    if (eventIds.length >= 2 || shared >= MIN_ENTITY_OVERLAP) {
      link(a, b, `${a} and ${b} report ${eventIds.length} same event${eventIds.length === 1 ? '' : 's'}, entity overlap ${shared.toFixed(2)}`);
    }
  }

  const members = new Map<string, ArticleReport[]>();
  for (const r of reports) {
    const root = uf.find(r.articleId);
    const list = members.get(root) ?? [];
    list.push(r);
    members.set(root, list);
  }
  const eventsOf = new Map<string, Set<string>>();
  for (const e of events) for (const m of e.mentions) {
    const set = eventsOf.get(m.articleId) ?? new Set<string>();
    set.add(e.id);
    eventsOf.set(m.articleId, set);
  }

  const stories: Story[] = [];
  for (const list of members.values()) {
    list.sort((a, b) => a.publishedAt.localeCompare(b.publishedAt) || a.articleId.localeCompare(b.articleId));
    const ids = list.map((r) => r.articleId);
    stories.push({
      id: `sty_${createHash('sha256').update(ids[0]!).digest('hex').slice(0, 16)}`,
      title: list.find((r) => r.title)?.title ?? '(untitled)',
      start: list[0]!.publishedAt,
      end: list[list.length - 1]!.publishedAt,
      languages: [...new Set(list.map((r) => r.lang))].sort(),
      sources: [...new Set(list.flatMap((r) => [r.source, ...r.copiedBy]))].sort(),
      articleIds: ids,
      eventIds: [...new Set(ids.flatMap((id) => [...(eventsOf.get(id) ?? [])]))].sort(),
      reasons: ids.flatMap((id) => reasons.get(id) ?? []),
    });
  }
  return stories.sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
}
