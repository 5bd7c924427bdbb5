import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { normalizeText } from '../text/normalize.ts';
import { segment } from '../text/segment.ts';
import { entities as idEntities } from '../lang/id/entities.ts';
import { text as idText } from '../lang/id/text.ts';
import { entities as enEntities } from '../lang/en/entities.ts';
import { text as enText } from '../lang/en/text.ts';
import type { LanguagePack } from '../lang/types.ts';
import { Entity, Mention } from '../schema/analysis.ts';
import { extractEntities, nameMentions, type EntityResult } from './index.ts';

// Only the stages this one reads: the entity and text lexicons of each language.
type Pack = Pick<LanguagePack, 'entities' | 'text'>;
const id: Pack = { entities: idEntities, text: idText };
const en: Pack = { entities: enEntities, text: enText };

function run(text: string, pack: Pack, date = '2024-06-28'): EntityResult & { text: string } {
  const doc = segment(normalizeText(text), pack.text);
  return { ...extractEntities(doc, pack, { date }), text: doc.text };
}

const sample = (name: string, pack: Pack) => run(readFileSync(new URL(`../../samples/${name}`, import.meta.url), 'utf8'), pack);
const idSample = sample('north-korea-troops-id.txt', id);
const enSample = sample('north-korea-troops-en.txt', en);

const entity = (r: EntityResult, eid: string) => r.entities.find((e) => e.id === eid);
const mentionsOf = (r: EntityResult, text: string) => r.mentions.filter((m) => m.text === text);
const only = (r: EntityResult, text: string): Mention => {
  const ms = nameMentions(mentionsOf(r, text));
  assert.ok(ms.length >= 1, `no mention '${text}'`);
  return ms[0]!;
};

// ---------------------------------------------------------------- one recogniser at a time

test('countries: names, short forms and abbreviations link to ISO alpha-3', () => {
  const r = run('Amerika Serikat dan Korut berunding, sementara AS dan Korea Selatan berlatih.', id);
  assert.equal(only(r, 'Amerika Serikat').entityId, 'country:USA');
  assert.equal(only(r, 'Korut').entityId, 'country:PRK');
  assert.equal(only(r, 'AS').entityId, 'country:USA');
  assert.equal(only(r, 'Korea Selatan').entityId, 'country:KOR');
});

test('countries in English: abbreviations with dots and demonyms', () => {
  const r = run('The U.S. warned that North Korean and Russian troops were moving.', en);
  const [northKorean] = mentionsOf(r, 'North Korean');
  const [russian] = mentionsOf(r, 'Russian');
  assert.equal(only(r, 'U.S.').entityId, 'country:USA');
  assert.equal(northKorean?.entityId, 'country:PRK');
  assert.equal(russian?.actorCode, 'RUSMIL');
});

test('a demonym is an adjective mention of its country, not a name', () => {
  const r = run('Russia said Russian forces and Iraqis were near North Korea.', en);
  assert.deepEqual(r.mentions.map((m) => [m.text, m.entityId, m.form]), [
    ['Russia', 'country:RUS', 'name'],
    ['Russian', 'country:RUS', 'adjective'],
    ['Iraqis', 'country:IRQ', 'adjective'],
    ['North Korea', 'country:PRK', 'name'],
  ]);
  assert.deepEqual(nameMentions(r.mentions).map((m) => m.text), ['Russia', 'North Korea']);
});

test('a lower-case word is never an abbreviated country', () => {
  const r = run('Ia bekerja as usual, kata mereka.', id);
  assert.equal(r.mentions.length, 0);
});

test('agent words give the sector of a country: troops are MIL, the government GOV, a TV station MED', () => {
  const r = run('Pasukan Rusia menyerang. Pemerintah Ukraina mengecam. Menurut stasiun TV Korea Selatan, itu benar.', id);
  assert.equal(only(r, 'Rusia').actorCode, 'RUSMIL');
  assert.equal(only(r, 'Ukraina').actorCode, 'UKRGOV');
  assert.equal(only(r, 'Korea Selatan').actorCode, 'KORMED');
  assert.equal(only(r, 'Rusia').entityId, 'country:RUS', 'the entity stays the country');
});

test('a country alone as an actor is the bare country code', () => {
  const r = run('Ukraina menembak jatuh rudal itu.', id);
  assert.equal(only(r, 'Ukraina').actorCode, 'UKR');
});

test('places come from GeoNames with coordinates; a region cue makes a region', () => {
  const r = run('Pasukan akan tiba di wilayah Donetsk bulan depan.', id);
  const m = only(r, 'Donetsk');
  assert.equal(m.type, 'region');
  const e = entity(r, m.entityId)!;
  assert.equal(e.geo?.country, 'UKR');
  assert.ok(Math.abs(e.geo!.lat - 48.0) < 0.2 && Math.abs(e.geo!.lon - 37.8) < 0.2, JSON.stringify(e.geo));
  assert.match(e.id, /^geonames:\d+$/);
});

test('ordinary words are not places, however capitalised', () => {
  const r = run('Kita tahu. Itu benar. Baru kemarin. Timur Tengah memanas. Post office closed.', id);
  for (const w of ['Kita', 'Itu', 'Baru', 'Timur', 'Post']) assert.equal(mentionsOf(r, w).length, 0, w);
});

test('a capital acting is its government, metonymOf the place; after a preposition it is a place', () => {
  const r = run('Pyongyang mengumumkan rencananya. Delegasi tiba di Pyongyang kemarin.', id);
  const [acting, place] = r.mentions.filter((m) => m.text === 'Pyongyang');
  assert.equal(acting!.entityId, 'actor:PRKGOV');
  assert.equal(acting!.type, 'government');
  assert.equal(acting!.metonymOf, place!.entityId);
  assert.equal(place!.type, 'place');
  assert.ok(entity(r, acting!.metonymOf!), 'the place named is listed among the entities');
});

test('known multi-word names beat the places inside them: The Washington Post is an outlet', () => {
  const r = run('The Washington Post melaporkan hal itu. Washington mengatakan tidak.', id);
  assert.equal(only(r, 'The Washington Post').entityId, 'media:washington-post');
  assert.equal(only(r, 'Washington').entityId, 'actor:USAGOV');
});

test('outlets: from the list, from a web address, after a media cue, before a report verb', () => {
  const r = run('Reuters dan Aboluowang.com menulis. Menurut stasiun TV Arirang, Berita Harian Timur melaporkan hal itu.', id);
  assert.equal(only(r, 'Reuters').type, 'media');
  assert.equal(only(r, 'Aboluowang.com').type, 'media');
  assert.equal(only(r, 'Arirang').type, 'media');
  assert.equal(only(r, 'Berita Harian Timur').type, 'media');
});

test('titles give a person role and actor code; the title phrase and the surname are the same person', () => {
  const r = run('Juru bicara militer Korea Selatan Lee Sung-jun mengatakan itu. Lee Sung-jun menambahkan, kata Sung-jun.', id);
  const person = only(r, 'Lee Sung-jun');
  assert.equal(person.type, 'person');
  assert.equal(person.actorCode, 'KORMIL');
  const role = r.mentions.find((m) => m.text === 'Juru bicara militer Korea Selatan')!;
  assert.equal(role.entityId, person.entityId);
  assert.equal(role.source, 'title');
  assert.equal(role.form, 'role');
});

test('English titles before the name: country or organisation first', () => {
  const r = run('Pentagon Press Secretary Pat Ryder said so. Ryder added more.', en);
  assert.equal(only(r, 'Pat Ryder').actorCode, 'USAMIL');
  assert.equal(only(r, 'Ryder').entityId, 'person:pat-ryder');
});

test('a dated role applies only in office', () => {
  assert.equal(only(run('Vladimir Putin berbicara.', id, '2024-06-28'), 'Vladimir Putin').actorCode, 'RUSGOV');
  assert.equal(only(run('Vladimir Putin berbicara.', id, '1995-01-01'), 'Vladimir Putin').actorCode, null);
});

test('the tagger adds names no list holds', () => {
  const r = run('Warga Desa Sukamaju, Budi Santoso, bertemu dengan Bupati Sleman kemarin.', id);
  assert.ok(r.mentions.some((m) => m.text === 'Budi Santoso' && m.type === 'person'), JSON.stringify(r.mentions.map((m) => m.text)));
});

test('a pack extended with actor and agent entries finds them, in its own index', () => {
  const extended: Pack = {
    ...id,
    entities: {
      ...id.entities,
      actors: [...id.entities.actors, { names: ['Komando Cakra'], code: 'IDNMIL' }],
      agents: [...id.entities.agents, { words: ['relawan'], sector: 'CVL' }],
    },
  };
  const text = 'Komando Cakra tiba. Relawan Ukraina membantu.';
  const r = run(text, extended);
  assert.equal(only(r, 'Komando Cakra').entityId, 'actor:IDNMIL');
  assert.equal(only(r, 'Komando Cakra').type, 'military');
  assert.equal(only(r, 'Ukraina').actorCode, 'UKRCVL');
  assert.equal(mentionsOf(run(text, id), 'Komando Cakra').filter((m) => m.entityId === 'actor:IDNMIL').length, 0, 'the shipped pack is untouched');
});

// ---------------------------------------------------------------- the sample article, both languages

for (const [lang, r] of [['id', idSample], ['en', enSample]] as const) {
  test(`${lang} sample: every mention is valid, its text the slice, its entity listed`, () => {
    const ids = new Set(r.entities.map((e) => e.id));
    for (const m of r.mentions) {
      Mention.parse(m);
      assert.equal(r.text.slice(m.start, m.end), m.text);
      assert.ok(ids.has(m.entityId), m.entityId);
      if (m.metonymOf) assert.ok(ids.has(m.metonymOf), m.metonymOf);
    }
    for (const e of r.entities) {
      Entity.parse(e);
      for (const mid of e.mentionIds) assert.equal(r.mentions.find((m) => m.id === mid)?.entityId, e.id);
    }
  });

  test(`${lang} sample: countries PRK, RUS, UKR, USA, KOR`, () => {
    for (const c of ['PRK', 'RUS', 'UKR', 'USA', 'KOR']) assert.ok(entity(r, `country:${c}`), c);
  });

  test(`${lang} sample: Donetsk in Ukraine with coordinates`, () => {
    const e = r.entities.find((x) => x.name === 'Donetsk')!;
    assert.equal(e.geo?.country, 'UKR');
    assert.ok(Math.abs(e.geo!.lat - 48.0) < 0.2 && Math.abs(e.geo!.lon - 37.8) < 0.2);
  });

  test(`${lang} sample: Putin, Kim Jong-un and Pat Ryder with their codes; Ryder is one entity of 3+ mentions`, () => {
    assert.equal(entity(r, 'person:vladimir-putin')?.actorCode, 'RUSGOV');
    assert.equal(entity(r, 'person:kim-jong-un')?.actorCode, 'PRKGOV');
    const ryder = entity(r, 'person:pat-ryder')!;
    assert.equal(ryder.actorCode, 'USAMIL');
    assert.ok(ryder.mentionIds.length >= 3, String(ryder.mentionIds.length));
    assert.equal(r.entities.filter((e) => e.type === 'person' && /ryder/i.test(e.name)).length, 1);
  });

  test(`${lang} sample: outlets Reuters, Politico Europe, The Washington Post, Aboluowang.com`, () => {
    for (const name of ['Reuters', 'Politico Europe', 'The Washington Post', 'Aboluowang.com']) assert.equal(only(r, name).type, 'media', name);
  });

  test(`${lang} sample: Pyongyang and Washington act as governments`, () => {
    assert.ok(mentionsOf(r, 'Pyongyang').length >= 5);
    for (const m of mentionsOf(r, 'Pyongyang')) assert.equal(m.entityId, 'actor:PRKGOV');
    assert.equal(only(r, 'Washington').entityId, 'actor:USAGOV');
    assert.equal(entity(r, 'actor:USAMIL')?.type, 'military');
  });
}

test('id sample: the defence ministry is USAMIL, its unnamed spokesperson the one USAMIL person named', () => {
  assert.equal(only(idSample, 'Kementerian Pertahanan AS').entityId, 'actor:USAMIL');
  const role = idSample.mentions.find((m) => m.text === 'Juru bicara Kementerian Pertahanan AS')!;
  assert.equal(role.entityId, 'person:pat-ryder');
  assert.ok(role.confidence <= 0.5);
  assert.equal(only(idSample, 'Korps Teknik Korea Utara').actorCode, 'PRKMIL');
});

test('actor codes give entity types: rebels and militant groups are groups', () => {
  const extended: Pack = {
    ...id,
    entities: { ...id.entities, actors: [...id.entities.actors, { names: ['HAMAS'], code: 'PSEREBHMS' }, { names: ['AL-QAEDA'], code: 'IMGMOSALQ' }] },
  };
  const r = run('Hamas dan Al-Qaeda mengecam serangan itu.', extended);
  assert.equal(only(r, 'Hamas').type, 'group');
  assert.equal(only(r, 'Hamas').actorCode, 'PSEREBHMS');
  assert.equal(only(r, 'Al-Qaeda').type, 'group');
});

test('world regions from the pack: one id across languages', () => {
  assert.equal(only(run('Perang di Eropa Timur dan Semenanjung Korea.', id), 'Eropa Timur').entityId, 'region:eastern-europe');
  assert.equal(only(run('The war in Eastern Europe goes on.', en), 'Eastern Europe').entityId, 'region:eastern-europe');
});

test('a shorter name of a body named in full with its country is the same body', () => {
  const r = run('Korps Teknik Korea Utara akan tiba. Pyongyang mengirim Korps Teknik ke sana.', id);
  const [full, short] = r.mentions.filter((m) => m.text.startsWith('Korps Teknik'));
  assert.equal(full!.entityId, 'actor:PRKMIL');
  assert.equal(short!.entityId, 'actor:PRKMIL');
  assert.equal(short!.source, 'coreference');
});

test('a capitalised region word belongs to the place name', () => {
  const r = run('Banjir melanda Kabupaten Sumenep kemarin.', id);
  const m = only(r, 'Kabupaten Sumenep');
  assert.equal(m.type, 'region');
  assert.match(m.entityId, /^geonames:/);
});

test('a dictionary coding a capital as its country still leaves a capital acting as its government', () => {
  const extended: Pack = { ...id, entities: { ...id.entities, actors: [...id.entities.actors, { names: ['PYONGYANG'], code: 'PRK' }] } };
  const m = only(run('Pyongyang mengumumkan rencananya.', extended), 'Pyongyang');
  assert.equal(m.entityId, 'actor:PRKGOV');
  assert.match(m.metonymOf ?? '', /^geonames:/);
});

test('a role phrase with no named person of its actor is its own entity', () => {
  const r = run('Juru bicara Kementerian Luar Negeri Rusia mengatakan hal itu.', id);
  const role = r.mentions.find((m) => m.source === 'title')!;
  assert.equal(role.text, 'Juru bicara Kementerian Luar Negeri Rusia');
  assert.match(role.entityId, /^role:/);
  assert.equal(role.actorCode, 'RUSGOV');
});

test('bodies coded by country and sector have one canonical name in every language', () => {
  assert.equal(entity(idSample, 'actor:USAMIL')?.name, 'United States military');
  assert.equal(entity(enSample, 'actor:USAMIL')?.name, 'United States military');
});

test('an outlet named with a region in it is one name; a media cue before a country is no outlet name', () => {
  assert.equal(only(enSample, 'Asia Defense Security').type, 'media');
  assert.equal(only(idSample, 'Keamanan Pertahanan Asia').type, 'media');
  assert.equal(only(idSample, 'Korea Selatan').actorCode, 'KORMED');
});

test('a given name or initials before capitalised words make a person; a town of that name gives way', () => {
  const r = run('Prime Minister John Major met Florian Maurice and P. Simmons in London.', en);
  for (const name of ['John Major', 'Florian Maurice', 'P. Simmons']) assert.equal(only(r, name).type, 'person');
});

test('a name of an organisation does not become a person by its given name', () => {
  const r = run('Christian Democratic Union leaders met on Monday.', en);
  assert.equal(only(r, 'Christian Democratic Union').type, 'organization');
});

test('text in capitals gives no names from its capitals; numbers end a name in results', () => {
  const head = run('SHEARER NAMED AS ENGLAND CAPTAIN .', en);
  assert.deepEqual(nameMentions(head.mentions).map((m) => m.text), ['ENGLAND']);
  const results = run('California 14 Chicago 3 .', en);
  assert.ok(nameMentions(results.mentions).every((m) => !/\d/.test(m.text)));
});

test('in a line of results a town followed by its score is a team; a dateline town stays a place', () => {
  const r = run('Chicago 4 Toronto 2\n\nTORONTO 1996-08-22', en);
  const types = nameMentions(r.mentions).map((m) => `${m.text}:${m.type}`);
  assert.deepEqual(types.slice(0, 2), ['Chicago:organization', 'Toronto:organization']);
  assert.notEqual(only(r, 'TORONTO').type, 'organization');
});

test('an unknown word in capitals amid ordinary text is an organisation; roman numerals are not', () => {
  const r = run('The OSCE will send observers; part II of the report follows.', en);
  assert.equal(only(r, 'OSCE').type, 'organization');
  assert.equal(mentionsOf(r, 'II').length, 0);
});

test('a word alone that is also a town is the person the article named with it', () => {
  const r = run('Palestinian President Yasser Arafat spoke on Monday. Arafat said talks would go on.', en);
  const alone = nameMentions(mentionsOf(r, 'Arafat'));
  assert.equal(alone.length, 1);
  assert.equal(alone[0]!.type, 'person');
});

test('a word the tagger calls a name only where a sentence opens is ordinary when written small elsewhere', () => {
  const r = run('Analysts said the bank would cut rates . Most analysts agreed .', en);
  assert.equal(nameMentions(mentionsOf(r, 'Analysts')).length, 0);
});

test('a line of results is no headline: given names there still make persons', () => {
  const r = run('Monica Seles ( U.S. ) beat Natasha Zvereva ( Belarus ) 6-2 6-3', en);
  for (const name of ['Monica Seles', 'Natasha Zvereva']) assert.equal(only(r, name).type, 'person');
});

test('an organisation name runs over the country, region or place it names after a connector', () => {
  const r = run('The Bank of England and the Kurdistan Democratic Party met .', en);
  for (const name of ['Bank of England', 'Kurdistan Democratic Party']) assert.equal(only(r, name).type, 'organization');
});

test('a country or a capital named by one word is the person of that surname named in the article', () => {
  const r = run('Michael Jordan scored 30 points. Jordan said the team played well.', en);
  assert.deepEqual(nameMentions(mentionsOf(r, 'Jordan')).map((m) => m.type), ['person']);
});
