// sumber ingest refreshes stories; sumber stories reads them. The real Indonesian sample is ingested twice and
// the English text of the same facts (written for the tests) once, from the bundled samples.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MergedEvent, SourceDisagreement, Story } from '../../schema/story.ts';

const bin = fileURLToPath(new URL('../../../bin/sumber.mjs', import.meta.url));
const sample = (name: string) => fileURLToPath(new URL(`../../../samples/${name}`, import.meta.url));
let dir: string;
const sumber = (...args: string[]) => spawnSync(process.execPath, [bin, ...args, '--db', join(dir, 's.db')], { encoding: 'utf8' });
const lines = <T>(out: string): T[] => out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

let ingest: ReturnType<typeof sumber>;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'sumber-cli-stories-'));
  ingest = sumber('ingest', sample('north-korea-troops-id.txt'), sample('north-korea-troops-id.txt'), sample('north-korea-troops-en.txt'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('ingesting the sample twice and its English report: one story of two articles in two languages', () => {
  assert.equal(ingest.status, 0, ingest.stderr);
  assert.match(ingest.stderr, /sumber: stories (recomputed|updated [^:]*): 1 stories, \d+ merged events from \d+ mentions in 2 articles/);
  const stories = lines<Story>(sumber('stories', 'list', '--json').stdout);
  assert.equal(stories.length, 1);
  assert.deepEqual(stories[0]!.languages, ['en', 'id']);
  assert.equal(stories[0]!.articleIds.length, 2);
});

test('merged events count their mentions, and the denial inside the sample is kept as its own contradiction', () => {
  const events = lines<MergedEvent>(sumber('stories', 'events', '--type', 'AID', '--json').stdout);
  const sending = events.sort((a, b) => b.counts.mentions - a.counts.mentions)[0]!;
  assert.equal(sending.counts.articles, 2);
  assert.ok(sending.counts.mentions > 2);
  assert.match(sending.status, /denied by/);
  const found = lines<SourceDisagreement>(sumber('stories', 'disagreements', '--event', sending.id, '--json').stdout);
  assert.ok(found.some((d) => d.kind === 'polarity' && d.scope === 'within-article'));
});

test('by default the story commands print titles, files, outlets and the sentences behind each statement', () => {
  const list = sumber('stories', 'list');
  assert.equal(list.status, 0, list.stderr);
  assert.match(list.stdout, /^“Pyongyang .*” \d{4}-\d\d-\d\d.* · en, id · 2 articles · \d+ merged events · sty_/m);
  assert.match(list.stdout, /north-korea-troops-en\.txt/);
  assert.match(list.stdout, /^  why: “.*” and “.*” report \d+ same events? \(/m);
  const events = sumber('stories', 'events', '--type', 'AID');
  assert.equal(events.status, 0, events.stderr);
  assert.match(events.stdout, /^PRK.* → AID\/\w+ → .*RUS/m);
  assert.match(events.stdout, /^  reported by \d+ \(.*\); denied by \d+ \(/m);
  assert.match(events.stdout, /^    \d{4}-\d\d-\d\d denied: “[^”]+” — “[^”]+” \S+north-korea-troops-(id|en)\.txt$/m);
  const disagreements = sumber('stories', 'disagreements');
  assert.equal(disagreements.status, 0, disagreements.stderr);
  assert.match(disagreements.stdout, /^polarity within one article on PRK.* → AID/m);
  assert.doesNotMatch(disagreements.stdout, /^\{/m);
});

test('a split from the command line holds until it is withdrawn; bad filters are named', () => {
  const [event] = lines<MergedEvent>(sumber('stories', 'events', '--type', 'AID', '--json').stdout).sort((a, b) => b.counts.mentions - a.counts.mentions);
  const key = event!.mentions.at(-1)!.key;
  const split = sumber('stories', 'split', event!.id, key, '--note', 'test');
  assert.equal(split.status, 0, split.stderr);
  assert.deepEqual(JSON.parse(split.stdout).mentions.map((m: { key: string }) => m.key), [key]);
  assert.equal(sumber('stories', 'unsplit', key).status, 0);
  const again = sumber('stories', 'unsplit', key);
  assert.equal(again.status, 2);
  assert.match(again.stderr, /was not split off/);
  const bad = sumber('stories', 'events', '--type', 'RIOT');
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /^sumber: --type: /);
});
