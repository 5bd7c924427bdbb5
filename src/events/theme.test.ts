import { test } from 'node:test';
import assert from 'node:assert/strict';
import { packs } from '../lang/index.ts';
import { extractEvents } from './index.ts';
import { handMadeInputs, type EntitySpec } from './test-fixtures.ts';

const id = packs.get('id')!;
const en = packs.get('en')!;

const ENTITIES: EntitySpec[] = [
  { text: 'Iran', id: 'country:IRN', type: 'country', code: 'IRN' },
  { text: 'Sudan', id: 'country:SDN', type: 'country', code: 'SDN' },
  { text: 'Yaman', id: 'country:YEM', type: 'country', code: 'YEM' },
  { text: 'Yemen', id: 'country:YEM', type: 'country', code: 'YEM' },
  { text: 'Mesir', id: 'country:EGY', type: 'country', code: 'EGY' },
  { text: 'Egypt', id: 'country:EGY', type: 'country', code: 'EGY' },
  { text: 'Israel', id: 'country:ISR', type: 'country', code: 'ISR' },
  { text: 'Batalion Zeni', id: 'actor:IRNMIL', type: 'military', code: 'IRNMIL' },
];

function events(text: string, pack = id) {
  const { doc, inputs } = handMadeInputs(text, pack, { entities: ENTITIES });
  return extractEvents(doc, pack, inputs);
}

test('what is sent is the object; what it is for, after "untuk", the purpose', () => {
  const [e, ...rest] = events('Iran mengirim Batalion Zeni ke Yaman untuk pembangunan jembatan.');
  assert.equal(rest.length, 0);
  assert.equal(e!.object?.text, 'Batalion Zeni');
  assert.equal(e!.purpose?.text, 'untuk pembangunan jembatan');
});

test('English: the object stops at the destination; "for …" is the purpose', () => {
  const [e] = events('Egypt will send 400 engineers to Yemen for road repairs.', en);
  assert.equal(e!.object?.text, '400 engineers');
  assert.equal(e!.purpose?.text, 'for road repairs');
});

test('"to" opens a purpose only before a verb: a destination is none', () => {
  const [e] = events('Egypt sent ammunition to occupied areas of Yemen.', en);
  assert.equal(e!.object?.text, 'ammunition');
  assert.equal(e!.purpose, null);
});

test('the verb of a purpose clause gives no recipient and no event of its own', () => {
  const list = events('Iran mengirim 3.000 tentara ke Sudan untuk mendukung perang melawan Mesir.');
  assert.equal(list.length, 1, list.map((e) => e.trigger.text).join(', '));
  const [e] = list;
  assert.ok(!e!.recipients.some((r) => r.actorCode === 'EGY'), 'the enemy of the war supported is not whom troops are sent to');
  assert.equal(e!.object?.text, '3.000 tentara');
  assert.equal(e!.purpose?.text, 'untuk mendukung perang melawan Mesir');
  const [f] = events('Iran sent 3,000 troops to Sudan to support the war against Egypt.', en);
  assert.ok(!f!.recipients.some((r) => r.actorCode === 'EGY'));
  assert.equal(f!.purpose?.text, 'to support the war against Egypt');
});

test('"for" a party names a beneficiary, not a purpose', () => {
  const [e] = events('Egypt sent medicine for Yemen.', en);
  assert.equal(e!.purpose, null);
});

test('what is signed is the object of a signing', () => {
  const [e] = events('Mesir dan Israel menandatangani perjanjian gencatan senjata.');
  assert.equal(e!.type, 'SUPPORT');
  assert.equal(e!.object?.text, 'perjanjian gencatan senjata');
});
