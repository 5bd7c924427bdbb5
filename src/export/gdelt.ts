// GDELT 2.0 Events (61 tab-separated columns, no header) and Mentions (16 columns) rows of stored events,
// following the GDELT Event Codebook V2.0. What Sumber does not measure (tone, ethnic and religious codes,
// ADM2 codes) is left empty; counts are per article because each row is one article's report of the event.
// Review status has no Events column: it goes into the Mentions file's Extras field.
import type { EventDetail, ParticipantRef } from '../store/records.ts';
import { countryName, fipsOf } from './countries.ts';
import { numericEventId } from './ids.ts';
import type { Cell } from './delimited.ts';

export const GDELT_EVENT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1EthnicCode', 'Actor1Religion1Code',
  'Actor1Religion2Code', 'Actor1Type1Code', 'Actor1Type2Code', 'Actor1Type3Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2KnownGroupCode', 'Actor2EthnicCode', 'Actor2Religion1Code',
  'Actor2Religion2Code', 'Actor2Type1Code', 'Actor2Type2Code', 'Actor2Type3Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  'Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode', 'Actor1Geo_ADM1Code', 'Actor1Geo_ADM2Code',
  'Actor1Geo_Lat', 'Actor1Geo_Long', 'Actor1Geo_FeatureID',
  'Actor2Geo_Type', 'Actor2Geo_FullName', 'Actor2Geo_CountryCode', 'Actor2Geo_ADM1Code', 'Actor2Geo_ADM2Code',
  'Actor2Geo_Lat', 'Actor2Geo_Long', 'Actor2Geo_FeatureID',
  'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code',
  'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID',
  'DATEADDED', 'SOURCEURL',
] as const;

export const GDELT_MENTION_COLUMNS = [
  'GLOBALEVENTID', 'EventTimeDate', 'MentionTimeDate', 'MentionType', 'MentionSourceName', 'MentionIdentifier',
  'SentenceID', 'Actor1CharOffset', 'Actor2CharOffset', 'ActionCharOffset', 'InRawText', 'Confidence',
  'MentionDocLen', 'MentionDocTone', 'MentionDocTranslationInfo', 'Extras',
] as const;

/** Events found this early in an article are its lead: GDELT's root events. */
const ROOT_SENTENCES = 3;

const compact = (iso: string) => iso.slice(0, 10).replace(/-/g, '');

/** YYYY.FFFF as GDELT computes it: ((month - 1) * 30 + day) / 365 of the year. */
function fractionDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return (y + ((m - 1) * 30 + d) / 365).toFixed(4);
}

/** A CAMEO actor code is a country (or group) code followed by 3-letter role codes: PRKGOV → PRK, GOV. */
function actorCells(p: ParticipantRef | undefined): Cell[] {
  if (!p) return ['', '', '', '', '', '', '', '', '', ''];
  const code = p.actorCode ?? p.country ?? '';
  const roles = p.country && code.startsWith(p.country) ? code.slice(p.country.length).match(/.{3}/g) ?? [] : [];
  return [code, p.name.toUpperCase(), p.country ?? '', '', '', '', '', roles[0] ?? '', roles[1] ?? '', roles[2] ?? ''];
}

/** Country-level geography of an actor: GDELT geo type 1, FeatureID the FIPS code. */
function countryGeo(iso3: string | null): Cell[] {
  const fips = fipsOf(iso3);
  if (!fips) return [0, '', '', '', '', '', '', ''];
  return [1, countryName(iso3), fips, fips, '', '', '', fips];
}

function actionGeo(e: EventDetail): Cell[] {
  const p = e.place;
  if (!p) return countryGeo(e.actors[0]?.country ?? null);
  const fips = fipsOf(p.country);
  if (p.lat === null || p.lon === null) return countryGeo(p.country);
  // 3 = US city, 4 = world city; the feature id is the GeoNames id where GDELT has a GNS one.
  const type = p.country === 'USA' ? 3 : 4;
  const fullName = [p.name, countryName(p.country)].filter(Boolean).join(', ');
  const featureId = p.entityId?.startsWith('geonames:') ? p.entityId.slice('geonames:'.length) : '';
  return [type, fullName, fips ?? '', fips ?? '', '', p.lat, p.lon, featureId];
}

const dateAdded = (e: EventDetail) => `${compact(e.publishedAt ?? e.date)}000000`;

/**
 * GDELT's QuadClass follows the CAMEO root (01-05 verbal cooperation, 06-09 material cooperation, 10-14 verbal
 * conflict, 15-20 material conflict); PLOVER's quad differs for PROTEST and INVESTIGATE, so it is not used here.
 */
export function gdeltQuadClass(root: string): number {
  const r = Number(root);
  return r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4;
}

export function gdeltEventRow(e: EventDetail): Cell[] {
  return [
    numericEventId(e.key),
    compact(e.date),
    compact(e.date).slice(0, 6),
    e.date.slice(0, 4),
    fractionDate(e.date),
    ...actorCells(e.actors[0]),
    ...actorCells(e.recipients[0]),
    e.sentence <= ROOT_SENTENCES ? 1 : 0,
    e.cameo.code,
    e.cameo.base,
    e.cameo.root,
    gdeltQuadClass(e.cameo.root),
    e.goldstein,
    1,
    1,
    1,
    '',
    ...countryGeo(e.actors[0]?.country ?? null),
    ...countryGeo(e.recipients[0]?.country ?? null),
    ...actionGeo(e),
    dateAdded(e),
    e.url ?? `sumber:${e.articleId}`,
  ];
}

export function gdeltMentionRow(e: EventDetail): Cell[] {
  const ev = e.event;
  return [
    numericEventId(e.key),
    dateAdded(e),
    dateAdded(e),
    e.url ? 1 : 2,
    e.source ?? '',
    e.url ?? `sumber:${e.articleId}`,
    e.sentence + 1,
    ev.actors[0]?.start ?? -1,
    ev.recipients[0]?.start ?? -1,
    ev.trigger.start,
    1,
    Math.round(e.confidence * 100),
    e.articleChars,
    '',
    '',
    `review=${e.review?.status ?? 'unreviewed'}`,
  ];
}
