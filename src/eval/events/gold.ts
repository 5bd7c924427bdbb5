// Gold event records, read into one shape: PLOVER gold-standard records and PETRARCH2 unit-test records.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { PloverType } from '../../schema/analysis.ts';
import { InputError } from '../../errors.ts';

export interface GoldActor {
  /** First three letters of the code: an ISO alpha-3 country or a PETRARCH dictionary's own code. */
  country: string;
  /** CAMEO sector (GOV, MIL, REB…) when the gold gives one. */
  sector: string | null;
}

export interface GoldEvent {
  /** PLOVER type in the current manual; null where the gold has none (CAMEO 01/02, test-only codes). */
  type: PloverType | null;
  /** Full CAMEO code where the gold gives one (PETRARCH). */
  cameo: string | null;
  actors: GoldActor[];
  recipients: GoldActor[];
}

export interface GoldSentence {
  id: string;
  text: string;
  /** ISO date. */
  date: string;
  events: GoldEvent[];
  /** The record says explicitly that the sentence holds no event. */
  noEvent: boolean;
}

export interface GoldSet {
  sentences: GoldSentence[];
  /** Records not scored, with why. */
  skipped: string[];
}

function readJsonl(path: string): unknown[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((line, i) => {
      try {
        return JSON.parse(line) as unknown;
      } catch {
        throw new InputError(path, `line ${i + 1} is not JSON`);
      }
    });
}

// ------------------------------------------------------------------ PLOVER

/** PLOVER 0.5b1 labels that the current manual renamed or merged (events/plover-gsr/SOURCE.md). */
const PLOVER_RENAMES: Record<string, PloverType> = {
  DEMAND: 'REQUEST',
  DISAPPROVE: 'ACCUSE',
  INVESTIGATE: 'ACCUSE',
  FIGHT: 'ASSAULT',
};

export function currentPloverType(label: string): PloverType | null {
  const renamed = PLOVER_RENAMES[label];
  if (renamed) return renamed;
  const parsed = PloverType.safeParse(label);
  return parsed.success ? parsed.data : null;
}

const PloverActor = z.object({ code: z.string(), sector: z.string().optional() });
const PloverRecord = z.object({
  id: z.string(),
  date: z.string(),
  text: z.string(),
  event: z.string(),
  source: z.union([z.array(PloverActor), z.string(), z.null()]).optional(),
  // A few records hold a word ("diplomatic") or "" here instead of actors: no recipient.
  target: z.union([z.array(PloverActor), z.string(), z.null()]).optional(),
});

function ploverActors(value: z.infer<typeof PloverRecord>['source']): GoldActor[] {
  if (!Array.isArray(value)) return [];
  return value.map((a) => ({ country: a.code.slice(0, 3).toUpperCase(), sector: a.sector?.toUpperCase() || null }));
}

export function parsePlover(records: unknown[], name: string): GoldSet {
  const sentences: GoldSentence[] = [];
  const skipped: string[] = [];
  records.forEach((raw, i) => {
    const r = PloverRecord.safeParse(raw);
    if (!r.success) throw new InputError(name, `record ${i + 1} is not a PLOVER record: ${r.error.issues[0]?.message}`);
    const type = currentPloverType(r.data.event);
    if (!type) {
      skipped.push(`${r.data.id}: unknown event label ${r.data.event}`);
      return;
    }
    sentences.push({
      id: r.data.id,
      text: r.data.text,
      date: r.data.date.slice(0, 10),
      events: [{ type, cameo: null, actors: ploverActors(r.data.source), recipients: ploverActors(r.data.target) }],
      noEvent: false,
    });
  });
  return { sentences, skipped };
}

export function readPlover(path: string): GoldSet {
  return parsePlover(readJsonl(path), path);
}

// ------------------------------------------------------------------ PETRARCH2

const PetrarchCoding = z.object({
  sourcecode: z.string().optional(),
  targetcode: z.string().optional(),
  eventcode: z.string().optional(),
  noevents: z.string().optional(),
  error: z.string().optional(),
});
const PetrarchRecord = z.object({
  id: z.string(),
  date: z.string(),
  text: z.string(),
  codings: z.array(PetrarchCoding),
});

/** PETRARCH actor codes: country (3) + sector (3) + more; a bare 3-letter code has no sector. */
function petrarchActor(code: string | undefined): GoldActor[] {
  if (!code || code === '---') return [];
  return [{ country: code.slice(0, 3).toUpperCase(), sector: code.length >= 6 ? code.slice(3, 6).toUpperCase() : null }];
}

function isoDate(yyyymmdd: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(yyyymmdd);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : yyyymmdd.slice(0, 10);
}

/** CAMEO code → PLOVER type, most specific entry first (a code not listed takes its parent's). */
export type CameoToPlover = (code: string) => PloverType | null;

export function parsePetrarch(records: unknown[], name: string, toPlover: CameoToPlover): GoldSet {
  const sentences: GoldSentence[] = [];
  const skipped: string[] = [];
  records.forEach((raw, i) => {
    const r = PetrarchRecord.safeParse(raw);
    if (!r.success) throw new InputError(name, `record ${i + 1} is not a PETRARCH record: ${r.error.issues[0]?.message}`);
    const { id, text, date, codings } = r.data;
    const error = codings.find((c) => c.error);
    if (error) {
      skipped.push(`${id}: tests PETRARCH's input checks (${error.error}), not coding`);
      return;
    }
    const events = codings
      .filter((c) => c.eventcode)
      .map((c) => ({
        type: toPlover(c.eventcode!),
        cameo: c.eventcode!,
        actors: petrarchActor(c.sourcecode),
        recipients: petrarchActor(c.targetcode),
      }));
    const noEvent = codings.some((c) => c.noevents?.toLowerCase() === 'true');
    sentences.push({ id, text, date: isoDate(date), events, noEvent });
  });
  return { sentences, skipped };
}

export function readPetrarch(path: string, toPlover: CameoToPlover): GoldSet {
  return parsePetrarch(readJsonl(path), path, toPlover);
}

/** Reads reference/cameo/cameo_plover_map.tsv (cameo_code … plover_event …); 'dropped' codes map to null. */
export function readCameoPloverMap(path: string): CameoToPlover {
  const [header, ...lines] = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  const cols = header!.split('\t');
  const codeCol = cols.indexOf('cameo_code');
  const eventCol = cols.indexOf('plover_event');
  if (codeCol < 0 || eventCol < 0) throw new InputError(path, 'needs the columns cameo_code and plover_event');
  const map = new Map<string, PloverType | null>();
  for (const line of lines) {
    const f = line.split('\t');
    map.set(f[codeCol]!, currentPloverType(f[eventCol] ?? ''));
  }
  return (code) => {
    for (let n = code.length; n >= 2; n--) {
      const hit = map.get(code.slice(0, n));
      if (hit !== undefined) return hit;
    }
    return null;
  };
}
