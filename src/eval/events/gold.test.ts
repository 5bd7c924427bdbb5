import { test } from 'node:test';
import assert from 'node:assert/strict';
import { currentPloverType, parsePetrarch, parsePlover, parseSumber } from './gold.ts';

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

const record = {
  id: 'en-01-1',
  doc: 'en-01',
  url: 'https://example.org/a',
  outlet: 'Example',
  date: '2024-10-10',
  language: 'en',
  text: 'The Kremlin denied that North Korean troops were sent.',
  events: [
    { type: 'REJECT', actors: ['RUSGOV'], recipients: [], trigger: 'denied', stage: 'completed', polarity: 'asserted' },
    { type: 'AID', actors: ['PRKMIL'], recipients: ['RUS'], trigger: 'sent', stage: 'completed', polarity: 'denied', theme: 'troops' },
  ],
};

test('Sumber records: language, document, modality and codes split into country and sector', () => {
  const [s] = parseSumber([record], 'test').sentences;
  assert.equal(s!.lang, 'en');
  assert.equal(s!.doc, 'en-01');
  assert.deepEqual(s!.events[1], {
    type: 'AID',
    cameo: null,
    actors: [{ country: 'PRK', sector: 'MIL' }],
    recipients: [{ country: 'RUS', sector: null }],
    stage: 'completed',
    polarity: 'denied',
    trigger: 'sent',
    theme: 'troops',
  });
  assert.equal(parseSumber([{ ...record, events: [] }], 'test').sentences[0]!.noEvent, true);
});

test('Sumber records: a bad record is one line naming the record and the problem', () => {
  assert.throws(() => parseSumber([{ ...record, language: undefined }], 'x.jsonl'), /x\.jsonl.*record 1.*language/);
  assert.throws(() => parseSumber([{ ...record, events: [{ ...record.events[0], trigger: 'rejected' }] }], 'x'), /trigger "rejected" is not in the text/);
  assert.throws(() => parseSumber([{ ...record, events: [{ ...record.events[0], actors: ['Russia'] }] }], 'x'), /actors/);
  assert.throws(() => parseSumber([record, record], 'x'), /repeats the id en-01-1/);
});
