// Readers for the event data files of a language pack. Each file's header describes its columns; a bad row
// fails loudly with the file and the row, since a silently skipped verb is a wrong analysis later.
import { readTable } from '../lang/load.ts';
import type { PloverType } from '../schema/analysis.ts';
import { isOneOf, PLOVER_TYPES } from '../schema/vocabulary.ts';
import type {
  AffixRule,
  ClauseWords,
  DenialWords,
  EventLexicon,
  FrameRule,
  ModalityCue,
  ModalityEffect,
  Morphology,
  Slot,
  VerbEntry,
} from './lexicon.ts';

function fail(file: URL, row: string[], why: string): never {
  throw new Error(`${file.pathname}: ${why} in row '${row.join('\t')}'`);
}

const words = (phrase: string) => phrase.toLowerCase().split(/\s+/).filter(Boolean);
const cell = (c: string | undefined) => (c === undefined || c === '-' ? '' : c);
const alternatives = (c: string | undefined) => cell(c).split('|').map((p) => p.trim()).filter(Boolean);

/** `actor=subject`, `recipient=object`, `actor=genitive`, `recipient=complement`, `location=after:ke,di`,
 *  `recipient=before:向,对`, `recipient=marked:에,에게` (see lexicon.ts FrameRule). */
export function parseFrame(spec: string): FrameRule[] {
  const out: FrameRule[] = [];
  for (const item of spec.split(/\s+/).filter(Boolean)) {
    const m = /^(actor|recipient|location)=(subject|object|genitive|complement|(after|before|marked):(.+))$/.exec(item);
    if (!m) throw new Error(`bad frame rule '${item}' (want actor|recipient|location=subject|object|genitive|complement|after:w1,w2|before:w1,w2|marked:w1,w2)`);
    const slot = m[1] as Slot;
    if (m[2] === 'subject') out.push({ slot, where: 'before', words: [] });
    else if (m[2] === 'genitive' || m[2] === 'complement') out.push({ slot, where: m[2], words: [] });
    else if (m[2] === 'object') out.push({ slot, where: 'after', words: [] });
    else out.push({ slot, where: m[3] === 'before' ? 'before-word' : m[3] === 'marked' ? 'marked' : 'after-word', words: m[4]!.split(',').map((w) => w.toLowerCase()) });
  }
  return out;
}

const DEFAULT_FRAME = 'actor=subject recipient=object';
/** Objects may stand this far before and after a trigger unless a row says otherwise (reach=before,after). */
export const DEFAULT_REACH = { before: 12, after: 8 };

/**
 * forms ('lemma|lemma|=irregular form|…'), CAMEO code, PLOVER type ('-': the table's), mode, objects ('a|b c'),
 * frame ('-': actor=subject recipient=object), options (pos=any sector=MIL context=troops passive=owner reach=0,4 reverse=033
 * recipient=needed).
 * CAMEO '---' marks a form that codes nothing, so that no shorter sense of it does ("tembak jatuh").
 */
export function verbEntriesFromRows(rows: string[][], file: URL): VerbEntry[] {
  return rows.map((row) => {
    const [forms, cameo = '', type, mode, objects, frame, options] = row;
    const items = alternatives(forms);
    const lemmas = items.filter((f) => !f.startsWith('=')).map(words);
    if (lemmas.length === 0) fail(file, row, 'no lemma');
    if (!/^(\d{2,4}|---)$/.test(cameo)) fail(file, row, `bad CAMEO code '${cameo}' (digits, or --- for a form that codes nothing)`);
    const t = cell(type);
    if (t && !isOneOf(PLOVER_TYPES, t)) fail(file, row, `unknown PLOVER type '${t}'`);
    const entry: VerbEntry = {
      lemmas,
      forms: items.filter((f) => f.startsWith('=')).map((f) => words(f.slice(1))),
      cameo,
      reverseCameo: null,
      type: t ? (t as PloverType) : null,
      mode: cell(mode) || null,
      context: [],
      objects: alternatives(objects).map(words),
      reach: { ...DEFAULT_REACH },
      tier: 0,
      actorSector: '',
      pos: 'verb',
      passiveOwnerActs: false,
      needsRecipient: false,
      frame: [],
    };
    try {
      entry.frame = parseFrame(cell(frame) || DEFAULT_FRAME);
    } catch (e) {
      fail(file, row, (e as Error).message);
    }
    for (const opt of cell(options).split(/\s+/).filter(Boolean)) {
      const [k, v = ''] = opt.split('=');
      if (k === 'pos' && (v === 'any' || v === 'verb')) entry.pos = v;
      else if (k === 'sector' && v) entry.actorSector = v;
      else if (k === 'context' && v) entry.context = v.split(',');
      else if (k === 'passive' && v === 'owner') entry.passiveOwnerActs = true;
      else if (k === 'recipient' && v === 'needed') entry.needsRecipient = true;
      else if (k === 'reverse' && /^\d{2,4}$/.test(v)) entry.reverseCameo = v;
      else if (k === 'reach' && /^\d+,\d+$/.test(v)) {
        const [before, after] = v.split(',').map(Number) as [number, number];
        entry.reach = { before, after };
      }
      else fail(file, row, `unknown option '${opt}'`);
    }
    return entry;
  });
}

export function readVerbs(file: URL): VerbEntry[] {
  return verbEntriesFromRows(readTable(file), file);
}

const STAGES = new Set(['planned', 'expected', 'announced', 'begun', 'ongoing', 'completed', 'historical']);

function parseEffect(s: string): ModalityEffect | null {
  const [field, value] = s.split('=');
  if (field === 'stage' && value && STAGES.has(value)) return { field, value } as ModalityEffect;
  if (field === 'polarity' && value === 'negated') return { field, value };
  if (field === 'certainty' && (value === 'probable' || value === 'possible')) return { field, value };
  if ((field === 'threat' || field === 'conditional' || field === 'hypothetical') && value === undefined) return { field, value: true };
  return null;
}

/** phrase, effects (stage=planned,polarity=negated,certainty=probable,threat,conditional,hypothetical), scope. */
export function readModality(file: URL): ModalityCue[] {
  return readTable(file).map((row) => {
    const [phrase = '', effects = '', scope = 'clause'] = row;
    if (scope !== 'clause' && scope !== 'ahead' && scope !== 'after') fail(file, row, `scope must be clause, ahead or after, not '${scope}'`);
    const list = effects.split(',').map((e) => {
      const eff = parseEffect(e.trim());
      if (!eff) fail(file, row, `unknown effect '${e}'`);
      return eff;
    });
    return { words: words(phrase), effects: list, scope };
  });
}

/** prefix|suffix, form, restore (comma list, '-' = nothing), tag (passive|noun|-); or 'undouble'. */
export function readMorphology(file: URL): Morphology {
  const out: Morphology = { prefixes: [], suffixes: [], undouble: false };
  for (const row of readTable(file)) {
    const [kind = '', form = '', restore = '-', tag = '-'] = row;
    if (kind === 'undouble') {
      out.undouble = true;
      continue;
    }
    if (kind !== 'prefix' && kind !== 'suffix') fail(file, row, `kind must be prefix, suffix or undouble`);
    if (!form) fail(file, row, 'no affix');
    if (tag !== '-' && tag !== 'passive' && tag !== 'noun' && tag !== 'agent') fail(file, row, `unknown tag '${tag}'`);
    const rule: AffixRule = {
      kind,
      form: form.toLowerCase(),
      restore: restore.split(',').map((r) => (r.trim() === '-' ? '' : r.trim())),
      tag: tag === '-' ? null : tag,
    };
    (kind === 'prefix' ? out.prefixes : out.suffixes).push(rule);
  }
  return out;
}

/** key (break, contrast, conjunction, locative, pronoun, complementizer, passive-agent, passive-aux, bare-agent, noun-marker, infinitive-marker,
 * agent-link, apposition, complement-marker, possessive, plural-ending, verb-ending, finite-cue, active-ending, preposition, purpose,
 * purpose-verb, head-initial), words. */
export function readClauses(file: URL): ClauseWords {
  const out: ClauseWords = {
    breaks: new Set(),
    contrasts: new Set(),
    conjunctions: new Set(),
    locatives: new Set(),
    pronouns: new Set(),
    complementizers: new Set(),
    passiveAgents: new Set(),
    passiveAux: new Set(),
    activeEndings: [],
    bareAgent: false,
    nounMarkers: new Set(),
    infinitiveMarkers: new Set(),
    agentLinks: new Set(),
    appositionOpeners: new Set(),
    complementMarkers: new Set(),
    possessives: new Set(),
    pluralEndings: [],
    verbEndings: [],
    finiteCues: new Set(),
    prepositions: new Set(),
    purposeMarkers: new Set(),
    purposeVerbMarkers: new Set(),
    headInitial: false,
    chainSubject: 'last',
    subjectMarkers: new Set(),
    objectBeforeVerb: false,
    parseRoles: true,
  };
  const sets: Record<string, Set<string>> = {
    break: out.breaks,
    contrast: out.contrasts,
    conjunction: out.conjunctions,
    locative: out.locatives,
    pronoun: out.pronouns,
    complementizer: out.complementizers,
    'passive-agent': out.passiveAgents,
    'passive-aux': out.passiveAux,
    'noun-marker': out.nounMarkers,
    'infinitive-marker': out.infinitiveMarkers,
    'finite-cue': out.finiteCues,
    'agent-link': out.agentLinks,
    apposition: out.appositionOpeners,
    'complement-marker': out.complementMarkers,
    possessive: out.possessives,
    preposition: out.prepositions,
    purpose: out.purposeMarkers,
    'purpose-verb': out.purposeVerbMarkers,
    'subject-marker': out.subjectMarkers,
  };
  for (const row of readTable(file)) {
    const [key = '', value = ''] = row;
    if (key === 'bare-agent') out.bareAgent = value === 'yes';
    else if (key === 'head-initial') out.headInitial = value === 'yes';
    else if (key === 'chain-subject') out.chainSubject = value === 'first' ? 'first' : 'last';
    else if (key === 'object-before-verb') out.objectBeforeVerb = value === 'yes';
    else if (key === 'parse-roles') out.parseRoles = value !== 'no';
    else if (key === 'verb-ending') out.verbEndings.push(...words(value));
    else if (key === 'active-ending') out.activeEndings.push(...words(value));
    else if (key === 'plural-ending') out.pluralEndings.push(...words(value));
    else if (sets[key]) for (const w of words(value)) sets[key]!.add(w);
    else fail(file, row, `unknown key '${key}'`);
  }
  for (const c of out.contrasts) out.breaks.add(c);
  return out;
}

/**
 * Verb lists in order of precedence. For a lemma an earlier list has, a later list adds only senses with
 * objects (its bare senses would contradict the earlier list's). Tiers order senses: a list's index, then
 * the tier a sense already had in it (a pack merged from several files keeps their order when extended).
 */
export function mergeVerbs(lists: VerbEntry[][]): VerbEntry[] {
  const out: VerbEntry[] = [];
  const known = new Set<string>();
  lists.forEach((list, tier) => {
    const keys = new Set<string>();
    for (const e of list) {
      const free = (l: string[]) => e.objects.length > 0 || !known.has(l.join(' '));
      const lemmas = e.lemmas.filter(free);
      const forms = e.forms.filter(free);
      if (lemmas.length + forms.length === 0) continue;
      for (const l of [...lemmas, ...forms]) keys.add(l.join(' '));
      out.push({ ...e, lemmas, forms, tier: tier * 100 + e.tier });
    }
    keys.forEach((k) => known.add(k));
  });
  return out;
}

/** The event lexicon of the pack whose files sit beside `moduleUrl`; `verbFiles` in order of precedence. */
export function readEventLexicon(moduleUrl: string, verbFiles: string[]): EventLexicon {
  const file = (name: string) => new URL(name, moduleUrl);
  return {
    verbs: mergeVerbs(verbFiles.map((f) => readVerbs(file(f)))),
    modality: readModality(file('modality.tsv')),
    morphology: readMorphology(file('morphology.tsv')),
    clauses: readClauses(file('clauses.tsv')),
    denials: readDenials(file('denials.tsv')),
  };
}

/** key (verb, claim, falsehood), phrases '|'-separated. */
export function readDenials(file: URL): DenialWords {
  const out: DenialWords = { verbs: [], claims: [], falsehoods: [] };
  const keys: Record<string, string[][]> = { verb: out.verbs, claim: out.claims, falsehood: out.falsehoods };
  for (const row of readTable(file)) {
    const [key = '', phrases = ''] = row;
    const list = keys[key];
    if (!list) fail(file, row, `unknown key '${key}' (want verb, claim or falsehood)`);
    list.push(...alternatives(phrases).map(words));
  }
  return out;
}
