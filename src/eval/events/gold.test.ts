import { test } from 'node:test';
import assert from 'node:assert/strict';
import { currentPloverType, parsePetrarch, parsePlover } from './gold.ts';

test('PLOVER 0.5b1 labels map to the current manual', () => {
  assert.deepEqual(['DEMAND', 'DISAPPROVE', 'INVESTIGATE', 'FIGHT', 'AGREE', 'NOPE'].map(currentPloverType), [
    'REQUEST',
    'ACCUSE',
    'ACCUSE',
    'ASSAULT',
    'AGREE',
    null,
  ]);
});

test('PLOVER records: actors with sectors; a word in place of a target means no recipient', () => {
  const set = parsePlover(
    [{ id: 'p1', date: '2000-01-01', text: 't', event: 'DEMAND', source: [{ code: 'USA', sector: 'gov' }], target: 'diplomatic' }],
    'test',
  );
  assert.deepEqual(set.sentences[0]!.events, [{ type: 'REQUEST', cameo: null, actors: [{ country: 'USA', sector: 'GOV' }], recipients: [] }]);
});

test('PETRARCH records: codes split into country and sector, no-event and error records told apart', () => {
  const set = parsePetrarch(
    [
      { id: 'a', date: '19950103', text: 't', codings: [{ sourcecode: 'DAGGOV', targetcode: 'GON', eventcode: '032' }] },
      { id: 'b', date: '19950103', text: 't', codings: [{ noevents: 'True' }] },
      { id: 'c', date: '19950103', text: 't', codings: [{ error: 'dateline' }] },
    ],
    'test',
    (code) => (code.startsWith('03') ? 'CONSULT' : null),
  );
  assert.equal(set.sentences.length, 2);
  assert.deepEqual(set.sentences[0], {
    id: 'a',
    text: 't',
    date: '1995-01-03',
    noEvent: false,
    events: [{ type: 'CONSULT', cameo: '032', actors: [{ country: 'DAG', sector: 'GOV' }], recipients: [{ country: 'GON', sector: null }] }],
  });
  assert.equal(set.sentences[1]!.noEvent, true);
  assert.equal(set.skipped.length, 1);
});
