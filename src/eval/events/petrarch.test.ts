import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dyads } from './petrarch.ts';
import { event } from './test-events.ts';

const pairs = (e: ReturnType<typeof event>) => dyads(e).map((d) => `${d.actors.map((a) => a.actorCode).join()}→${d.recipients.map((r) => r.actorCode).join()}`);

test('co-ordinated actors and recipients become one event per source–target pair, as PETRARCH codes them', () => {
  assert.deepEqual(pairs(event('CONSULT', '041', ['FOR', 'GON'], ['ERI', 'OSG'])), ['FOR→ERI', 'FOR→OSG', 'GON→ERI', 'GON→OSG']);
});

test('a participant on both sides is never its own target', () => {
  assert.deepEqual(pairs(event('COOPERATE', '064', ['GON', 'OSG'], ['GON', 'OSG'])), ['GON→OSG', 'OSG→GON']);
});

test('an event without a recipient keeps each actor alone', () => {
  assert.deepEqual(pairs(event('PROTEST', '141', ['ARN', 'GON'], [])), ['ARN→', 'GON→']);
  assert.deepEqual(pairs(event('PROTEST', '141', [], [])), ['→']);
});
