// The cross-article layer end to end: the 13 inputs of test-corpus.ts (which are real and which written for the
// test is said there) go through ingestion and analysis into a store; the stories, merged events and
// disagreements it recomputes are checked against what a reader of those articles expects.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../pipeline/analyze.ts';
import { createLanguageDetector } from '../lang/detect.ts';
import { packs } from '../lang/index.ts';
import { originalCues } from '../ingest/provenance.ts';
import { Ingester, type IngestSummary } from '../ingest/ingest.ts';
import { openSqliteStore, type SqliteStore } from '../store/sqlite.ts';
import { storiesOf, type StoryIndex } from '../store/stories.ts';
import type { MergedEvent, Story } from '../schema/story.ts';
import { CORPUS, corpusCandidate } from './test-corpus.ts';

let store: SqliteStore;
let index: StoryIndex;
let summary: IngestSummary;
const ids = new Map<string, string>(); // url → article id
const analyst = { kind: 'cli' as const, id: 'test', name: 'analyst' };

before(async () => {
  store = openSqliteStore(':memory:');
  const [analyzer, detector] = await Promise.all([createAnalyzer(), createLanguageDetector()]);
  const ingester = new Ingester(
    { sink: store, analyzer, fetcher: null, detector, originalCues: originalCues(packs.values()), analyzerLanguages: new Set(packs.keys()) },
    (e) => {
      if (e.kind === 'stored') ids.set(e.article.url!, e.article.id);
      if (e.kind === 'failed') throw new Error(`${e.input}: ${e.problem}`);
    },
  );
  for (const input of CORPUS) await ingester.ingest(corpusCandidate(input));
  summary = ingester.summary;
  index = storiesOf(store);
});
after(() => store.close());

const all = async <T>(list: (page: { limit: number }) => Promise<{ items: T[] }>) => (await list({ limit: 500 })).items;
const storyOf = async (title: RegExp): Promise<Story> => {
  const s = (await all((p) => index.listStories(p))).find((x) => title.test(x.title));
  assert.ok(s, `a story titled ${title}`);
  return s;
};
const article = (url: string) => ids.get(url)!;
const eventOf = async (type: string, actor: string, articleUrl: string): Promise<MergedEvent> => {
  const found = (await all((p) => index.listMergedEvents({ type: [type as MergedEvent['type']], actor: [actor] }, p))).filter((e) =>
    e.mentions.some((m) => m.articleId === article(articleUrl)),
  );
  return found.sort((a, b) => b.counts.articles - a.counts.articles)[0]!;
};

test('ingestion keeps one article per text: the sample twice is one article, wire copies are sources, a rewrite is a near-duplicate', () => {
  assert.equal(summary.stored, 10);
  assert.equal(summary.duplicates, 3);
  assert.equal(summary.verbatimCopies, 2);
  assert.equal(summary.nearDuplicates, 1);
});

test('the corpus forms four stories: troops (id+en), Kyiv strike (en+id), the pact (en+id), and the floods alone', async () => {
  const stories = await all((p) => index.listStories(p));
  assert.equal(stories.length, 4);

  const troops = await storyOf(/Pyongyang Berencana Mengirim Pasukan/);
  assert.deepEqual(troops.languages, ['en', 'id']);
  assert.deepEqual(
    [...troops.articleIds].sort(),
    [article('https://aboluowang.example/2024/06/nk-troops'), article('https://english-desk.example/nk-troops'), article('https://seoul-daily.example/nk-denial')].sort(),
  );
  assert.deepEqual(troops.sources, ['Aboluowang.com', 'English Desk', 'Mirror News', 'Seoul Daily']);

  const kyiv = await storyOf(/Russia strikes Kyiv/);
  assert.deepEqual(kyiv.languages, ['en', 'id']);
  assert.equal(kyiv.articleIds.length, 4);
  assert.deepEqual(kyiv.sources, ['Another Outlet', 'Berita', 'Kyiv Wire', 'Moscow Herald', 'Third Paper']);
  assert.ok(kyiv.reasons.some((r) => /copies or translates/.test(r)), 'the rewrite joins as a near-duplicate');

  assert.deepEqual((await storyOf(/Japan and Australia/)).languages, ['en', 'id']);
  assert.equal((await storyOf(/Floods kill 40/)).articleIds.length, 1);
});

test('the Kyiv strike is one merged event across four articles and two languages; its copies speak as the wire, Moscow denies it', async () => {
  const strike = await eventOf('ASSAULT', 'RUS', 'https://kyiv-wire.example/strike');
  assert.equal(strike.counts.articles, 4);
  assert.equal(strike.counts.sources, strike.sources.length);
  assert.deepEqual(strike.sources.find((s) => s.name === 'Kyiv Wire')!.via, ['Kyiv Wire', 'Another Outlet', 'Third Paper']);
  assert.ok(!strike.sources.some((s) => s.name === 'Another Outlet' || s.name === 'Third Paper'), 'a copy is no source of its own');
  assert.deepEqual([...new Set(strike.mentions.map((m) => m.lang))].sort(), ['en', 'id']);
  assert.match(strike.status, /^reported by \d+ \(Kyiv Wire, .*\); denied by 1 \([^,]+, 2024-07-09\)$/);
  const denier = strike.sources.find((s) => s.position === 'denied')!;
  assert.deepEqual(denier.via, ['Moscow Herald']);
  assert.match(denier.statements.find((x) => x.says === 'denied')!.evidence, /civilian/i);
  assert.equal(strike.firstReport, '2024-07-08');
  assert.equal(strike.latestReport, '2024-07-09');
  for (const m of strike.mentions.slice(1)) assert.match(m.reason, /same type ASSAULT/);
  const wire = strike.mentions.find((m) => m.source === 'Kyiv Wire')!;
  assert.deepEqual(wire.copiedBy, ['Another Outlet']);
});

test("Moscow's denial is a disagreement between sources, both claims with their source chains", async () => {
  const strike = await eventOf('ASSAULT', 'RUS', 'https://kyiv-wire.example/strike');
  const found = await all((p) => index.listDisagreements({ event: strike.id }, p));
  const denial = found.find((d) => d.kind === 'polarity' && d.scope === 'between-sources');
  assert.ok(denial, JSON.stringify(found.map((d) => d.reason)));
  const [yes, no] = denial.claims[0].polarity === 'asserted' ? denial.claims : [denial.claims[1], denial.claims[0]];
  assert.equal(no.source, 'Moscow Herald');
  assert.equal(no.polarity, 'negated');
  assert.notEqual(yes.source, 'Moscow Herald');
  assert.ok(no.chain.length >= 2 && yes.chain.length >= 1);
  assert.match(denial.reason, /says it is not so/);
});

test(
  'the sample, its English report and Seoul: one troop-sending event, Seoul denies it, the sample keeps its own contradiction',
  // Seoul's denied claim (“dispatched soldiers”) shares no theme word with the June sending (“troops”), so it fits
  // only the July arrival at Donetsk, whose members name no theme.
  { todo: 'theme words compare by form only: “soldiers” and “troops” need a lexicon of what names the same thing' },
  async () => {
  const sending = await eventOf('AID', 'PRK', 'https://aboluowang.example/2024/06/nk-troops');
  assert.equal(sending.counts.articles, 3);
  const outlets = sending.sources.filter((s) => s.kind === 'publisher');
  assert.deepEqual(outlets.map((s) => [s.name, s.via]), [['Aboluowang.com', ['Aboluowang.com', 'English Desk', 'Mirror News']]], 'the translation and its wire copy speak as the original');
  assert.ok(sending.counts.mentions > sending.counts.articles);
  assert.match(sending.status, /denied by/);
  assert.ok(sending.sources.some((s) => s.position === 'denied' && s.via.includes('Seoul Daily')));
  const found = await all((p) => index.listDisagreements({ event: sending.id }, p));
  assert.ok(found.some((d) => d.kind === 'polarity' && d.scope === 'between-sources' && d.claims.some((c) => c.source === 'Seoul Daily' && c.polarity === 'negated')));
  const within = found.filter((d) => d.scope === 'within-article' && d.claims.every((c) => c.articleId === article('https://aboluowang.example/2024/06/nk-troops')));
  assert.ok(within.some((d) => d.kind === 'polarity' && d.claims.some((c) => c.claimant === 'stasiun TV Korea Selatan')));
  },
);

test("the article's own contradictions stay in the store beside the merged ones", async () => {
  const own = await store.listContradictions({ article: article('https://aboluowang.example/2024/06/nk-troops') }, { limit: 50 });
  assert.ok(own.items.length >= 1);
});

test('nothing changed, nothing recomputed; a split is kept across recomputation, audited, and can be withdrawn', async () => {
  assert.equal(await index.refresh(), null);
  const strike = await eventOf('ASSAULT', 'RUS', 'https://kyiv-wire.example/strike');
  const denial = strike.mentions.find((m) => m.source === 'Moscow Herald' && m.polarity === 'negated')!;
  const alone = await index.split(strike.id, denial.key, 'a denial of a different claim', analyst);
  assert.ok(typeof alone === 'object');
  assert.deepEqual(alone.mentions.map((m) => m.key), [denial.key]);
  await index.refresh({ full: true });
  const rest = (await index.getMergedEvent(strike.id))!;
  assert.ok(!rest.event.mentions.some((m) => m.key === denial.key));
  assert.doesNotMatch(rest.event.status, /denied/);
  assert.deepEqual(rest.splits.map((s) => s.mentionKey), [denial.key]);
  const audit = await store.listAudit({ limit: 10 });
  assert.ok(audit.items.some((a) => a.action === 'merged-event.split' && a.target === strike.id));

  assert.equal(await index.unsplit(denial.key, analyst), true);
  assert.ok((await index.getMergedEvent(strike.id))!.event.mentions.some((m) => m.key === denial.key));
});
