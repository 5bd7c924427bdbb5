// Who acts on whom, on sentences of the kinds that went wrong in real reporting: victims taken for attackers,
// unit names and arrivals taken for acts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { packs } from '../lang/index.ts';
import { extractEvents } from './index.ts';
import { handMadeInputs, type EntitySpec } from './test-fixtures.ts';

const id = packs.get('id')!;
const en = packs.get('en')!;

const ENTITIES: EntitySpec[] = [
  { text: 'Israel', id: 'country:ISR', type: 'country', code: 'ISR' },
  { text: 'Israeli', id: 'country:ISR', type: 'country', code: 'ISR' },
  { text: 'Suriah', id: 'country:SYR', type: 'country', code: 'SYR' },
  { text: 'Syrian', id: 'country:SYR', type: 'country', code: 'SYR' },
  { text: 'Iran', id: 'country:IRN', type: 'country', code: 'IRN' },
  { text: 'Iranian', id: 'country:IRN', type: 'country', code: 'IRN' },
  { text: 'Azerbaijan', id: 'country:AZE', type: 'country', code: 'AZE' },
  { text: 'Armenia', id: 'country:ARM', type: 'country', code: 'ARM' },
  { text: 'Armenian', id: 'country:ARM', type: 'country', code: 'ARM' },
  { text: 'Armenia\'s', id: 'country:ARM', type: 'country', code: 'ARM' },
  { text: 'Aleppo', id: 'geonames:170063', type: 'place', country: 'SYR' },
  { text: 'Stepanakert', id: 'geonames:174875', type: 'place', country: 'AZE' },
];

function events(text: string, pack = id) {
  const { doc, inputs } = handMadeInputs(text, pack, { entities: ENTITIES });
  return extractEvents(doc, pack, inputs);
}

const codes = (ps: { actorCode: string | null }[]) => ps.map((p) => p.actorCode);
const countries = (ps: { actorCode: string | null }[]) => ps.map((p) => p.actorCode?.slice(0, 3));

test('victims killed in an attack named by its attacker are acted on, not acting (id: the modifier follows the noun)', () => {
  const list = events('Sepuluh tentara Suriah tewas dalam serangan drone Israel di Aleppo.');
  assert.equal(list.length, 1);
  const [e] = list;
  assert.equal(e!.type, 'ASSAULT');
  assert.deepEqual(countries(e!.actors), ['ISR']);
  assert.deepEqual(countries(e!.recipients), ['SYR']);
});

test('victims killed in an attack named by its attacker are acted on (en: the adjective precedes the noun)', () => {
  const [e] = events('Ten Syrian soldiers were killed in an Israeli drone strike near Aleppo.', en);
  assert.equal(e!.type, 'ASSAULT');
  assert.deepEqual(countries(e!.actors), ['ISR']);
  assert.deepEqual(countries(e!.recipients), ['SYR']);
});

test('a possessor is the attacker too, and a preposition ends the modifier', () => {
  const [e] = events("Armenia's attack on Stepanakert drew protests.", en);
  assert.deepEqual(codes(e!.actors), ['ARM']);
  const [f] = events('Iran condemned the attack on Armenian positions.', en);
  assert.ok(!codes(f!.actors).includes('ARM'), 'the Armenians attacked are not the attackers');
});

test('an event noun naming a unit is no act: "brigade serangan udara", "assault brigade"', () => {
  assert.deepEqual(events('Azerbaijan memindahkan brigade serangan udara ke Stepanakert.').filter((e) => e.type === 'ASSAULT'), []);
  assert.deepEqual(events('Azerbaijan moved its air assault brigade to Stepanakert.', en).filter((e) => e.type === 'ASSAULT'), []);
  // Counter-example: the same noun as an act.
  assert.equal(events('Azerbaijan melancarkan serangan udara ke Armenia.')[0]?.type, 'ASSAULT');
});

test('troops arriving in a town give no aid; arriving to help someone do', () => {
  const spec = [...ENTITIES, { text: 'Iranian troops', id: 'actor:IRNMIL', type: 'military' as const, code: 'IRNMIL' }, { text: 'pasukan Iran', id: 'actor:IRNMIL', type: 'military' as const, code: 'IRNMIL' }];
  const run = (text: string, pack = en) => {
    const { doc, inputs } = handMadeInputs(text, pack, { entities: spec });
    return extractEvents(doc, pack, inputs);
  };
  assert.deepEqual(run('Iranian troops arrived in Aleppo.').filter((e) => e.type === 'AID'), []);
  assert.deepEqual(run('Pasukan Iran tiba di Aleppo.', id).filter((e) => e.type === 'AID'), []);
  const [help] = run('Iranian troops arrived in Aleppo to help Syrian forces.').filter((e) => e.type === 'AID');
  assert.deepEqual(countries(help!.recipients), ['SYR']);
});
