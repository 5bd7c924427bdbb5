import { test } from 'node:test';
import assert from 'node:assert/strict';
import { packs } from '../lang/index.ts';
import { extractEvents } from './index.ts';
import { handMadeInputs, type EntitySpec } from './test-fixtures.ts';

const ENTITIES: EntitySpec[] = [
  { text: 'Hungarian', id: 'country:HUN', type: 'country', code: 'HUN' },
  { text: 'Romanian', id: 'country:ROU', type: 'country', code: 'ROU' },
  { text: 'French', id: 'country:FRA', type: 'country', code: 'FRA' },
  { text: 'France', id: 'country:FRA', type: 'country', code: 'FRA' },
  { text: 'Chad', id: 'country:TCD', type: 'country', code: 'TCD' },
  { text: 'Mali', id: 'country:MLI', type: 'country', code: 'MLI' },
  { text: 'Chad Prime Minister Kowa', id: 'person:kowa', type: 'person', code: 'TCD' },
];

function events(text: string, lang = 'en') {
  const pack = packs.get(lang)!;
  const { doc, inputs } = handMadeInputs(text, pack, { entities: ENTITIES });
  return extractEvents(doc, pack, inputs);
}

const codes = (ps: { actorCode: string | null }[]) => ps.map((p) => p.actorCode);

test('co-ordinated demonyms share the sector of the agent noun after them', () => {
  const [e] = events('Hungarian and Romanian officials met on Monday.');
  assert.deepEqual(codes(e!.actors), ['HUNGOV', 'ROUGOV']);
});

test('an agent noun after a demonym and one modifier gives the sector', () => {
  const [e] = events('French paper workers blocked a bridge.');
  assert.deepEqual(codes(e!.actors), ['FRALAB']);
});

test('an agent noun joined to the country by a link word gives the sector', () => {
  assert.deepEqual(codes(events('Rebels in Chad attacked a convoy.')[0]!.actors), ['TCDREB']);
  assert.deepEqual(codes(events('Pemberontak di Chad menyerang konvoi.', 'id')[0]!.actors), ['TCDREB']);
});

test('an agent noun after a verb is its object, not the sector of the subject', () => {
  const [e] = events('France sent troops to Chad.');
  assert.deepEqual(codes(e!.actors), ['FRA']);
});

test('lawmakers before co-ordinated countries are of each of them', () => {
  const [e] = events('Lawmakers in Chad and Mali condemned the attack.');
  assert.deepEqual(codes(e!.actors), ['TCDLEG', 'MLILEG']);
});

test('an agent noun inside a mention coded by country only gives its sector', () => {
  const [e] = events('Chad Prime Minister Kowa condemned the attack.');
  assert.deepEqual(codes(e!.actors), ['TCDGOV']);
});

test('an agent noun with an owner before it is not of the place after it', () => {
  const all = events('Chad condemned French rebels in Mali.');
  assert.deepEqual(all.flatMap((x) => codes(x.recipients)), ['FRAREB']);
});
