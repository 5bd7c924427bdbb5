// The Store contract, run on every store (test-stores.ts): SQLite always, PostgreSQL when it answers.
import assert from 'node:assert/strict';
import { syntheticArticle } from './synthetic.ts';
import { eventKey } from './event-key.ts';
import { forEachStore } from './test-stores.ts';
import type { Actor } from './records.ts';
import type { Event } from '../schema/analysis.ts';
import type { Store } from './types.ts';

const admin: Actor = { kind: 'user', id: 'usr_test', name: 'tester' };
const auditCount = async (s: Store) => (await s.listAudit({ limit: 1000 })).items.length;

forEachStore('ingestion finds stored articles by hash, canonical URL, band key and original link', async (open) => {
  const store = await open();
  const { article, analysis } = syntheticArticle({ seed: 1, events: 3, publisher: 'Example News' });
  await store.save({ article, analysis, bandKeys: ['b1', 'b2'], nearDuplicateOf: null, originalId: null });
  assert.equal((await store.findExisting({ canonicalUrl: null, contentHash: article.contentHash }))?.id, article.id);
  assert.equal((await store.findExisting({ canonicalUrl: article.canonicalUrl, contentHash: 'other' }))?.publisher, 'Example News');
  assert.equal((await store.findExisting({ canonicalUrl: null, contentHash: 'other' })), null);
  assert.deepEqual((await store.findByBands(['b2', 'zz'])).map((r) => r.id), [article.id]);
  assert.deepEqual((await store.findByBands(['b2']))[0]!.minhash, [1, 2, 3]);
  assert.equal((await store.findOriginal({ url: article.url, title: null }))?.id, article.id);
  assert.equal((await store.findOriginal({ url: null, title: 'Report 1' }))?.id, article.id);
  assert.equal((await store.findOriginal({ url: null, title: null })), null);
});

forEachStore('a save that fails midway leaves nothing behind', async (open) => {
  const store = await open();
  const { article, analysis } = syntheticArticle({ seed: 2, events: 3 });
  const broken = { ...analysis, quotes: [analysis.quotes[0]!, analysis.quotes[0]!] }; // duplicate quote id, saved after the events
  assert.ok(analysis.quotes.length > 0);
  await assert.rejects(store.save({ article, analysis: broken, bandKeys: [], nearDuplicateOf: null, originalId: null }), /UNIQUE|duplicate key/);
  assert.equal((await store.findExisting({ canonicalUrl: null, contentHash: article.contentHash })), null);
});

forEachStore('one trigger coding events in both directions keeps both; the same event coded twice is stored once', async (open) => {
  const store = await open();
  const { article, analysis } = syntheticArticle({ seed: 4, events: 1 });
  const e = analysis.events[0]!;
  const reverse = { ...e, id: `${e.id}r`, actors: e.recipients, recipients: e.actors };
  assert.notDeepEqual(e.actors, e.recipients);
  await store.saveAnalysis(article, { ...analysis, events: [e, e, reverse] }, admin);
  const keys = (await store.listEvents({ article: article.id }, { limit: 10 })).items.map((x) => x.key).sort();
  assert.deepEqual(keys, [eventKey(article.id, e), eventKey(article.id, reverse)].sort());
  assert.notEqual(keys[0], keys[1]);
});

forEachStore('re-analysing an article replaces its machine output and keeps review decisions', async (open) => {
  const store = await open();
  const { article, analysis } = syntheticArticle({ seed: 3, events: 4 });
  await store.saveAnalysis(article, analysis, admin);
  const byKey = new Map((await store.listEvents({ article: article.id }, { limit: 10 })).items.map((e) => [e.key, e]));
  const [first, second] = analysis.events.slice(0, 2).map((e) => byKey.get(eventKey(article.id, e)));
  await store.review(first!.key, { action: 'reject' }, admin);
  await store.review(second!.key, { action: 'correct', correction: { type: 'PROTEST' } }, admin);

  const saved = await store.saveAnalysis(article, { ...analysis, events: analysis.events.slice(0, 3) });
  assert.deepEqual(saved, { id: article.id, created: false, eventCount: 3 });
  const events = (await store.listEvents({ article: article.id }, { limit: 10 })).items;
  assert.equal(events.length, 3);
  assert.equal(events.find((e) => e.key === first!.key)?.review?.status, 'rejected');
  const corrected = events.find((e) => e.key === second!.key)!;
  assert.equal(corrected.type, 'PROTEST');
  assert.equal(corrected.machineType, second!.machineType);
});

forEachStore('event filters select by actor, country, type, place, source, time and review status', async (open) => {
  const store = await open();
  for (let seed = 1; seed <= 3; seed++) await store.saveAnalysis(...Object.values(syntheticArticle({ seed, events: 8 })) as [any, any]);
  const all = (await store.listEvents({}, { limit: 100 })).items;
  assert.equal(all.length, 24);
  const count = async (f: Parameters<typeof store.listEvents>[0]) => (await store.listEvents(f, { limit: 100 })).items.length;
  const expect = (pred: (e: (typeof all)[number]) => boolean) => all.filter(pred).length;
  assert.equal(await count({ actor: 'country:RUS' }), expect((e) => e.actors.some((a) => a.entityId === 'country:RUS')));
  assert.equal(await count({ recipient: 'PRKGOV' }), expect((e) => e.recipients.some((a) => a.actorCode === 'PRKGOV')));
  assert.equal(await count({ country: 'UKR' }), expect((e) => e.place?.country === 'UKR' || [...e.actors, ...e.recipients].some((a) => a.country === 'UKR')));
  assert.equal(await count({ type: ['ASSAULT', 'AID'] }), expect((e) => e.type === 'ASSAULT' || e.type === 'AID'));
  assert.equal(await count({ place: 'kyiv' }), expect((e) => e.place?.name === 'Kyiv'));
  assert.equal(await count({ source: 'NEWS.EXAMPLE' }), 24);
  assert.equal(await count({ from: '2024-06-10', to: '2024-06-20' }), expect((e) => e.date >= '2024-06-10' && e.date <= '2024-06-20'));
  await store.review(all[0]!.key, { action: 'accept' }, admin);
  assert.equal(await count({ review: ['accepted'] }), 1);
  assert.equal(await count({ review: ['unreviewed'] }), 23);
});

forEachStore('cursor pages walk every event once, newest first', async (open) => {
  const store = await open();
  await store.saveAnalysis(...Object.values(syntheticArticle({ seed: 4, events: 25 })) as [any, any]);
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await store.listEvents({}, { limit: 7, cursor });
    seen.push(...page.items.map((e) => e.key));
    cursor = page.nextCursor;
  } while (cursor);
  assert.equal(seen.length, 25);
  assert.equal(new Set(seen).size, 25);
  const streamed: string[] = [];
  for await (const e of store.streamEvents({})) streamed.push(e.key);
  assert.deepEqual(streamed, seen);
  await assert.rejects(store.listEvents({}, { limit: 7, cursor: 'bogus' }), /cursor: is not a cursor/);
});

forEachStore('search ignores case and diacritics in any language', async (open) => {
  const store = await open();
  const { article, analysis } = syntheticArticle({ seed: 5, events: 1 });
  const text = 'Pasukan Korea Utara tiba di Kyïv. Российские войска.';
  await store.save({ article: { ...article, text, title: 'Berita' }, analysis, bandKeys: [], nearDuplicateOf: null, originalId: null });
  for (const q of ['kyiv', 'KOREA utara', 'российские', '"tiba']) {
    assert.equal((await store.listArticles({ q }, { limit: 5 })).items.length, 1, q);
  }
  assert.equal((await store.listArticles({ q: 'nothing-here' }, { limit: 5 })).items.length, 0);
});

forEachStore('search finds words inside text written without spaces (Chinese, Thai), short words too', async (open) => {
  const store = await open();
  const { article, analysis } = syntheticArticle({ seed: 7, events: 1 });
  const text = '朝鲜计划派遣军队协助俄罗斯在乌克兰的军事行动。กองทัพรัสเซียโจมตีเมืองเคียฟ';
  await store.save({ article: { ...article, text, title: '朝鲜派兵' }, analysis, bandKeys: [], nearDuplicateOf: null, originalId: null });
  for (const q of ['俄罗斯', '乌克兰 军事', '朝鲜', 'รัสเซีย']) {
    assert.equal((await store.listArticles({ q }, { limit: 5 })).items.length, 1, q);
  }
  assert.equal((await store.listArticles({ q: '美国' }, { limit: 5 })).items.length, 0);
});

forEachStore('saving an article again replaces its search rows: a new title is found, the old one is not, no hit twice', async (open) => {
  const store = await open();
  const { article, analysis } = syntheticArticle({ seed: 8, events: 1 });
  const entry = { analysis, bandKeys: [], nearDuplicateOf: null, originalId: null };
  await store.save({ ...entry, article: { ...article, text: 'Kabar dari Donetsk 朝鲜派兵', title: 'Judul lama' } });
  await store.save({ ...entry, article: { ...article, text: 'Kabar dari Donetsk 朝鲜派兵', title: 'Judul baru' } });
  const hits = async (q: string) => (await store.listArticles({ q }, { limit: 5 })).items.length;
  assert.deepEqual([await hits('baru'), await hits('lama'), await hits('Donetsk'), await hits('朝鲜')], [1, 0, 1, 1]);
});

forEachStore('every change by a person writes one audit row, in the same transaction', async (open) => {
  const store = await open();
  const user = await store.createUser({ name: 'ana', role: 'viewer', passwordHash: 'x' }, admin);
  assert.equal(await auditCount(store), 1);
  await assert.rejects(store.createToken({ userName: 'ana', name: 't', role: 'admin', hash: 'h' }, admin), /cannot have the role admin/);
  assert.equal(await auditCount(store), 1, 'a refused change writes no audit row');
  const token = await store.createToken({ userName: 'ana', name: 't', role: 'viewer', hash: 'h' }, admin);
  assert.equal((await store.principalForToken('h'))?.user.id, user.id);
  await store.revokeToken(token.id, admin);
  assert.equal(await store.principalForToken('h'), null);
  const { article, analysis } = syntheticArticle({ seed: 6, events: 1 });
  await store.auditedSink(admin, 'article.ingest').save({ article, analysis, bandKeys: [], nearDuplicateOf: null, originalId: null });
  const actions = (await store.listAudit({ limit: 10 })).items.map((a) => a.action);
  assert.deepEqual(actions, ['article.ingest', 'token.revoke', 'token.create', 'user.create']);
});

forEachStore("an article lists the stored articles that point at it: translations, republications and near-duplicate copies", async (open) => {
  const store = await open();
  const saved = async (seed: number, links: { nearDuplicateOf?: string; originalId?: string; relation?: 'translation' | 'republication' } = {}) => {
    const { article, analysis } = syntheticArticle({ seed, events: 1 });
    const originalOf = links.relation ? { relation: links.relation, url: null, title: 'Report 1', evidence: 'Read the original' } : null;
    await store.save({ article: { ...article, originalOf }, analysis, bandKeys: [], nearDuplicateOf: links.nearDuplicateOf ?? null, originalId: links.originalId ?? null });
    return article.id;
  };
  const original = await saved(1);
  const translation = await saved(2, { originalId: original, relation: 'translation' });
  const republication = await saved(3, { originalId: original, relation: 'republication' });
  const copy = await saved(4, { nearDuplicateOf: original });
  const copyOfTranslation = await saved(5, { nearDuplicateOf: translation });

  const links = await store.articlesLinkingTo(original);
  assert.deepEqual(
    links.map((l) => [l.id, l.relation]).sort(),
    [[translation, 'translation'], [republication, 'republication'], [copy, 'near-duplicate']].sort(),
  );
  assert.equal(links.find((l) => l.id === translation)!.title, 'Report 2');
  assert.deepEqual((await store.getArticle(original))!.linkedFrom, links);
  assert.deepEqual((await store.getArticle(translation))!.linkedFrom.map((l) => [l.id, l.relation]), [[copyOfTranslation, 'near-duplicate']]);
  assert.deepEqual((await store.getArticle(copy))!.linkedFrom, []);
});

forEachStore("an article's response carries the corrected class of each event whose type an analyst changed", async (open) => {
  const store = await open();
  const { article, analysis } = syntheticArticle({ seed: 1, events: 10 });
  await store.saveAnalysis(article, analysis, admin);
  const [aid, other] = [analysis.events.find((e) => e.type === 'AID')!, analysis.events.find((e) => e.type === 'CONSULT')!];
  await store.review(eventKey(article.id, aid), { action: 'correct', correction: { type: 'PROTEST' } }, admin);
  await store.review(eventKey(article.id, other), { action: 'correct', correction: { place: null } }, admin);

  const detail = (await store.getArticle(article.id))!;
  assert.deepEqual(Object.keys(detail.correctedClasses), [eventKey(article.id, aid)]);
  const corrected = detail.correctedClasses[eventKey(article.id, aid)]!;
  assert.deepEqual([corrected.type, corrected.cameo.code, corrected.quadClass, corrected.goldstein], ['PROTEST', '140', 4, -6.5]);
  const record = (await store.getEvent(eventKey(article.id, aid)))!;
  assert.deepEqual([record.type, record.cameo, record.quadClass, record.goldstein], [corrected.type, corrected.cameo, corrected.quadClass, corrected.goldstein]);
  assert.deepEqual([record.machineType, record.machineCameo, record.event.cameo.code], ['AID', '070', '070']);
});

forEachStore("an article with no publisher of its own is listed under the byline its analysis found", async (open) => {
  const store = await open();
  const { article, analysis } = syntheticArticle({ seed: 9, events: 1 });
  const byline = { ...analysis, provenance: { ...analysis.provenance, publisher: 'Aboluowang.com' } };
  await store.save({ article: { ...article, publisher: null, url: null, canonicalUrl: null }, analysis: byline, bandKeys: [], nearDuplicateOf: null, originalId: null });
  assert.equal((await store.listArticles({}, { limit: 5 })).items[0]!.source, 'Aboluowang.com');
});

forEachStore('negated and hypothetical events are listed and filtered, but not counted by default; a correction moves an event between them', async (open) => {
  const store = await open();
  const { article, analysis } = syntheticArticle({ seed: 21, events: 4 });
  const [a, b, c, d] = analysis.events as [Event, Event, Event, Event];
  const modal = (e: Event, m: Partial<Event['modality']>, confidence: number): Event => ({ ...e, modality: { ...e.modality, ...m }, confidence });
  const events = [modal(a, {}, 0.9), modal(b, { polarity: 'negated' }, 0.2), modal(c, { hypothetical: true }, 0.5), modal(d, { polarity: 'denied' }, 0.7)];
  await store.saveAnalysis(article, { ...analysis, events }, admin);
  const f = { article: article.id };
  assert.deepEqual(await store.countEvents(f), { total: 4, counted: 1 });
  assert.deepEqual(await store.countEvents({ ...f, polarity: ['negated', 'denied'] }), { total: 2, counted: 2 });
  // a filter that asks for them counts them
  assert.deepEqual(await store.countEvents({ ...f, hypothetical: 'true' }), { total: 1, counted: 1 });
  const listed = (await store.listEvents({ ...f, polarity: ['negated'] }, { limit: 10 })).items;
  assert.deepEqual(listed.map((e) => [e.polarity, e.hypothetical]), [['negated', false]]);
  const sum = (rows: { count: number }[]) => rows.reduce((n, r) => n + r.count, 0);
  assert.equal(sum(await store.aggregate('month-type', f)), 1);

  // an analyst says the negated event did happen after all: it is counted from then on
  await store.review(listed[0]!.key, { action: 'correct', correction: { polarity: 'asserted', certainty: 'probable' } }, admin);
  assert.deepEqual(await store.countEvents(f), { total: 4, counted: 2 });
  const corrected = await store.getEvent(listed[0]!.key);
  assert.deepEqual([corrected!.polarity, corrected!.certainty], ['asserted', 'probable']);
  assert.equal((await store.countEvents({ ...f, certainty: ['probable'] })).total, 1);
});

forEachStore('events page by confidence, lowest first, without skipping or repeating one', async (open) => {
  const store = await open();
  const { article, analysis } = syntheticArticle({ seed: 22, events: 7 });
  const events = analysis.events.map((e, i) => ({ ...e, confidence: [0.5, 0.1, 0.9, 0.1, 0.3, 0.7, 0.5][i]! }));
  await store.saveAnalysis(article, { ...analysis, events }, admin);
  const seen: number[] = [];
  let cursor: string | null = null;
  do {
    const page = await store.listEvents({ article: article.id, minConfidence: 0.1 }, { limit: 3, cursor, sort: 'confidence' });
    seen.push(...page.items.map((e) => e.confidence));
    cursor = page.nextCursor;
  } while (cursor);
  assert.deepEqual(seen, [0.1, 0.1, 0.3, 0.5, 0.5, 0.7, 0.9]);
  assert.equal((await store.countEvents({ article: article.id, minConfidence: 0.5, maxConfidence: 0.7 })).total, 3);
});

forEachStore('aggregates by week, month, actor and place carry names and coordinates and add up to the counted events', async (open) => {
  const store = await open();
  const { article, analysis } = syntheticArticle({ seed: 23, events: 6, publishedAt: '2024-06-28' });
  await store.saveAnalysis(article, analysis, admin);
  const f = { article: article.id };
  const { counted } = await store.countEvents(f);
  const sum = (rows: { count: number }[]) => rows.reduce((n, r) => n + r.count, 0);
  const weeks = await store.aggregate('week-type', f);
  assert.ok(weeks.every((r) => new Date(`${r.key[0]}T00:00:00Z`).getUTCDay() === 1), 'weeks start on Mondays');
  assert.equal(sum(weeks), counted);
  const months = await store.aggregate('month-type', f);
  assert.ok(months.every((r) => r.key[0]!.endsWith('-01')));
  assert.equal(sum(months), counted);
  const places = await store.aggregate('place', f);
  assert.equal(sum(places), counted);
  const kyiv = places.find((r) => r.key[0] === 'geonames:703448')!;
  assert.deepEqual([kyiv.key[1], kyiv.labels![0], Number(kyiv.labels![1]), Number(kyiv.labels![2])], ['UKR', 'Kyiv', 50.45, 30.52]);
  const actors = await store.aggregate('actor', f);
  assert.ok(actors.every((r) => r.labels?.[0] && !r.labels[0].includes(':')), 'actors by name');
  const pairs = await store.aggregate('actor-pair-type', f);
  assert.equal(pairs[0]!.key.length, 3);
  assert.equal(pairs[0]!.labels!.length, 4);
});

forEachStore('an article without a known date is listed after the dated ones, with no date, and a date range leaves it out', async (open) => {
  const store = await open();
  const dated = syntheticArticle({ seed: 24, events: 1, publishedAt: '2020-01-01' });
  const undated = syntheticArticle({ seed: 25, events: 1, publishedAt: '2026-12-07' });
  await store.saveAnalysis(dated.article, dated.analysis, admin);
  // the analysis assumed today: nothing says when it was published
  await store.saveAnalysis({ ...undated.article, publishedAt: null }, { ...undated.analysis, publishedAtSource: 'today' }, admin);
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await store.listArticles({}, { limit: 1, cursor });
    ids.push(...page.items.map((a) => a.id));
    cursor = page.nextCursor;
  } while (cursor);
  assert.deepEqual(ids, [dated.article.id, undated.article.id]);
  assert.equal((await store.getArticle(undated.article.id))!.article.publishedAt, null);
  assert.equal((await store.listArticles({}, { limit: 5 })).items.find((a) => a.id === undated.article.id)!.publishedAt, null);
  assert.equal((await store.listEvents({ article: undated.article.id }, { limit: 5 })).items[0]!.publishedAt, null);
  assert.equal(await store.countArticles({ from: '2000-01-01' }), 1);
  assert.equal(await store.countArticles({}), 2);
});
