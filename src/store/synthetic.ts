// Synthetic analysed articles with valid spans: for the store's, the API's and the exports' tests and for the
// bench, which need many events regardless of what the rule stages find today.
import { createHash } from 'node:crypto';
import { Analysis, SCHEMA_VERSION, type Event, type PloverType } from '../schema/analysis.ts';
import type { Article } from '../schema/article.ts';

interface Party {
  id: string;
  name: string;
  code: string;
  country: string;
}
const PARTIES: Party[] = [
  { id: 'country:RUS', name: 'Russia', code: 'RUS', country: 'RUS' },
  { id: 'country:UKR', name: 'Ukraine', code: 'UKR', country: 'UKR' },
  { id: 'actor:PRKGOV', name: 'North Korea', code: 'PRKGOV', country: 'PRK' },
  { id: 'country:USA', name: 'United States', code: 'USA', country: 'USA' },
];
const PLACES = [
  { id: 'geonames:703448', name: 'Kyiv', lat: 50.45, lon: 30.52, country: 'UKR' },
  { id: 'geonames:524901', name: 'Moscow', lat: 55.75, lon: 37.62, country: 'RUS' },
];
const TYPES: { type: PloverType; cameo: string; quad: number; goldstein: number; verb: string }[] = [
  { type: 'ASSAULT', cameo: '190', quad: 4, goldstein: -10, verb: 'attacked' },
  { type: 'CONSULT', cameo: '040', quad: 1, goldstein: 1, verb: 'met' },
  { type: 'AID', cameo: '070', quad: 2, goldstein: 7, verb: 'aided' },
  { type: 'THREATEN', cameo: '130', quad: 3, goldstein: -4.4, verb: 'threatened' },
];

export interface SyntheticOptions {
  seed: number;
  events: number;
  publishedAt?: string;
  url?: string | null;
  publisher?: string | null;
}

/** An article whose every sentence is one event: "<actor> <verb> <recipient> in <place>." */
export function syntheticArticle(o: SyntheticOptions): { article: Article; analysis: Analysis } {
  const publishedAt = o.publishedAt ?? '2024-06-28';
  let text = `Report ${o.seed}\n\n`;
  const sentences: Analysis['sentences'] = [{ index: 0, start: 0, end: text.indexOf('\n'), text: `Report ${o.seed}`, paragraph: 0 }];
  const entities = new Map<string, Analysis['entities'][number]>();
  const mentions: Analysis['mentions'] = [];
  const events: Event[] = [];
  for (let i = 0; i < o.events; i++) {
    const n = o.seed * 7919 + i;
    const actor = PARTIES[n % PARTIES.length]!;
    const recipient = PARTIES[(n + 1) % PARTIES.length]!;
    const place = PLACES[n % PLACES.length]!;
    const kind = TYPES[(n >> 2) % TYPES.length]!;
    const sentence = i + 1;
    const start = text.length;
    const at = (word: string, from: number) => {
      const s = text.indexOf(word, from);
      return { start: s, end: s + word.length, text: word, sentence };
    };
    text += `${actor.name} ${kind.verb} ${recipient.name} in ${place.name}. `;
    const a = at(actor.name, start);
    const v = at(kind.verb, a.end);
    const r = at(recipient.name, v.end);
    const p = at(place.name, r.end);
    sentences.push({ index: sentence, start, end: text.length - 1, text: text.slice(start, text.length - 1), paragraph: 1 });
    const mention = (span: typeof a, entityId: string, type: 'country' | 'place', code: string | null) => {
      const id = `m${mentions.length + 1}`;
      mentions.push({ ...span, id, entityId, type, actorCode: code, metonymOf: null, source: 'gazetteer', confidence: 0.9, form: 'name' });
      const entity = entities.get(entityId);
      if (entity) entity.mentionIds.push(id);
      return id;
    };
    for (const party of [actor, recipient]) {
      if (!entities.has(party.id)) {
        entities.set(party.id, { id: party.id, type: 'country', name: party.name, country: party.country, actorCode: party.code, geo: null, mentionIds: [] });
      }
    }
    if (!entities.has(place.id)) {
      entities.set(place.id, {
        id: place.id,
        type: 'place',
        name: place.name,
        country: place.country,
        actorCode: null,
        geo: { geonamesId: Number(place.id.split(':')[1]), lat: place.lat, lon: place.lon, country: place.country, featureCode: 'PPLC' },
        mentionIds: [],
      });
    }
    const am = mention(a, actor.id, 'country', actor.code);
    const rm = mention(r, recipient.id, 'country', recipient.code);
    const pm = mention(p, place.id, 'place', null);
    // Days mixed by a multiplicative hash, so that the day says nothing about the actors or the place.
    const day = String(1 + (((Math.imul(n, 2654435761) >>> 0) >>> 20) % 28)).padStart(2, "0");
    events.push({
      id: `e${i + 1}`,
      sentence,
      type: kind.type,
      mode: null,
      context: [],
      cameo: { code: kind.cameo, root: kind.cameo.slice(0, 2), base: kind.cameo, label: kind.verb },
      quadClass: kind.quad,
      goldstein: kind.goldstein,
      trigger: v,
      actors: [{ ...a, entityId: actor.id, mentionId: am, actorCode: actor.code, country: actor.country }],
      recipients: [{ ...r, entityId: recipient.id, mentionId: rm, actorCode: recipient.code, country: recipient.country }],
      location: { ...p, entityId: place.id, mentionId: pm, name: place.name, lat: place.lat, lon: place.lon, country: place.country },
      time: { timeId: `t${i + 1}`, start: `2024-06-${day}`, end: `2024-06-${day}`, granularity: 'day' },
      quantityIds: [],
      object: null,
      purpose: null,
      denies: null,
      modality: { stage: 'completed', polarity: 'asserted', certainty: 'certain', threat: false, conditional: false, hypothetical: false, cues: [] },
      attribution: { chain: [{ kind: 'article', name: 'this article', entityId: null, mentionId: null, cue: null }], quoteId: null },
      confidence: 0.8,
    });
  }
  const hash = createHash('sha256').update(text).digest('hex');
  const url = o.url === undefined ? `https://news.example/${o.seed}` : o.url;
  const claims = events.slice(0, 2).map((e, i) => ({
    id: `c${i + 1}`,
    eventId: e.id,
    signature: `${e.type}|${e.actors[0]!.entityId}|${e.recipients[0]!.entityId}`,
    stage: e.modality.stage,
    polarity: i === 0 ? ('asserted' as const) : ('negated' as const),
    attribution: e.attribution,
    evidence: e.trigger,
  }));
  const analysis = Analysis.parse({
    schemaVersion: SCHEMA_VERSION,
    id: hash,
    lang: { code: 'en', confidence: 1, detected: false },
    title: `Report ${o.seed}`,
    url,
    publishedAt,
    publishedAtSource: 'option',
    text,
    sentences,
    tokens: [],
    entities: [...entities.values()],
    mentions,
    times: [],
    quantities: [],
    events,
    quotes: events.length
      ? [
          {
            id: 'q1',
            direct: false,
            speaker: { entityId: events[0]!.actors[0]!.entityId, mentionId: events[0]!.actors[0]!.mentionId, text: events[0]!.actors[0]!.text },
            cue: null,
            content: { ...events[0]!.trigger },
            sentences: [1],
            attribution: events[0]!.attribution,
          },
        ]
      : [],
    claims,
    contradictions: claims.length === 2 ? [{ id: 'x1', claimIds: ['c1', 'c2'], kind: 'polarity', reason: 'one asserts, one denies' }] : [],
    provenance: { relation: 'original', publisher: null, original: null, evidence: [] },
    analyzer: { version: 'synthetic', backends: ['rules'] },
  });
  const article: Article = {
    id: `art_${hash.slice(0, 24)}`,
    contentHash: hash,
    url,
    canonicalUrl: url,
    title: analysis.title,
    text,
    lang: 'en',
    publishedAt,
    modifiedAt: null,
    author: null,
    publisher: o.publisher ?? null,
    section: null,
    charset: 'utf-8',
    fetchedAt: '2024-06-28T12:00:00.000Z',
    origin: { kind: 'api', location: url ?? 'synthetic', feed: null },
    originalOf: null,
    minhash: [1, 2, 3],
  };
  return { article, analysis };
}

const WORDINGS = ['', ' Officials confirmed the reports.', ' The account could not be verified independently.', ' More details were expected later.', ' Witnesses described the scene.'];

export interface StoryCopyOptions {
  /** Which story: its events are those of seed story + 1, on day story / storiesPerDay after `start`. */
  story: number;
  /** Which copy of it: 1 and 2 are near-duplicates of `first`, 3 an Indonesian translation naming its title. */
  copy: number;
  storiesPerDay: number;
  first: string | null;
  start?: string;
}

/**
 * One copy of a synthetic story at one of 40 outlets, its text varied so that every copy is an article of its own:
 * how the same events reach a store many times, for the stories' tests and the bench.
 */
export function syntheticStoryCopy(o: StoryCopyOptions): { article: Article; analysis: Analysis; nearDuplicateOf: string | null } {
  const d = new Date(`${o.start ?? '2023-01-01'}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + Math.floor(o.story / o.storiesPerDay));
  const date = d.toISOString().slice(0, 10);
  const outlet = (o.story + o.copy) % 40;
  const { article, analysis } = syntheticArticle({ seed: o.story + 1, events: 4, publishedAt: date, publisher: `Outlet ${outlet}`, url: `https://outlet-${outlet}.example/${o.story}/${o.copy}` });
  const text = article.text + WORDINGS[o.copy % WORDINGS.length] + ` (${o.copy})`;
  const hash = createHash('sha256').update(text).digest('hex');
  for (const e of analysis.events) e.time = e.time && { ...e.time, start: date, end: date };
  const lang = o.copy === 3 ? 'id' : 'en';
  const provenance: Analysis['provenance'] =
    o.copy === 3 ? { relation: 'translation', publisher: null, original: { title: analysis.title, url: null, evidence: null }, evidence: [] } : analysis.provenance;
  return {
    article: { ...article, id: `art_${hash.slice(0, 24)}`, contentHash: hash, text, lang },
    analysis: { ...analysis, text, lang: { ...analysis.lang, code: lang }, provenance },
    nearDuplicateOf: o.copy === 1 || o.copy === 2 ? o.first : null,
  };
}
