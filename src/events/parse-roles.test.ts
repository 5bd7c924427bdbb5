// Roles, triggers and scope read from the dependency parse, one test per kind of error that word order made
// in real reporting: victims taken for attackers, reports whose subject is the verb's object, purposes taken
// for recipients, names taken for acts, maybes taken for facts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { packs } from '../lang/index.ts';
import { extractEvents } from './index.ts';
import { handMadeInputs, type EntitySpec } from './test-fixtures.ts';
import { segment } from '../text/segment.ts';
import { parseSentence } from '../syntax/index.ts';
import { dependencyTree, inheritedSubject } from './dependencies.ts';

const id = packs.get('id')!;
const en = packs.get('en')!;

const ENTITIES: EntitySpec[] = [
  { text: 'Armenia', id: 'country:ARM', type: 'country', code: 'ARM' },
  { text: 'Armenian', id: 'country:ARM', type: 'country', code: 'ARM' },
  { text: 'Azerbaijan', id: 'country:AZE', type: 'country', code: 'AZE' },
  { text: 'Azerbaijani', id: 'country:AZE', type: 'country', code: 'AZE' },
  { text: 'Iran', id: 'country:IRN', type: 'country', code: 'IRN' },
  { text: 'Pasukan Iran', id: 'actor:IRNMIL', type: 'military', code: 'IRNMIL' },
];

function events(text: string, pack = en) {
  const { doc, inputs } = handMadeInputs(text, pack, { entities: ENTITIES });
  return extractEvents(doc, pack, inputs);
}

const countries = (ps: { actorCode: string | null }[]) => ps.map((p) => p.actorCode?.slice(0, 3));
const one = (text: string, pack = en, trigger?: string) => {
  const list = events(text, pack).filter((e) => !trigger || e.trigger.text === trigger);
  assert.equal(list.length, 1, `one event in: ${text} (got ${list.map((e) => e.trigger.text).join(', ')})`);
  return list[0]!;
};

test('the packs parse: every shipped pack has a syntax model the event stage reads', () => {
  for (const code of ['en', 'id', 'es']) assert.ok(packs.get(code)!.syntax?.available, code);
});

test('1: victims of a passive harm verb are acted on; the attack noun\'s modifier attacks (en, id)', () => {
  const e = one('Armenian border guards were killed in an Azerbaijani drone attack.');
  assert.equal(e.type, 'ASSAULT');
  assert.deepEqual(countries(e.actors), ['AZE']);
  assert.deepEqual(countries(e.recipients), ['ARM']);
  const f = one('Tiga polisi Armenia tewas dalam serangan artileri Azerbaijan.', id);
  assert.deepEqual(countries(f.actors), ['AZE']);
  assert.deepEqual(countries(f.recipients), ['ARM']);
});

test('1: a passive names its agent after "by"/"oleh"; its subject is acted on', () => {
  const e = one('Armenian soldiers were killed by Azerbaijan on Sunday.');
  assert.deepEqual(countries(e.actors), ['AZE']);
  assert.deepEqual(countries(e.recipients), ['ARM']);
  const f = one('Armenia diserang oleh Azerbaijan pada hari Minggu.', id);
  assert.deepEqual(countries(f.actors), ['AZE']);
  assert.deepEqual(countries(f.recipients), ['ARM']);
});

test('a report parsed with its subject as the object of "menyebut" gives the reported act that subject', () => {
  const e = one('Media Iran menyebut Azerbaijan mengirim senjata ke Armenia.', id, 'mengirim');
  assert.deepEqual(countries(e.actors), ['AZE']);
  assert.deepEqual(countries(e.recipients), ['ARM']);
});

test('a relative clause takes the noun it modifies as its subject: troops that are sent belong to the sender', () => {
  const e = one('Pasukan Iran yang dikirim ke Armenia memperbaiki jembatan.', id, 'dikirim');
  assert.equal(e.type, 'AID');
  assert.deepEqual(countries(e.actors), ['IRN']);
});

test('a subject is shared by a conjoined verb, and an object-control complement takes the object', () => {
  const tree = (text: string) => {
    const seg = segment(text, en.text);
    return { forms: seg.tokens.map((t) => t.text), tree: dependencyTree(parseSentence(en, seg.tokens)!) };
  };
  const a = tree('Armenia condemned the attack and recalled its ambassador.');
  assert.equal(a.forms[inheritedSubject(a.tree, a.forms.indexOf('recalled'))!], 'Armenia');
  const b = tree('Iran urged Azerbaijan to withdraw its troops.');
  assert.equal(b.forms[inheritedSubject(b.tree, b.forms.indexOf('withdraw'))!], 'Azerbaijan');
});

test('4: a purpose clause does not supply the recipient of the main verb (en, id)', () => {
  const e = one('Iran supplied weapons to Armenia to support the war against Azerbaijan.');
  assert.deepEqual(countries(e.recipients), ['ARM']);
  assert.equal(e.purpose?.text, 'to support the war against Azerbaijan');
  const f = one('Iran mengirim 500 prajurit ke Armenia untuk membantu perang melawan Azerbaijan.', id);
  assert.ok(!countries(f.recipients).includes('AZE'), 'the enemy of the war helped is no recipient');
  assert.equal(f.object?.text, '500 prajurit');
});

test('5: a unit named by an event noun is no act; counter-example: the same noun as an act', () => {
  assert.deepEqual(events('Azerbaijan sent its assault brigade to Armenia.').filter((e) => e.type === 'ASSAULT'), []);
  assert.deepEqual(events('Azerbaijan deployed attack helicopters along the border.').filter((e) => e.type === 'ASSAULT'), []);
  assert.equal(one('Azerbaijan launched an assault on Armenia.').type, 'ASSAULT');
});

test('3: a condition makes its clause and the consequent hypothetical; a contrast clause stays a fact', () => {
  const [sends] = events('If Azerbaijan sends troops, Armenia could respond.');
  assert.equal(sends!.modality.conditional, true);
  assert.notEqual(sends!.modality.stage, 'completed');
  const list = events('Azerbaijan may have attacked Armenia, but Iran condemned Azerbaijan.');
  const attack = list.find((e) => e.type === 'ASSAULT')!;
  const condemn = list.find((e) => e.type === 'ACCUSE')!;
  assert.equal(attack.modality.certainty, 'possible');
  assert.equal(condemn.modality.certainty, 'certain');
  assert.equal(condemn.modality.stage, 'completed');
});

test('3: a negation reaches its verb, not a conjoined clause with a subject of its own', () => {
  const list = events('Azerbaijan did not attack Armenia, and Iran condemned Armenia.');
  assert.equal(list.find((e) => e.type === 'ASSAULT')!.modality.polarity, 'negated');
  assert.equal(list.find((e) => e.type === 'ACCUSE')!.modality.polarity, 'asserted');
});

test('6: what is supplied is the object, beside the recipient after "to"', () => {
  const e = one('Iran supplied drones to Armenia.');
  assert.equal(e.object?.text, 'drones');
  assert.deepEqual(countries(e.recipients), ['ARM']);
});
