import { test } from 'node:test';
import assert from 'node:assert/strict';
import { packs } from '../lang/index.ts';
import { extractEvents } from './index.ts';
import { handMadeInputs, type EntitySpec } from './test-fixtures.ts';

const id = packs.get('id')!;
const en = packs.get('en')!;

const ENTITIES: EntitySpec[] = [
  { text: 'Korea Utara', id: 'country:PRK', type: 'country', code: 'PRK' },
  { text: 'North Korea', id: 'country:PRK', type: 'country', code: 'PRK' },
  { text: 'Rusia', id: 'country:RUS', type: 'country', code: 'RUS' },
  { text: 'Russia', id: 'country:RUS', type: 'country', code: 'RUS' },
  { text: 'Ukraina', id: 'country:UKR', type: 'country', code: 'UKR', geo: { lat: 49, lon: 32 } },
  { text: 'Ukraine', id: 'country:UKR', type: 'country', code: 'UKR', geo: { lat: 49, lon: 32 } },
  { text: 'Donetsk', id: 'geonames:709717', type: 'place', geo: { lat: 48.0, lon: 37.8 }, country: 'UKR' },
  { text: 'Putin', id: 'person:vladimir-putin', type: 'person', code: 'RUSGOV' },
  { text: 'Kim Jong-un', id: 'person:kim-jong-un', type: 'person', code: 'PRKGOV' },
  { text: 'Korps Teknik', id: 'actor:PRKMIL', type: 'military', code: 'PRKMIL' },
];

function events(text: string, pack = id) {
  const { doc, inputs } = handMadeInputs(text, pack, { entities: ENTITIES });
  return extractEvents(doc, pack, inputs);
}

const codes = (ps: { actorCode: string | null }[]) => ps.map((p) => p.actorCode);

test('"mengirim pasukan ke X untuk membantu Y": actor before, location after "ke", recipient after "membantu"', () => {
  const [e, ...rest] = events('Korea Utara mengirim pasukan ke Donetsk untuk membantu Rusia.');
  assert.equal(rest.length, 0, 'membantu is the frame word, not an event of its own');
  assert.equal(e!.type, 'AID');
  assert.equal(e!.mode, 'military');
  assert.equal(e!.cameo.code, '072');
  assert.deepEqual(codes(e!.actors), ['PRK']);
  assert.deepEqual(codes(e!.recipients), ['RUS']);
  assert.equal(e!.location?.name, 'Donetsk');
  assert.equal(e!.location?.lat, 48.0);
  assert.equal(e!.trigger.text, 'mengirim');
});

test('a passive takes its agent after the verb and its subject as recipient', () => {
  const [e] = events('Ukraina diserang Rusia.');
  assert.equal(e!.type, 'ASSAULT');
  assert.deepEqual(codes(e!.actors), ['RUS']);
  assert.deepEqual(codes(e!.recipients), ['UKR']);
});

test('co-ordinated actors of a signing act on each other', () => {
  const [e] = events('Putin dan Kim Jong-un menandatangani perjanjian kemitraan strategis.');
  assert.equal(e!.type, 'SUPPORT');
  assert.equal(e!.cameo.code, '057');
  assert.equal(e!.cameo.root, '05');
  assert.equal(e!.quadClass, 1);
  assert.equal(e!.goldstein, 8);
  assert.deepEqual(codes(e!.actors), ['RUSGOV', 'PRKGOV']);
  assert.deepEqual(codes(e!.recipients), ['RUSGOV', 'PRKGOV']);
});

test('a sense with a sector needs an actor of that sector: troops arriving to help are a deployment', () => {
  const [troops] = events('Korps Teknik akan tiba di Donetsk untuk membantu Rusia.');
  assert.equal(troops!.type, 'AID');
  const [visit] = events('Putin akan tiba di Donetsk.');
  assert.equal(visit!.type, 'CONSULT');
});

test('an object word picks the sense: weapons are military aid, with the recipient after "ke"', () => {
  const [e] = events('Korea Utara memasok senjata ke Rusia.');
  assert.equal(e!.cameo.code, '072');
  assert.deepEqual(codes(e!.recipients), ['RUS']);
});

test('an event without a named recipient takes the recipient of the last one of its type and actor', () => {
  const evs = events('Korea Utara mengirim pasukan untuk membantu Rusia. Korea Utara akan mengirim pasukan lagi.');
  assert.equal(evs.length, 2);
  assert.deepEqual(codes(evs[1]!.recipients), ['RUS']);
  assert.ok(evs[1]!.confidence < evs[0]!.confidence);
});

test('English frames: subject, object after "with", location after "in"', () => {
  const [sign] = events('Russia signed a defence treaty with North Korea.', en);
  assert.equal(sign!.type, 'SUPPORT');
  assert.deepEqual(codes(sign!.actors), ['RUS']);
  assert.deepEqual(codes(sign!.recipients), ['PRK']);
  const [arrive] = events('The Korps Teknik troops are expected to arrive in Donetsk to help Russia.', en);
  assert.equal(arrive!.location?.name, 'Donetsk');
});

test('nouns after a determiner are not verb triggers; words inside names never are', () => {
  assert.equal(events('Russia is worried about the conflict in Ukraine.', en).length, 0);
});

test('a sentence without an event verb gives no event', () => {
  assert.equal(events('Korea Utara adalah negara di Asia.').length, 0);
});

test('a paired code also gives the reverse event: a visit made and a visit hosted', () => {
  const pack = { ...en, events: { ...en.events, verbs: en.events.verbs.map((v) => (v.lemmas.some((l) => l[0] === 'visit') ? { ...v, reverseCameo: '043' } : v)) } };
  const evs = events('Putin visited North Korea.', pack);
  assert.deepEqual(evs.map((e) => [e.cameo.code, codes(e.actors), codes(e.recipients)]), [
    ['042', ['RUSGOV'], ['PRK']],
    ['043', ['PRK'], ['RUSGOV']],
  ]);
});

test('an event noun takes its actor from the genitive after it: "serangan Israel terhadap Palestina"', () => {
  const { doc, inputs } = handMadeInputs('Indonesia mengecam serangan Israel terhadap Palestina.', id, {
    entities: [
      { text: 'Indonesia', id: 'country:IDN', type: 'country', code: 'IDN' },
      { text: 'Israel', id: 'country:ISR', type: 'country', code: 'ISR' },
      { text: 'Palestina', id: 'country:PSE', type: 'country', code: 'PSE' },
    ],
  });
  const attack = extractEvents(doc, id, inputs).find((e) => e.type === 'ASSAULT')!;
  assert.deepEqual(codes(attack.actors), ['ISR']);
  assert.deepEqual(codes(attack.recipients), ['PSE']);
});

test('a place acted on stands as recipient and location when no actor is named', () => {
  const [e] = events('Rusia menyerang Donetsk.');
  assert.deepEqual(e!.recipients.map((r) => r.text), ['Donetsk']);
  assert.equal(e!.recipients[0]!.country, 'UKR');
  assert.equal(e!.location?.name, 'Donetsk');
});

test('a pronoun subject is the actor named before it in the sentence', () => {
  const [e] = events('Russia says it will sign a treaty with North Korea.', en);
  assert.deepEqual(codes(e!.actors), ['RUS']);
  assert.deepEqual(codes(e!.recipients), ['PRK']);
});

test('a demand acts on the subject of the clause it opens', () => {
  const [e] = events('Russia demanded that North Korea send troops.', en);
  assert.equal(e!.type, 'REQUEST');
  assert.deepEqual(codes(e!.actors), ['RUS']);
  assert.deepEqual(codes(e!.recipients), ['PRK']);
});

test('whoever reports an event from a clause set off by commas is not its subject', () => {
  const text = 'According to Russia, troops sent to Donetsk will stay.';
  const { doc, inputs } = handMadeInputs(text, en, { entities: ENTITIES });
  const russia = inputs.mentions.find((m) => m.text === 'Russia')!;
  const start = text.indexOf('troops');
  const content = { sentence: 0, start, end: text.length - 1, text: text.slice(start, text.length - 1) };
  inputs.quotes.push({
    id: 'q1', direct: false, speaker: { entityId: russia.entityId, mentionId: russia.id, text: 'Russia' }, cue: null, content,
    sentences: [0], attribution: { chain: [{ kind: 'article', name: 'x', entityId: null, mentionId: null, cue: null }], quoteId: 'q1' },
  });
  assert.equal(extractEvents(doc, en, inputs).length, 0);
});

test('an act done in a place with nobody else acted on is done to its holder; a meeting place is only a venue', () => {
  const [lifted] = events('Russia lifted the curfew in Ukraine.', en);
  assert.deepEqual(codes(lifted!.recipients), ['UKR']);
  const [met] = events('Putin met officials in Ukraine.', en);
  assert.deepEqual(met!.recipients.map((r) => r.country), []);
});

test('an apposition after the subject describes it: the subject is sought before it', () => {
  const [e] = events('Ukraine, a key Russia foe in the war, has condemned North Korea.', en);
  assert.deepEqual(codes(e!.actors), ['UKR']);
  assert.deepEqual(codes(e!.recipients), ['PRK']);
});

test('an event noun takes its agent after "by"; a subject before it undergoes it', () => {
  const [invasion] = events('The invasion of Ukraine by Russia began.', en);
  assert.deepEqual(codes(invasion!.actors), ['RUS']);
  assert.deepEqual(codes(invasion!.recipients), ['UKR']);
  const [attack] = events('Ukraine suffered an attack by Russia.', en);
  assert.deepEqual(codes(attack!.actors), ['RUS']);
  assert.deepEqual(codes(attack!.recipients), ['UKR']);
});

test('a receiving verb has the giver after "from" act on its subject; "face" codes nothing itself', () => {
  const [e] = events('Ukraine received weapons from Russia.', en);
  assert.equal(e!.type, 'AID');
  assert.deepEqual(codes(e!.actors), ['RUS']);
  assert.deepEqual(codes(e!.recipients), ['UKR']);
  assert.deepEqual(events('Ukraine faces Russia in the talks.', en).filter((x) => x.trigger.text === 'faces'), []);
});

test('a speaker is not the actor of a past verb in the clause it reports', () => {
  const all = events('Russia said Ukraine attacked its troops.', en);
  assert.deepEqual(all.map((e) => [e.trigger.text, codes(e.actors)]), [['attacked', ['UKR']]]);
});

test('an event noun governed by an event verb does not share its subject: its target is named, its attacker not', () => {
  const all = events('Ukraine condemned the attack on Russia.', en);
  assert.deepEqual(all.map((e) => e.trigger.text), ['condemned', 'attack']);
  const attack = all[1]!;
  assert.deepEqual(codes(attack.actors), []);
  assert.deepEqual(codes(attack.recipients), ['RUS']);
});

test('the object that chose a sense is part of that event, not an event of its own', () => {
  const all = events('Russia said it will support Ukraine.', en);
  assert.deepEqual(all.map((e) => [e.trigger.text, e.type]), [['said', 'AGREE']]);
});

test('an act asked for, refused or threatened is part of the governing event; an act agreed to is planned', () => {
  assert.deepEqual(events('Ukraine urged Russia to withdraw its troops.', en).map((e) => e.type), ['REQUEST']);
  assert.deepEqual(events('Russia refused to withdraw its troops.', en).map((e) => e.type), ['REJECT']);
  const [agreed, withdraw] = events('Russia agreed to withdraw its troops from Ukraine.', en);
  assert.equal(agreed!.type, 'AGREE');
  assert.equal(withdraw!.type, 'RETREAT');
  assert.equal(withdraw!.modality.stage, 'planned');
  assert.ok(withdraw!.modality.cues.some((c) => c.text === 'agreed'));
});

test('"called on X to" is a request to X; the particle of the verb is no locative', () => {
  const [e] = events('Ukraine called on Russia to withdraw its troops.', en);
  assert.equal(e!.type, 'REQUEST');
  assert.deepEqual(codes(e!.recipients), ['RUS']);
});

test('an active form right after a plural noun modifies it; after an auxiliary it is a verb', () => {
  assert.deepEqual(events('Russia sent aid to refugees fleeing Ukraine.', en).map((e) => e.trigger.text), ['sent']);
  assert.ok(events('The troops of Russia are attacking Ukraine.', en).some((e) => e.trigger.text === 'attacking'));
});

test('an active form opening a comma clause has the subject of the clause before', () => {
  const all = events('Russia shelled Donetsk in Ukraine on Sunday, killing 20 people.', en);
  assert.deepEqual(all.map((e) => [e.trigger.text, codes(e.actors)]), [['shelled', ['RUS']], ['killing', ['RUS']]]);
});

test('Indonesian complements after "untuk": a refusal holds its act, an agreement plans it', () => {
  assert.deepEqual(events('Rusia menolak untuk mengirim pasukan ke Ukraina.').map((e) => e.type), ['REJECT']);
  const [agreed, withdraw] = events('Rusia setuju untuk menarik pasukan dari Ukraina.');
  assert.equal(agreed!.type, 'AGREE');
  assert.equal(withdraw!.modality.stage, 'planned');
});

test('a negated agreement is a refusal', () => {
  const [e] = events('Russia will not accept the proposal of Ukraine.', en);
  assert.equal(e!.type, 'REJECT');
  assert.equal(e!.cameo.code, '120');
  assert.equal(e!.modality.polarity, 'asserted');
});

test('a reciprocal event coded by a paired code is one event, not itself and its identical reverse', () => {
  const found = events('Russia and North Korea discussed the treaty in Moscow.', en);
  const keys = found.map((e) => `${e.trigger.text}:${e.cameo.code}:${codes(e.actors)}>${codes(e.recipients)}`);
  assert.equal(new Set(keys).size, keys.length, keys.join(' | '));
  assert.ok(found.some((e) => e.trigger.text === 'discussed'));
});
