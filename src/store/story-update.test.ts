// Stories updated incrementally give what a recomputation of everything gives: a corpus of synthetic stories
// (copies, near-duplicates, translations, articles without events) arrives in batches, partly out of date
// order, with an article analysed anew and an analyst's split and its withdrawal in between; after every batch
// the incremental results equal those of `refresh --full`, on SQLite and on PostgreSQL.
import assert from 'node:assert/strict';
import type { Analysis } from '../schema/analysis.ts';
import type { Article } from '../schema/article.ts';
import type { MergedEvent, SourceDisagreement, Story } from '../schema/story.ts';
import { forEachStore } from './test-stores.ts';
import { syntheticStoryCopy } from './synthetic.ts';
import { storiesOf, type StoryIndex } from './stories.ts';
import type { PageOf, PageRequest, Store } from './types.ts';

const analyst = { kind: 'cli' as const, id: 'test', name: 'analyst' };
const STORIES_PER_DAY = 3;

interface Entry {
  article: Article;
  analysis: Analysis;
  nearDuplicateOf: string | null;
}

/** Story s's copies; every seventh story's third copy names places and parties but no event was read from it. */
function storyCopies(s: number): Entry[] {
  const out: Entry[] = [];
  let first: string | null = null;
  for (let k = 0; k < 5; k++) {
    const c = syntheticStoryCopy({ story: s, copy: k, storiesPerDay: STORIES_PER_DAY, first });
    first ??= c.article.id;
    if (s % 7 === 0 && k === 2) out.push({ ...c, analysis: { ...c.analysis, events: [], claims: [], contradictions: [] } });
    else out.push(c);
  }
  return out;
}

async function all<T>(list: (page: PageRequest) => Promise<PageOf<T>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await list({ limit: 200, cursor });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

async function snapshot(index: StoryIndex): Promise<{ stories: Story[]; events: MergedEvent[]; disagreements: SourceDisagreement[] }> {
  return {
    stories: await all((p) => index.listStories(p)),
    events: await all((p) => index.listMergedEvents({}, p)),
    disagreements: await all((p) => index.listDisagreements({}, p)),
  };
}

async function save(store: Store, e: Entry): Promise<void> {
  await store.save({ article: e.article, analysis: e.analysis, bandKeys: [], nearDuplicateOf: e.nearDuplicateOf, originalId: null });
}

/** The incremental results, then those of a full recomputation: they must be the same. */
async function sameAsFull(index: StoryIndex, when: string): Promise<void> {
  const incremental = await snapshot(index);
  const summary = await index.refresh({ full: true });
  assert.ok(summary?.full);
  assert.deepEqual(incremental, await snapshot(index), `after ${when}`);
}

forEachStore('stories updated article by article equal a full recomputation, in and out of date order, with re-analysis and splits', async (open) => {
  const store = await open();
  const index = storiesOf(store);
  // Days 0–7 in order but for two stories of day 2, which arrive after them; then days 8–9.
  const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);
  const order = [...range(0, 6), ...range(8, 24), 6, 7, ...range(24, 30)];
  const entries = order.flatMap(storyCopies);
  for (let i = 0; i < entries.length; i += 9) {
    for (const e of entries.slice(i, i + 9)) await save(store, e);
    const s = await index.refresh();
    assert.ok(s && (i === 0 || !s.full));
    if (i % 36 === 0) await sameAsFull(index, `${i + 9} articles`);
  }
  await sameAsFull(index, 'every article');
  const before = await snapshot(index);
  assert.ok(before.events.some((e) => e.counts.articles > 1) && before.stories.some((s) => s.articleIds.length > 1));

  // Nothing changed: nothing is recomputed.
  assert.equal(await index.refresh(), null);

  // An article analysed anew, with one event fewer.
  const again = entries[40]!;
  await store.saveAnalysis(again.article, { ...again.analysis, events: again.analysis.events.slice(1) });
  await index.refresh();
  await sameAsFull(index, 'a re-analysis');

  // A split and its withdrawal.
  const merged = before.events.find((e) => e.mentions.length > 2)!;
  const split = await index.split(merged.id, merged.mentions[1]!.key, null, analyst);
  assert.ok(typeof split === 'object');
  await sameAsFull(index, 'a split');
  assert.equal(await index.unsplit(merged.mentions[1]!.key, analyst), true);
  await sameAsFull(index, 'a withdrawn split');
});

forEachStore('a new article rewrites only the merged events and stories it can join: those of its days', async (open) => {
  const store = await open();
  const index = storiesOf(store);
  for (let s = 0; s < 60; s++) for (const e of storyCopies(s)) await save(store, e);
  const full = (await index.refresh())!;
  const before = await snapshot(index);
  const next = storyCopies(60)[0]!;
  await save(store, next);
  const update = (await index.refresh())!;
  assert.equal(update.full, false);
  assert.equal(update.articles, full.articles + 1);
  const after = await snapshot(index);
  const changed = <T extends { id: string }>(xs: T[], ys: T[]) => ys.filter((y) => JSON.stringify(y) !== JSON.stringify(xs.find((x) => x.id === y.id)));
  // Merged events: only the new article's (its blocks' clusters still open are merged again, and stay as they were).
  const events = changed(before.events, after.events);
  assert.ok(events.length > 0 && events.every((e) => e.mentions.some((m) => m.articleId === next.article.id)), JSON.stringify(events.map((e) => e.id)));
  assert.ok(update.changedEvents < full.events / 4, `${update.changedEvents} of ${full.events} events rewritten`);
  // Stories: only those within the story window of it (where an article without events may now join it).
  const stories = changed(before.stories, after.stories);
  const windowStart = '2023-01-07'; // 14 days before the new article's
  assert.ok(stories.length >= 1 && stories.every((s) => s.end >= windowStart), JSON.stringify(stories.map((s) => [s.start, s.end])));
  assert.ok(update.changedStories < full.stories / 2, `${update.changedStories} of ${full.stories} stories regrouped`);
});
