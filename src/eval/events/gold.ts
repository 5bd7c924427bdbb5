// Gold event records, read into one shape: PLOVER gold-standard records and PETRARCH2 unit-test records.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { PloverType, Stage } from '../../schema/analysis.ts';
import { InputError } from '../../errors.ts';

export interface GoldActor {
  /** First three letters of the code: an ISO alpha-3 country or a PETRARCH dictionary's own code. */
  country: string;
  /** CAMEO sector (GOV, MIL, REB…) when the gold gives one. */
  sector: string | null;
}

/** Gold polarity: a denial is the claimed event said not to have happened by someone else. */
export const GoldPolarity = z.enum(['asserted', 'negated', 'denied']);
export type GoldPolarity = z.infer<typeof GoldPolarity>;

export interface GoldEvent {
  /** PLOVER type in the current manual; null where the gold has none (CAMEO 01/02, test-only codes). */
  type: PloverType | null;
  /** Full CAMEO code where the gold gives one (PETRARCH). */
  cameo: string | null;
  actors: GoldActor[];
  recipients: GoldActor[];
  /** Modality, where the gold gives it (Sumber's own dev sets). */
  stage?: Stage;
  polarity?: GoldPolarity;
  /** The word that states the event and what is sent, supplied or signed: for reading errors, not scored. */
  trigger?: string;
  theme?: string;
}

export interface GoldSentence {
  id: string;
  text: string;
  /** ISO date. */
  date: string;
  events: GoldEvent[];
  /** The record says explicitly that the sentence holds no event. */
  noEvent: boolean;
  /** Language of the text where the record gives it (else the set's). */
  lang?: string;
  /** Sentences of one document are analysed together, in file order (pronouns, "the claim"). */
  doc?: string;
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
/** CAMEO-style actor code: country (3) + optional sector (3) + more; a bare 3-letter code has no sector. */
export function actorFromCode(code: string): GoldActor {
  const c = code.toUpperCase();
  return { country: c.slice(0, 3), sector: c.length >= 6 ? c.slice(3, 6) : null };
}

function petrarchActor(code: string | undefined): GoldActor[] {
  if (!code || code === '---') return [];
  return [actorFromCode(code)];
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

// ------------------------------------------------------------------ Sumber's own dev sets

const ActorCode = z.string().regex(/^[A-Z]{3}([A-Z]{3})*$/, 'an actor code is a 3-letter country or IGO code plus 3-letter sectors');
const SumberEvent = z.strictObject({
  type: PloverType,
  cameo: z.string().regex(/^\d{2,4}$/).optional(),
  actors: z.array(ActorCode),
  recipients: z.array(ActorCode),
  trigger: z.string().min(1),
  stage: Stage,
  polarity: GoldPolarity,
  theme: z.string().optional(),
  note: z.string().optional(),
});
const SumberRecord = z.strictObject({
  id: z.string().min(1),
  doc: z.string().min(1),
  url: z.string().url(),
  outlet: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  language: z.string().regex(/^[a-z]{2,3}$/),
  text: z.string().min(1),
  events: z.array(SumberEvent),
  note: z.string().optional(),
});

/** Sumber's gold format (src/eval/events/dev/GUIDE.md): one sentence a line, every event with its modality. */
export function parseSumber(records: unknown[], name: string): GoldSet {
  const seen = new Set<string>();
  const sentences = records.map((raw, i): GoldSentence => {
    const r = SumberRecord.safeParse(raw);
    if (!r.success) {
      const issue = r.error.issues[0];
      throw new InputError(name, `record ${i + 1} is not a Sumber event record: ${issue?.path.join('.')} ${issue?.message}`);
    }
    const { id, doc, date, language, text, events } = r.data;
    if (seen.has(id)) throw new InputError(name, `record ${i + 1} repeats the id ${id}`);
    seen.add(id);
    events.forEach((e, k) => {
      if (!text.includes(e.trigger)) throw new InputError(name, `record ${id}: event ${k + 1}'s trigger "${e.trigger}" is not in the text`);
    });
    return {
      id,
      text,
      date,
      lang: language,
      doc,
      noEvent: events.length === 0,
      events: events.map((e) => ({
        type: e.type,
        cameo: e.cameo ?? null,
        actors: e.actors.map(actorFromCode),
        recipients: e.recipients.map(actorFromCode),
        stage: e.stage,
        polarity: e.polarity,
        trigger: e.trigger,
        ...(e.theme ? { theme: e.theme } : {}),
      })),
    };
  });
  return { sentences, skipped: [] };
}

export function readSumber(path: string): GoldSet {
  return parseSumber(readJsonl(path), path);
}
