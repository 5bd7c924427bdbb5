// Stories at scale: store N analysed articles and recompute merged events and stories, for N = 1,000 and 10,000.
// Synthetic corpus: each story is one report (synthetic events of one day) and four copies with varied wording
// at other outlets (two of them marked as near-duplicates, one in Indonesian), ten stories a day. The figure that
// matters is how the time grows: ten times the articles should take about ten times as long.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openSqliteStore } from '../../store/sqlite.ts';
import { storiesOf } from '../../store/stories.ts';
import { syntheticArticle } from '../../store/synthetic.ts';
import type { BenchSection, Figure, SectionResult } from '../registry.ts';

const SIZES = [1_000, 10_000] as const;
const COPIES_PER_STORY = 5;
const STORIES_PER_DAY = 10;
const WORDINGS = ['', ' Officials confirmed the reports.', ' The account could not be verified independently.', ' More details were expected later.', ' Witnesses described the scene.'];

const day = (base: string, plus: number) => {
  const d = new Date(`${base}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + plus);
  return d.toISOString().slice(0, 10);
};

/** Copy `k` of story `s`: the story's events on its day, the text varied so that every copy is its own article. */
function copy(s: number, k: number, firstOfStory: string | null) {
  const date = day('2023-01-01', Math.floor(s / STORIES_PER_DAY));
  const { article, analysis } = syntheticArticle({ seed: s + 1, events: 4, publishedAt: date, publisher: `Outlet ${(s + k) % 40}`, url: `https://outlet-${(s + k) % 40}.example/${s}/${k}` });
  const text = article.text + WORDINGS[k % WORDINGS.length] + ` (${k})`;
  const hash = createHash('sha256').update(text).digest('hex');
  for (const e of analysis.events) e.time = e.time && { ...e.time, start: date, end: date };
  const lang = k === 3 ? 'id' : 'en';
  return {
    article: { ...article, id: `art_${hash.slice(0, 24)}`, contentHash: hash, text, lang },
    analysis: { ...analysis, text, lang: { ...analysis.lang, code: lang } },
    nearDuplicateOf: k === 1 || k === 2 ? firstOfStory : null,
  };
}

async function run(n: number): Promise<{ saveMs: number; mergeMs: number; events: number; stories: number; mentions: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'sumber-bench-stories-'));
  const store = openSqliteStore(join(dir, 'sumber.db'));
  try {
    const t0 = performance.now();
    const save = store.db.transaction((from: number, to: number) => {
      for (let s = from; s < to; s++) {
        let first: string | null = null;
        for (let k = 0; k < COPIES_PER_STORY; k++) {
          const c = copy(s, k, first);
          first ??= c.article.id;
          // SQLite saves at once, so the saves share this transaction; the promise holds nothing more.
          void store.save({ article: c.article, analysis: c.analysis, bandKeys: [], nearDuplicateOf: c.nearDuplicateOf, originalId: null });
        }
      }
    });
    const stories = n / COPIES_PER_STORY;
    for (let s = 0; s < stories; s += 100) save(s, Math.min(stories, s + 100));
    const t1 = performance.now();
    const summary = (await storiesOf(store).refresh({ full: true }))!;
    const t2 = performance.now();
    return { saveMs: t1 - t0, mergeMs: t2 - t1, events: summary.events, stories: summary.stories, mentions: summary.mentions };
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
        { name: `${label} articles: merge and group`, value: r.mergeMs / 1000, unit: 's' },
      );
      notes.push(`${label} articles: ${r.mentions.toLocaleString('en')} mentions → ${r.events.toLocaleString('en')} merged events, ${r.stories.toLocaleString('en')} stories`);
    }
    const [small, large] = results as [(typeof results)[0], (typeof results)[0]];
    const scale = SIZES[1] / SIZES[0];
    figures.push(
      { name: `merge time ratio ${SIZES[1] / 1000}k/${SIZES[0] / 1000}k (linear = ${scale})`, value: large.mergeMs / small.mergeMs, unit: '×', target: { value: scale * 1.5, kind: 'at-most' } },
      { name: `store + merge time ratio (linear = ${scale})`, value: (large.saveMs + large.mergeMs) / (small.saveMs + small.mergeMs), unit: '×', target: { value: scale * 1.5, kind: 'at-most' } },
    );
    return { figures, notes };
  },
};
