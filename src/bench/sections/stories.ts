// Stories at scale: store N analysed articles, recompute merged events and stories from scratch, then add new
// articles one by one with a story refresh after each, for N = 1,000 and 10,000. Synthetic corpus
// (syntheticStoryCopy): each story is one report (synthetic events of one day) and four copies with varied wording
// at other outlets (two near-duplicates, one an Indonesian translation), ten stories a day. The figures that
// matter: a full recomputation grows about linearly, and the update per new article does not grow with N.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openSqliteStore } from '../../store/sqlite.ts';
import { storiesOf } from '../../store/stories.ts';
import { syntheticStoryCopy } from '../../store/synthetic.ts';
import type { BenchSection, Figure, SectionResult } from '../registry.ts';

const SIZES = [1_000, 10_000] as const;
const COPIES_PER_STORY = 5;
const STORIES_PER_DAY = 10;
/** New articles added one by one after the corpus is stored, each followed by a story refresh. */
const NEW_ARTICLES = 25;

interface Run {
  saveMs: number;
  mergeMs: number;
  /** Mean wall time of a refresh after one new article, and what it rewrote. */
  updateMs: number;
  changedEvents: number;
  changedStories: number;
  events: number;
  stories: number;
  mentions: number;
}

async function run(n: number): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'sumber-bench-stories-'));
  const store = openSqliteStore(join(dir, 'sumber.db'));
  const entry = (s: number, k: number, first: string | null) => {
    const c = syntheticStoryCopy({ story: s, copy: k, storiesPerDay: STORIES_PER_DAY, first });
    return { article: c.article, analysis: c.analysis, bandKeys: [], nearDuplicateOf: c.nearDuplicateOf, originalId: null };
  };
  try {
    const t0 = performance.now();
    const save = store.db.transaction((from: number, to: number) => {
      for (let s = from; s < to; s++) {
        let first: string | null = null;
        for (let k = 0; k < COPIES_PER_STORY; k++) {
          const e = entry(s, k, first);
          first ??= e.article.id;
          // SQLite saves at once, so the saves share this transaction; the promise holds nothing more.
          void store.save(e);
        }
      }
    });
    const stories = n / COPIES_PER_STORY;
    for (let s = 0; s < stories; s += 100) save(s, Math.min(stories, s + 100));
    const t1 = performance.now();
    const index = storiesOf(store);
    const summary = (await index.refresh({ full: true }))!;
    const t2 = performance.now();
    // The next stories' articles, as a feed brings them: one at a time, each followed by a refresh.
    let updateMs = 0;
    let changedEvents = 0;
    let changedStories = 0;
    let first: string | null = null;
    for (let i = 0; i < NEW_ARTICLES; i++) {
      const e = entry(stories + Math.floor(i / COPIES_PER_STORY), i % COPIES_PER_STORY, i % COPIES_PER_STORY === 0 ? null : first);
      if (i % COPIES_PER_STORY === 0) first = e.article.id;
      await store.save(e);
      const u0 = performance.now();
      const u = (await index.refresh())!;
      updateMs += performance.now() - u0;
      changedEvents += u.changedEvents;
      changedStories += u.changedStories;
    }
    return {
      saveMs: t1 - t0,
      mergeMs: t2 - t1,
      updateMs: updateMs / NEW_ARTICLES,
      changedEvents: changedEvents / NEW_ARTICLES,
      changedStories: changedStories / NEW_ARTICLES,
      events: summary.events,
      stories: summary.stories,
      mentions: summary.mentions,
    };
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const storiesSection: BenchSection = {
  name: 'stories',
  description: `store and merge ${SIZES.map((n) => n.toLocaleString('en')).join(' and ')} synthetic articles (stories of ${COPIES_PER_STORY} copies with varied wording)`,
  async run(): Promise<SectionResult> {
    const figures: Figure[] = [];
    const notes: string[] = [];
    const results = [];
    for (const n of SIZES) {
      const r = await run(n);
      results.push(r);
      const label = n.toLocaleString('en');
      figures.push(
        { name: `${label} articles: store`, value: r.saveMs / 1000, unit: 's' },
        { name: `${label} articles: merge and group all (refresh --full)`, value: r.mergeMs / 1000, unit: 's' },
        { name: `${label} articles: story update per new article`, value: r.updateMs, unit: 'ms' },
      );
      notes.push(
        `${label} articles: ${r.mentions.toLocaleString('en')} mentions → ${r.events.toLocaleString('en')} merged events, ${r.stories.toLocaleString('en')} stories; ` +
          `a new article rewrote ${r.changedEvents.toFixed(1)} merged events and ${r.changedStories.toFixed(1)} stories on average`,
      );
    }
    const [small, large] = results as [(typeof results)[0], (typeof results)[0]];
    const scale = SIZES[1] / SIZES[0];
    figures.push(
      { name: `merge time ratio ${SIZES[1] / 1000}k/${SIZES[0] / 1000}k (linear = ${scale})`, value: large.mergeMs / small.mergeMs, unit: '×', target: { value: scale * 1.5, kind: 'at-most' } },
      { name: `store + merge time ratio (linear = ${scale})`, value: (large.saveMs + large.mergeMs) / (small.saveMs + small.mergeMs), unit: '×', target: { value: scale * 1.5, kind: 'at-most' } },
      { name: `story update per new article, ratio ${SIZES[1] / 1000}k/${SIZES[0] / 1000}k (flat = 1)`, value: large.updateMs / small.updateMs, unit: '×', target: { value: 1.5, kind: 'at-most' } },
    );
    return { figures, notes };
  },
};
