// The sample article's facts as named checks over an Analysis: what Sumber must find in
// samples/north-korea-troops-{id,en}.txt (published 2024-06-28). Tests elsewhere reuse the list.
// Facts are language-neutral (codes, values, types); the few that point at wording name the phrase per sample.
import type { Analysis, Entity, Event, Evidence, Participant, Quantity, TimeExpr } from '../../schema/analysis.ts';

export interface CheckResult {
  pass: boolean;
  /** What was found or what is missing. */
  detail: string;
  evidence: Evidence[];
}

export interface Check {
  name: string;
  group: 'entities' | 'times' | 'quantities' | 'events' | 'quotes' | 'claims' | 'provenance';
  run(a: Analysis): CheckResult;
}

/** The wording a few checks point at, per sample language. */
export interface SamplePhrases {
  /** The lead's "has begun sending". */
  begun: string;
  /** The two claims that contradict each other. */
  claimBegun: string;
  claimNoSign: string;
  /** Who is sent where for reconstruction: the clause the sending event must govern. */
  corps: string;
  /** What is sent there, and what for. */
  corpsName: string;
  reconstruction: string;
}

export const SAMPLE_PHRASES: Record<'id' | 'en', SamplePhrases> = {
  id: {
    begun: 'mulai mengirim',
    claimBegun: 'Korea Utara mulai mengirim pasukannya',
    claimNoSign: 'tidak ada tanda-tanda bahwa Korea Utara akan mengirim pasukan',
    corps: 'Korps Teknik ke wilayah pendudukan',
    corpsName: 'Korps Teknik',
    reconstruction: 'rekonstruksi',
  },
  en: {
    begun: 'has begun sending',
    claimBegun: 'North Korea has begun sending its troops',
    claimNoSign: 'there is currently no sign that North Korea will send troops',
    corps: 'Engineering Corps to occupied territory',
    corpsName: 'Engineering Corps',
    reconstruction: 'reconstruction',
  },
};

export const SAMPLE_DATE = '2024-06-28';
export const ORIGINAL_TITLE = 'North Korea Begins Sending Troops to Assist Russian Military Campaign in Ukraine';
export const PUBLISHER = 'Aboluowang.com';

// ------------------------------------------------------------------ helpers

/** A span that is not exactly its text, or does not start in its sentence, is wrong evidence. (Quotes may
 *  run on into later sentences.) */
export function badEvidence(a: Analysis, spans: readonly Evidence[]): Evidence[] {
  return spans.filter((e) => {
    const s = a.sentences[e.sentence];
    return a.text.slice(e.start, e.end) !== e.text || !s || e.start < s.start || e.start >= s.end;
  });
}

function result(a: Analysis, found: boolean, detail: string, evidence: Evidence[] = []): CheckResult {
  const bad = badEvidence(a, evidence);
  if (found && bad.length) {
    return { pass: false, detail: `evidence is not an exact substring: ${bad.map((e) => `[${e.start},${e.end}) "${e.text}"`).join(', ')}`, evidence };
  }
  if (found && !evidence.length) return { pass: false, detail: `${detail}, but without evidence spans`, evidence };
  return { pass: found, detail, evidence };
}

const norm = (s: string) => s.toLowerCase().replace(/^the\s+/, '').trim();

function mentionsOf(a: Analysis, e: Entity): Evidence[] {
  const ids = new Set(e.mentionIds);
  return a.mentions.filter((m) => ids.has(m.id));
}

function participantCountry(p: Participant): string | null {
  return p.country ?? p.actorCode?.slice(0, 3) ?? null;
}

const hasCountry = (ps: readonly Participant[], code: string) => ps.some((p) => participantCountry(p) === code);

/** The participant is the person: by its entity, its text, or a title right before the name ("Presiden Rusia Vladimir Putin"). */
function namesPerson(a: Analysis, p: Participant, name: string): boolean {
  if (p.text.includes(name) || a.entities.find((e) => e.id === p.entityId)?.name.includes(name)) return true;
  return a.mentions.some((m) => m.type === 'person' && m.text.includes(name) && m.start <= p.end + 1 && m.end >= p.start);
}

function phraseSpan(a: Analysis, phrase: string): { start: number; end: number } | null {
  const i = a.text.indexOf(phrase);
  return i < 0 ? null : { start: i, end: i + phrase.length };
}

const overlaps = (x: { start: number; end: number }, y: { start: number; end: number }) => x.start < y.end && y.start < x.end;

function eventEvidence(e: Event): Evidence[] {
  return [e.trigger, ...e.actors, ...e.recipients, ...(e.location ? [e.location] : []), ...(e.object ? [e.object] : []), ...(e.purpose ? [e.purpose] : []), ...e.modality.cues];
}

function chainNames(e: { attribution: { chain: { name: string }[] } }): string[] {
  return e.attribution.chain.map((l) => l.name);
}

function describeEvent(e: Event): string {
  const codes = (ps: Participant[]) => ps.map((p) => p.actorCode ?? p.country ?? p.text).join('+') || '∅';
  return `[s${e.sentence}] ${e.type}/${e.cameo.code} ${codes(e.actors)}→${codes(e.recipients)} "${e.trigger.text}" ${e.modality.stage}${e.time ? ` ${e.time.start}..${e.time.end}` : ''}${e.quantityIds.length ? ` q=${e.quantityIds.join(',')}` : ''} via ${chainNames(e).join(' > ')}`;
}

function eventCheck(name: string, want: string, test: (e: Event, a: Analysis) => boolean): Check {
  return {
    name,
    group: 'events',
    run(a) {
      const hit = a.events.find((e) => test(e, a));
      if (hit) return result(a, true, describeEvent(hit), eventEvidence(hit));
      return result(a, false, `no ${want} among ${a.events.length} events${a.events.length ? `: ${a.events.map(describeEvent).join('; ')}` : ''}`);
    },
  };
}

// ------------------------------------------------------------------ entities

function entityCheck(name: string, want: string, test: (e: Entity, a: Analysis) => boolean): Check {
  return {
    name,
    group: 'entities',
    run(a) {
      const hit = a.entities.find((e) => test(e, a));
      if (hit) return result(a, true, `${hit.id} (${hit.type}, ${hit.mentionIds.length} mentions)`, mentionsOf(a, hit));
      return result(a, false, `no ${want} among ${a.entities.length} entities`);
    },
  };
}

const countryCheck = (code: string) =>
  entityCheck(`country ${code}`, `country entity ${code}`, (e) => e.type === 'country' && (e.country === code || e.id === `country:${code}`));

const personCheck = (fullName: string) =>
  entityCheck(`person ${fullName}`, `person ${fullName}`, (e, a) =>
    e.type === 'person' && (norm(e.name) === norm(fullName) || mentionsOf(a, e).some((m) => m.text === fullName)),
  );

const mediaCheck = (outlet: string) =>
  entityCheck(`media ${outlet}`, `media entity ${outlet}`, (e, a) =>
    e.type === 'media' && (norm(e.name) === norm(outlet) || mentionsOf(a, e).some((m) => norm(m.text) === norm(outlet))),
  );

const donetskCheck = entityCheck('Donetsk geolocated ~48.0N 37.8E', 'Donetsk within 0.5° of 48.0N 37.8E', (e) =>
  /donetsk/i.test(e.name) && !!e.geo && Math.abs(e.geo.lat - 48.0) <= 0.5 && Math.abs(e.geo.lon - 37.8) <= 0.5,
);

const ryderOneEntity: Check = {
  name: 'person Pat Ryder as one entity',
  group: 'entities',
  run(a) {
    const ryder = a.mentions.filter((m) => m.type === 'person' && /Ryder/.test(m.text));
    const ids = new Set(ryder.map((m) => m.entityId));
    const full = ryder.some((m) => m.text.includes('Pat Ryder'));
    const ok = ryder.length >= 2 && ids.size === 1 && full;
    return result(a, ok, `${ryder.length} person mentions of Ryder in ${ids.size} entities${full ? '' : ', none "Pat Ryder"'}`, ryder);
  },
};

/** A capital named for the government that acts ("Pyongyang mengumumkan", "Washington said"). */
const governmentCheck = (place: string, country: string): Check => ({
  name: `${place} as government (${country}) when it acts`,
  group: 'entities',
  run(a) {
    const hits = a.mentions.filter((m) => m.text === place && m.type === 'government');
    const ok = hits.length > 0 && hits.every((m) => a.entities.find((e) => e.id === m.entityId)?.country === country);
    return result(a, ok, `${hits.length} of ${a.mentions.filter((m) => m.text === place).length} mentions of ${place} are governments${ok ? '' : ` of ${country}`}`, hits);
  },
});

// ------------------------------------------------------------------ times and quantities

function timeCheck(name: string, test: (t: TimeExpr) => boolean): Check {
  return {
    name: `time ${name}`,
    group: 'times',
    run(a) {
      const hit = a.times.find(test);
      if (hit) return result(a, true, `"${hit.text}" = ${hit.value} ${hit.modifier ?? ''}`.trim(), [hit]);
      return result(a, false, `not among ${a.times.map((t) => `"${t.text}"=${t.value}`).join(', ') || 'no times'}`);
    },
  };
}

const within = (d: string | null, from: string, to: string) => d !== null && d >= from && d <= to;

function quantityCheck(name: string, test: (q: Quantity) => boolean): Check {
  return {
    name: `quantity ${name}`,
    group: 'quantities',
    run(a) {
      const hit = a.quantities.find(test);
      if (hit) return result(a, true, `"${hit.text}" = ${hit.bound} ${hit.value} ${hit.unit ?? ''} ${hit.item ?? ''}`.trim(), [hit]);
      return result(a, false, `not among ${a.quantities.map((q) => `"${q.text}"`).join(', ') || 'no quantities'}`);
    },
  };
}

const missiles = (q: Quantity) => q.value === 20 && q.bound === 'at-least' && /missile/i.test(`${q.item} ${q.unit}`);
const containers = (q: Quantity) => q.value === 11000 && q.bound === 'more-than' && /container/i.test(`${q.item} ${q.unit}`);

// ------------------------------------------------------------------ the checklist

const isPrkToRusAid = (e: Event) => e.type === 'AID' && hasCountry(e.actors, 'PRK') && hasCountry(e.recipients, 'RUS');
const quantityLinked = (e: Event, a: Analysis, test: (q: Quantity) => boolean) =>
  e.quantityIds.some((id) => {
    const q = a.quantities.find((x) => x.id === id);
    return !!q && test(q);
  });
const chainHas = (e: Event, pattern: RegExp) => chainNames(e).some((n) => pattern.test(n));

export function sampleChecklist(lang: 'id' | 'en'): Check[] {
  const p = SAMPLE_PHRASES[lang];
  return [
    ...['PRK', 'RUS', 'UKR', 'USA', 'KOR'].map(countryCheck),
    donetskCheck,
    personCheck('Vladimir Putin'),
    personCheck('Kim Jong-un'),
    ryderOneEntity,
    mediaCheck('Reuters'),
    mediaCheck('Politico Europe'),
    mediaCheck('The Washington Post'),
    governmentCheck('Pyongyang', 'PRK'),
    governmentCheck('Washington', 'USA'),

    timeCheck('2024-06-26', (t) => t.value === '2024-06-26'),
    timeCheck('2024-07 (next month)', (t) => t.value === '2024-07'),
    timeCheck('2024-06-25 (Tuesday)', (t) => t.value === '2024-06-25'),
    timeCheck('early June 2024', (t) => t.interval.start === '2024-06-01' && within(t.interval.end, '2024-06-05', '2024-06-15')),
    timeCheck('2023 onward', (t) => t.interval.start === '2023-01-01' && t.interval.end === null),
    timeCheck('2024-02', (t) => t.value === '2024-02'),
    timeCheck('autumn 2023 onward', (t) => within(t.interval.start, '2023-08-01', '2023-12-01') && t.interval.end === null),

    quantityCheck('at least 20 ballistic missiles', missiles),
    quantityCheck('more than 11000 containers of ammunition', containers),

    eventCheck('1a AID PRK→RUS troops to Donetsk, 2024-07, planned/expected', 'planned AID PRK→RUS at Donetsk in 2024-07', (e) =>
      isPrkToRusAid(e) &&
      (e.mode === 'military' || e.mode === 'troops') &&
      /donetsk/i.test(e.location?.name ?? '') &&
      (e.time?.start ?? '').startsWith('2024-07') &&
      (e.modality.stage === 'planned' || e.modality.stage === 'expected'),
    ),
    eventCheck(`1b lead's "${p.begun}" as begun`, `begun AID PRK→RUS on "${p.begun}"`, (e, a) => {
      const cue = phraseSpan(a, p.begun);
      return isPrkToRusAid(e) && e.modality.stage === 'begun' && !!cue && [e.trigger, ...e.modality.cues].some((s) => overlaps(s, cue));
    }),
    eventCheck('2 treaty signing RUS–PRK (Putin, Kim Jong-un), early June 2024, CAMEO 057', 'CAMEO 057 RUS–PRK in June 2024', (e, a) => {
      const sides = [...e.actors, ...e.recipients];
      return (
        e.cameo.code.startsWith('057') &&
        hasCountry(sides, 'RUS') &&
        hasCountry(sides, 'PRK') &&
        sides.some((s) => namesPerson(a, s, 'Putin')) &&
        sides.some((s) => namesPerson(a, s, 'Kim Jong-un')) &&
        (e.time?.start ?? '').startsWith('2024-06')
      );
    }),
    eventCheck('3 USA threatens PRK', 'THREATEN USA→PRK', (e) => e.type === 'THREATEN' && hasCountry(e.actors, 'USA') && hasCountry(e.recipients, 'PRK')),
    eventCheck('4 ≥20 North Korean missiles used by Russia on Ukraine, reported by Ukrainian authorities (Feb 2024)', 'ASSAULT RUS→UKR with the 20 missiles, said by Ukrainian authorities', (e, a) =>
      e.type === 'ASSAULT' &&
      hasCountry(e.actors, 'RUS') &&
      hasCountry(e.recipients, 'UKR') &&
      quantityLinked(e, a, missiles) &&
      chainHas(e, /ukrain/i) &&
      a.times.some((t) => t.value === '2024-02' && t.sentence === e.sentence),
    ),
    eventCheck('5a AID PRK→RUS >11,000 containers since autumn 2023, per The Washington Post', 'AID PRK→RUS with the containers, said by The Washington Post', (e, a) =>
      isPrkToRusAid(e) && quantityLinked(e, a, containers) && chainHas(e, /washington post/i) && within(e.time?.start ?? null, '2023-08-01', '2023-12-01'),
    ),
    eventCheck('5b AID PRK→RUS weapons since 2023', 'AID PRK→RUS from 2023-01-01', (e) => isPrkToRusAid(e) && e.time?.start === '2023-01-01'),
    eventCheck('6 engineering corps sent for reconstruction, per Reuters citing South Korean TV', `PRK sending "${p.corps}" (object "${p.corpsName}", purpose ${p.reconstruction}) said by Reuters citing South Korean TV`, (e, a) => {
      const corps = phraseSpan(a, p.corps);
      // The sending that governs the corps: asserted, its trigger in the same clause just before them.
      const governs = !!corps && e.trigger.end <= corps.start && !/[,;.]/.test(a.text.slice(e.trigger.end, corps.start));
      const chain = e.attribution.chain;
      const reuters = chain.findIndex((l) => /reuters/i.test(l.name));
      const korTv = chain.findIndex((l) => a.entities.find((x) => x.id === l.entityId)?.country === 'KOR' || /korea selatan|south korea/i.test(l.name));
      return (
        governs &&
        e.modality.polarity === 'asserted' &&
        hasCountry(e.actors, 'PRK') &&
        (e.type === 'AID' || e.type === 'MOBILIZE') &&
        e.object?.text === p.corpsName &&
        (e.purpose?.text ?? '').includes(p.reconstruction) &&
        reuters >= 0 &&
        korTv > reuters
      );
    }),
    {
      name: '7 two direct quotes by Pat Ryder with cues, the second through Politico Europe',
      group: 'quotes',
      run(a) {
        const ryder = a.entities.find((e) => e.type === 'person' && /Ryder/.test(e.name));
        const quotes = a.quotes
          .filter((q) => q.direct && q.cue && (q.speaker?.entityId === ryder?.id || /Ryder/.test(q.speaker?.text ?? '')) && !!ryder)
          .sort((x, y) => x.content.start - y.content.start);
        const second = quotes[1];
        const ok = quotes.length >= 2 && !!second && second.attribution.chain.some((l) => /politico/i.test(l.name));
        const evidence = quotes.flatMap((q) => [q.content, ...(q.cue ? [q.cue] : [])]);
        const detail = `${quotes.length} direct quotes by Ryder with cues of ${a.quotes.length} quotes${second ? `; second chain: ${chainNames(second).join(' > ')}` : ''}`;
        return result(a, ok, detail, evidence);
      },
    },
    {
      name: '8 contradiction: begun sending vs no sign of sending',
      group: 'claims',
      run(a) {
        const begun = phraseSpan(a, p.claimBegun);
        const noSign = phraseSpan(a, p.claimNoSign);
        const claim = (id: string) => a.claims.find((c) => c.id === id);
        const hit = a.contradictions.find((c) => {
          const spans = c.claimIds.map(claim).map((x) => x?.evidence);
          return !!begun && !!noSign && spans.some((s) => s && overlaps(s, begun)) && spans.some((s) => s && overlaps(s, noSign));
        });
        const evidence = hit ? hit.claimIds.map(claim).flatMap((c) => (c ? [c.evidence] : [])) : [];
        return result(a, !!hit, hit ? `${hit.kind}: ${hit.reason}` : `not among ${a.contradictions.length} contradictions`, evidence);
      },
    },
    {
      name: `9 provenance: translation/republication of the English original, publisher ${PUBLISHER}`,
      group: 'provenance',
      run(a) {
        const pv = a.provenance;
        const ok =
          (pv.relation === 'translation' || pv.relation === 'republication') &&
          pv.publisher === PUBLISHER &&
          (pv.original?.title ?? '').trim() === ORIGINAL_TITLE;
        const evidence = [...pv.evidence, ...(pv.original?.evidence ? [pv.original.evidence] : [])];
        return result(a, ok, `${pv.relation}, publisher ${pv.publisher ?? '–'}, original "${pv.original?.title ?? '–'}"`, evidence);
      },
    },
  ];
}

export interface CheckOutcome extends CheckResult {
  name: string;
  group: Check['group'];
}

export function runChecklist(a: Analysis, checks: readonly Check[]): CheckOutcome[] {
  return checks.map((c) => ({ name: c.name, group: c.group, ...c.run(a) }));
}
