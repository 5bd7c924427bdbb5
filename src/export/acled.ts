// ACLED-style rows (its column order, one header line) of stored events. Categories come from the CAMEO code
// and the actors' CAMEO role codes (data/acled-*.tsv); fatalities from the event's quantities where the text
// counts the dead (src/events/fatalities.ts); what Sumber does not know (admin areas, source scale, fatalities the
// text does not count) stays empty rather than guessed. Review status, stage and polarity go into tags.
import { readTable } from '../lang/load.ts';
import type { EventDetail, ParticipantRef } from '../store/records.ts';
import { countryName, isoNumeric } from './countries.ts';
import { numericEventId } from './ids.ts';
import type { Cell } from './delimited.ts';

export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting',
  'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
] as const;

const types = new Map(readTable(new URL('data/acled-types.tsv', import.meta.url)).map(([cameo, ...rest]) => [cameo === '*' ? '' : cameo!, rest]));
const inters = new Map(readTable(new URL('data/acled-inter.tsv', import.meta.url)).map(([role, inter]) => [role!, Number(inter)]));

function categories(cameo: string): string[] {
  for (let n = cameo.length; n >= 0; n--) {
    const found = types.get(cameo.slice(0, n));
    if (found) return found;
  }
  return types.get('')!;
}

/** The actor's category from the first role code after its country; a bare country is the state. */
function inter(p: ParticipantRef | undefined): number | null {
  if (!p) return null;
  const code = p.actorCode ?? '';
  const roles = p.country && code.startsWith(p.country) ? code.slice(p.country.length).match(/.{3}/g) ?? [] : code.match(/.{3}/g) ?? [];
  if (roles.length === 0) return p.country ? inters.get('STATE')! : null;
  for (const r of roles) if (inters.has(r)) return inters.get(r)!;
  return null;
}

const PRECISION: Record<string, number> = { day: 1, week: 2 };

/** ACLED notes: the sentence, then what was sent or signed and what for, when the text says. */
function notes(e: EventDetail): string {
  const extra = [e.object ? `object: ${e.object}` : '', e.purpose ? `purpose: ${e.purpose}` : ''].filter(Boolean);
  return extra.length ? `${e.evidence} [${extra.join('; ')}]` : e.evidence;
}

export function acledRow(e: EventDetail): Cell[] {
  const [disorder, eventType, subEvent] = categories(e.cameo.code);
  const [i1, i2] = [inter(e.actors[0]), inter(e.recipients[0])];
  const interaction = i1 === null ? '' : i2 === null ? i1 * 10 : Number(`${Math.min(i1, i2)}${Math.max(i1, i2)}`);
  const civilian = eventType === 'Violence against civilians' || (disorder === 'Political violence' && i2 === 7);
  const country = e.place?.country ?? e.actors[0]?.country ?? null;
  const names = (ps: ParticipantRef[]) => ps.map((p) => p.name).join('; ');
  const tags = [`review: ${e.review?.status ?? 'unreviewed'}`, `stage: ${e.stage}`, `polarity: ${e.polarity}`, `certainty: ${e.certainty}`];
  return [
    `${country ?? 'XXX'}${numericEventId(e.key)}`,
    e.date,
    e.date.slice(0, 4),
    e.time ? (PRECISION[e.time.granularity] ?? 3) : 3,
    disorder,
    eventType,
    subEvent,
    e.actors[0]?.name ?? '',
    names(e.actors.slice(1)),
    i1,
    e.recipients[0]?.name ?? '',
    names(e.recipients.slice(1)),
    i2,
    interaction,
    civilian ? 'Civilian targeting' : '',
    isoNumeric(country),
    '',
    countryName(country),
    '',
    '',
    '',
    e.place?.name ?? '',
    e.place?.lat,
    e.place?.lon,
    e.place?.lat != null ? 1 : e.place ? 2 : 3,
    e.source ?? '',
    '',
    notes(e),
    e.fatalities ?? '',
    tags.join('; '),
    Math.floor(Date.parse(e.review?.reviewedAt ?? e.publishedAt ?? e.date) / 1000),
  ];
}
