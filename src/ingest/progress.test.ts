import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Progress } from './progress.ts';
import type { IngestSummary } from './ingest.ts';

const summary: IngestSummary = { inputs: 2, stored: 1, duplicates: 0, verbatimCopies: 0, nearDuplicates: 0, linkedToOriginal: 0, failed: 1, limited: { 'no language pack for zh: entities and times only': 1 } };
const article = { id: 'art_1', origin: { kind: 'file', location: 'a.txt', feed: null } } as never;

function capture(isTTY: boolean) {
  let out = '';
  const p = new Progress({ write: (s) => void (out += s), isTTY, columns: 200 }, 2, () => summary, false);
  p.event({ kind: 'input', input: 'a.txt' });
  p.event({ kind: 'stored', article, nearDuplicateOf: null, originalId: null, limits: 'no language pack for zh: entities and times only' });
  p.event({ kind: 'input', input: 'b.html' });
  p.event({ kind: 'failed', input: 'b.html', problem: 'looks binary' });
  p.finish(false);
  return out;
}

test('without a terminal: one plain line per article and failure, then the summary', () => {
  assert.equal(
    capture(false).replace(/[\d.]+ articles\/s/, 'N articles/s'),
    'stored     art_1 a.txt (no language pack for zh: entities and times only)\nfailed     b.html: looks binary\n' +
      '2 inputs: stored 1, duplicates 0 (verbatim copies from other sources 0), near-duplicates 0, failed 1, N articles/s, linked to an original 0; 1 article: no language pack for zh: entities and times only\n',
  );
});

test('on a terminal: a bar with counts redrawn in place; failures still get their own line', () => {
  const out = capture(true);
  assert.match(out, /\r\x1b\[K\[##########\.{10}\] 1\/2 inputs {2}stored 1/);
  assert.match(out, /failed {5}b\.html: looks binary\n/);
  assert.ok(!out.includes('stored     art_1'));
  assert.ok(out.endsWith('linked to an original 0; 1 article: no language pack for zh: entities and times only\n'));
});
