// `sumber analyze` and `sumber schema` as a person runs them: the sample, and every kind of bad input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Analysis } from '../../schema/analysis.ts';

const BIN = new URL('../../../bin/sumber.mjs', import.meta.url).pathname;
const SAMPLE = new URL('../../../samples/north-korea-troops-id.txt', import.meta.url).pathname;

const run = (args: string[], input?: string | Buffer) => spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8' });

test('the sample as JSON is a valid analysis with its facts; pretty prints them for a person', () => {
  const json = run(['analyze', SAMPLE, '--date', '2024-06-28', '--format', 'json']);
  assert.equal(json.status, 0, json.stderr);
  const a = Analysis.parse(JSON.parse(json.stdout));
  assert.equal(a.lang.code, 'id');
  assert.equal(a.publishedAt, '2024-06-28');
  assert.deepEqual([...new Set(a.entities.filter((e) => e.type === 'country').map((e) => e.country))].sort(), ['KOR', 'PRK', 'RUS', 'UKR', 'USA']);
  assert.ok(a.events.some((e) => e.type === 'THREATEN' && e.actors.some((p) => p.country === 'USA')));
  for (const span of [...a.mentions, ...a.times, ...a.quantities, ...a.events.map((e) => e.trigger)]) {
    assert.equal(a.text.slice(span.start, span.end), span.text);
  }

  const pretty = run(['analyze', SAMPLE, '--date', '2024-06-28']);
  assert.equal(pretty.status, 0, pretty.stderr);
  assert.match(pretty.stdout, /^Events \(\d+\)$/m);
  assert.match(pretty.stdout, /USA → THREATEN \(CAMEO 13\d\) → PRK/);
  assert.match(pretty.stdout, /^Contradictions \([1-9]\d*\)$/m);
});

test('empty input is bad input (exit 2, one line); text without a sentence end gives an honest result', () => {
  for (const input of ['', ' \n\n ']) {
    const empty = run(['analyze', '-', '--format', 'json', '--date', '2024-06-28'], input);
    assert.deepEqual([empty.status, empty.stdout, empty.stderr], [2, '', 'sumber: standard input: is empty\n']);
  }

  const unended = run(['analyze', '-', '--format', 'json', '--lang', 'en'], 'Russia and Ukraine talk in Geneva');
  assert.equal(unended.status, 0, unended.stderr);
  assert.equal(Analysis.parse(JSON.parse(unended.stdout)).sentences.length, 1);
});

test('binary, mis-encoded, huge, missing and folder inputs each get one line naming the input and the problem', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'sumber-analyze-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const binary = join(dir, 'photo.txt');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
  const latin1 = join(dir, 'latin1.txt');
  writeFileSync(latin1, Buffer.from('Caf\xe9 in Jakarta.', 'latin1'));
  const huge = join(dir, 'huge.txt');
  const fd = openSync(huge, 'w');
  ftruncateSync(fd, 50 * 1024 * 1024);
  closeSync(fd);

  const cases: [string, RegExp][] = [
    [binary, /photo\.txt: looks binary \(NUL byte at offset 8\), not text/],
    [latin1, /latin1\.txt: is not valid UTF-8 \(at byte 3\)/],
    [huge, /huge\.txt: is 50\.0 MB; an article may be at most 5 MB of text/],
    [join(dir, 'absent.txt'), /absent\.txt: no such file or folder/],
    [dir, /: is a folder, not a file/],
  ];
  for (const [input, message] of cases) {
    const r = run(['analyze', input]);
    assert.equal(r.status, 2, input);
    assert.match(r.stderr, message);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  }
  const badDate = run(['analyze', '-', '--date', 'last tuesday'], 'Text.');
  assert.equal(badDate.status, 2);
  assert.match(badDate.stderr, /--date: publication date 'last tuesday' is not an ISO date/);
  const impossible = run(['analyze', '-', '--date', '2024-02-30'], 'Text.');
  assert.equal(impossible.status, 2);
  assert.equal(impossible.stderr, "sumber: --date: publication date '2024-02-30' is not an ISO date (YYYY-MM-DD) or date-time (YYYY-MM-DDThh:mm[:ss][Z|±hh:mm]) on a day the calendar has\n");
});

test('schema prints the JSON Schema of the result', () => {
  const r = run(['schema']);
  assert.equal(r.status, 0, r.stderr);
  const schema = JSON.parse(r.stdout);
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  for (const key of ['entities', 'mentions', 'times', 'quantities', 'events', 'quotes', 'claims', 'contradictions', 'provenance']) {
    assert.ok(schema.properties[key], key);
  }
});

test('a language without a pack says so in JSON and pretty output, and still names the countries in its own words', () => {
  // Written for the test: a short report in Japanese, which has no pack.
  const ja = '北朝鮮がロシアに軍隊を派遣\n\n韓国の国家情報院は18日、北朝鮮が約1万2千人の兵士をロシアに派遣することを決めたと発表した。ウクライナ側は、北朝鮮の兵士がまもなく前線に投入される可能性があると述べた。\n';
  const json = run(['analyze', '-', '--date', '2024-10-18', '--format', 'json'], ja);
  assert.equal(json.status, 0, json.stderr);
  const a = Analysis.parse(JSON.parse(json.stdout));
  assert.equal(a.limits, 'no language pack for ja: entities and times only');
  assert.deepEqual(a.events, []);
  assert.deepEqual(a.entities.map((e) => e.id).sort(), ['country:KOR', 'country:PRK', 'country:RUS', 'country:UKR']);
  const pretty = run(['analyze', '-', '--date', '2024-10-18'], ja);
  assert.match(pretty.stdout, /^not analysed in full: no language pack for ja: entities and times only$/m);
  const sample = Analysis.parse(JSON.parse(run(['analyze', SAMPLE, '--date', '2024-06-28', '--format', 'json']).stdout));
  assert.equal(sample.limits, null);
});
