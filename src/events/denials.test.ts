// Denials on sentences of the kinds real reporting carries: a spokesman denying "the claim", "those reports",
// "that …", and calling a report fake news in a quote.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { packs } from '../lang/index.ts';
import type { Quote } from '../schema/analysis.ts';
import { extractEvents } from './index.ts';
import { handMadeInputs, type EntitySpec } from './test-fixtures.ts';

const id = packs.get('id')!;
const en = packs.get('en')!;

const ENTITIES: EntitySpec[] = [
  { text: 'Iran', id: 'country:IRN', type: 'country', code: 'IRN' },
  { text: 'Teheran', id: 'actor:IRNGOV', type: 'government', code: 'IRNGOV', country: 'IRN' },
  { text: 'Tehran', id: 'actor:IRNGOV', type: 'government', code: 'IRNGOV', country: 'IRN' },
  { text: 'Yaman', id: 'country:YEM', type: 'country', code: 'YEM' },
  { text: 'Yemen', id: 'country:YEM', type: 'country', code: 'YEM' },
  { text: 'Nasser Kanaani', id: 'person:nasser-kanaani', type: 'person', code: 'IRNGOV', country: 'IRN' },
  { text: 'Houthi', id: 'actor:YEMREB', type: 'group', code: 'YEMREB', country: 'YEM' },
];

function events(text: string, pack = id) {
  const { doc, inputs } = handMadeInputs(text, pack, { entities: ENTITIES });
  return extractEvents(doc, pack, inputs);
}

test('"membantah klaim tersebut" denies the claim of the sentence before, and the claimed act of the denier is denied', () => {
  const list = events('Media Barat melaporkan Iran memasok rudal ke Yaman. Nasser Kanaani pada Senin membantah klaim tersebut.');
  const denial = list.find((e) => e.denies);
  assert.ok(denial, list.map((e) => `${e.type} ${e.trigger.text}`).join('; '));
  assert.equal(denial.type, 'REJECT');
  assert.equal(denial.cameo.root, '12');
  assert.deepEqual(denial.actors.map((a) => a.actorCode), ['IRNGOV']);
  assert.equal(denial.denies!.evidence.text, 'klaim tersebut');
  const claimed = list.find((e) => e.id === denial.denies!.eventId);
  assert.equal(claimed?.trigger.text, 'memasok');
  assert.equal(denial.denies!.signature, 'AID|country:IRN|country:YEM');
  assert.equal(claimed!.modality.polarity, 'denied');
});

test('"denied that …" denies the act in its clause', () => {
  const list = events('Tehran denied that Iran supplied drones to the Houthi.', en);
  const denial = list.find((e) => e.denies)!;
  assert.deepEqual(denial.actors.map((a) => a.actorCode), ['IRNGOV']);
  const claimed = list.find((e) => e.id === denial.denies!.eventId)!;
  assert.equal(claimed.trigger.text, 'supplied');
  assert.equal(claimed.modality.polarity, 'denied');
});

test('2: the denier is the subject of the denial verb, not a party named in a relative clause on it', () => {
  const list = events('Tehran, which Yemen has accused of arming rebels, denied that Iran supplied drones to Yemen.', en);
  const denial = list.find((e) => e.denies)!;
  assert.deepEqual(denial.actors.map((a) => a.actorCode), ['IRNGOV']);
  const claimed = list.find((e) => e.id === denial.denies!.eventId)!;
  assert.equal(claimed.trigger.text, 'supplied');
  assert.equal(claimed.modality.polarity, 'denied');
  // What the relative clause says is no part of the denial.
  assert.equal(list.find((e) => e.trigger.text === 'accused')!.modality.polarity, 'asserted');
});

test('a claim denied by someone who takes no part in it stays asserted, linked all the same', () => {
  const list = events('Iran sent weapons to Yemen. The Houthi dismissed those reports.', en);
  const denial = list.find((e) => e.denies)!;
  assert.equal(denial.denies!.evidence.text, 'those reports');
  const claimed = list.find((e) => e.id === denial.denies!.eventId)!;
  assert.equal(claimed.trigger.text, 'sent');
  // The Houthi are not the sender; the recipient may be unnamed here, so only the sender decides.
  if (!claimed.recipients.some((r) => r.actorCode?.startsWith('YEM'))) assert.equal(claimed.modality.polarity, 'asserted');
});

test("\"… are nothing but fake news, X told reporters\": a denial by the quote's speaker", () => {
  const text = 'Iran sent weapons to Yemen. Reports of weapons deliveries are nothing but fake news, Nasser Kanaani told reporters.';
  const { doc, inputs } = handMadeInputs(text, en, { entities: ENTITIES });
  const speaker = inputs.mentions.find((m) => m.text === 'Nasser Kanaani')!;
  const start = text.indexOf('Reports');
  const end = text.indexOf(', Nasser');
  const article = { kind: 'article' as const, name: 'a', entityId: null, mentionId: null, cue: null };
  const quote: Quote = {
    id: 'q1', direct: false, speaker: { entityId: speaker.entityId, mentionId: speaker.id, text: speaker.text }, cue: null,
    content: { sentence: 1, start, end, text: text.slice(start, end) }, sentences: [1],
    attribution: { chain: [article, { kind: 'person', name: speaker.text, entityId: speaker.entityId, mentionId: speaker.id, cue: null }], quoteId: 'q1' },
  };
  const list = extractEvents(doc, en, { ...inputs, quotes: [quote] });
  const denial = list.find((e) => e.denies);
  assert.ok(denial, list.map((e) => `${e.type} ${e.trigger.text}`).join('; '));
  assert.deepEqual(denial.actors.map((a) => a.entityId), ['person:nasser-kanaani']);
  assert.equal(list.find((e) => e.id === denial.denies!.eventId)?.trigger.text, 'sent');
});

test('a denial word with nothing denied after it makes no denial (counter-example)', () => {
  assert.equal(events('Iran denied entry to Yemen.', en).filter((e) => e.denies).length, 0);
});

test('whose claim is denied is the recipient of the denial: "membantah klaim Yaman bahwa …"', () => {
  const list = events('Teheran membantah klaim Yaman bahwa Iran memasok rudal ke Houthi.');
  const denial = list.find((e) => e.denies)!;
  assert.deepEqual(denial.actors.map((a) => a.actorCode), ['IRNGOV']);
  assert.deepEqual(denial.recipients.map((a) => a.actorCode), ['YEM']);
  assert.equal(list.find((e) => e.id === denial.denies!.eventId)?.modality.polarity, 'denied');
});
