// PETRARCH verb dictionaries (CAMEO.2.0.txt, PETR.Validate.verbs.txt) as event-lexicon verb senses.
// A block "--- NAME [code] ---" lists verbs ("WORD {FORMS} [code]", "+WORD_PARTICLE") and patterns
// ("- * {HUMANITARIAN AID} [0233]"); synsets ("&WEAPON" then "+MISSILE" lines) stand for their members.
// Each verb with a code becomes a sense; each pattern becomes a sense of all the block's verbs whose object
// is the pattern's words right after the verb (or right before it, when nothing follows). Positional markers ($ source,
// + target, % compound, ^ skip) and transformations ("~") are beyond this loader and are left out.
import { DEFAULT_REACH, parseFrame } from '../../events/lexicon-files.ts';
import type { VerbEntry } from '../../events/lexicon.ts';
import { bracketed, dictionaryLines, phraseWords } from './dictionary-lines.ts';

/** The code of '[072]', and of '[032:033]' both: the second is PETRARCH's reversed paired event. */
function codesOf(line: string): Codes | null {
  const b = bracketed(line)[0];
  if (b === undefined) return null;
  const [code = '', reverse = ''] = b.split(':').map((c) => c.trim());
  if (!/^(\d{2,4}|---)$/.test(code)) return null;
  return { code, reverse: /^\d{2,4}$/.test(reverse) ? reverse : null };
}

/** Objects of a pattern after the verb start right after it (its noun phrase); those before it, just before. */
const REACH_AFTER = { before: 0, after: 6 };
const REACH_BEFORE = { before: 4, after: 0 };

/**
 * Pattern words as alternatives: synsets expanded (at most `limit` phrases), markers and brackets gone; the
 * words after '*', or before it when none follow, with the reach that side allows.
 */
function patternObjects(pattern: string, synsets: Map<string, string[][]>, limit = 40): { objects: string[][]; reach: VerbEntry['reach'] } {
  const tokens = pattern.replace(/[(){}]/g, ' ').split(/\s+/).filter(Boolean);
  const star = tokens.indexOf('*');
  const side = (xs: string[]) => xs.filter((t) => !/^[$+%^]$/.test(t) && t !== '*');
  const after = side(star < 0 ? tokens : tokens.slice(star + 1));
  const words = after.length ? after : side(star < 0 ? [] : tokens.slice(0, star));
  const reach = after.length ? REACH_AFTER : REACH_BEFORE;
  let phrases: string[][] = [[]];
  for (const w of words) {
    const alts = w.startsWith('&') ? (synsets.get(w.replace(/_$/, '').toUpperCase()) ?? []) : [phraseWords(w)];
    if (alts.length === 0) return { objects: [], reach };
    phrases = phrases.flatMap((p) => alts.map((a) => [...p, ...a])).slice(0, limit);
  }
  return { objects: phrases.filter((p) => p.length > 0), reach };
}

interface Codes {
  code: string;
  reverse: string | null;
}

interface Block {
  code: Codes;
  verbs: { lemma: string[]; forms: string[][]; code: Codes | null }[];
  patterns: { objects: string[][]; reach: VerbEntry['reach']; code: Codes }[];
}

function sense(lemmas: string[][], forms: string[][], codes: Codes, objects: string[][], reach = DEFAULT_REACH): VerbEntry {
  return {
    lemmas,
    forms,
    cameo: codes.code,
    reverseCameo: codes.reverse,
    type: null,
    mode: null,
    context: [],
    objects,
    reach,
    tier: 0,
    actorSector: '',
    pos: 'verb',
    passiveOwnerActs: false,
    needsRecipient: false,
    frame: parseFrame('actor=subject recipient=object recipient=complement'),
  };
}

export function parsePetrarchVerbs(content: string): VerbEntry[] {
  const synsets = new Map<string, string[][]>();
  const blocks: Block[] = [];
  let synset: string[][] | null = null;
  let block: Block | null = null;
  for (const line of dictionaryLines(content)) {
    const t = line.trim();
    if (t === '') {
      synset = null;
      continue;
    }
    if (t.startsWith('~')) continue;
    if (t.startsWith('&')) {
      synset = [];
      synsets.set(t.split(/\s+/)[0]!.replace(/_$/, '').toUpperCase(), synset);
      continue;
    }
    if (synset && t.startsWith('+')) {
      synset.push(phraseWords(t.split(/\s+/)[0]!));
      continue;
    }
    synset = null;
    // UniversalPetrarch's Spanish file also writes "--- NAME [code]" and "--- NAME [code] ---[a]".
    const header = /^---+\s*([^\s[]+)\s*(\[[^\]]*\])?\s*(---+.*)?$/.exec(t);
    if (header) {
      block = { code: (header[2] ? codesOf(header[2]) : null) ?? { code: '---', reverse: null }, verbs: [], patterns: [] };
      blocks.push(block);
      continue;
    }
    if (!block) continue;
    if (t.startsWith('-')) {
      const code = codesOf(t);
      if (code) block.patterns.push({ ...patternObjects(t.slice(1).replace(/\[[^\]]*\]/g, ''), synsets), code });
      continue;
    }
    const head = t.split(/[\s{[]/)[0]!;
    const forms = /\{([^}]*)\}/.exec(t)?.[1]?.split(/\s+/).filter(Boolean).map(phraseWords) ?? [];
    block.verbs.push({ lemma: phraseWords(head), forms, code: codesOf(t.replace(/\{[^}]*\}/, '')) });
  }
  const out: VerbEntry[] = [];
  for (const b of blocks) {
    if (b.verbs.length === 0) continue;
    const verbs = b.verbs.filter((v) => v.lemma.length > 0);
    for (const p of b.patterns) {
      if (p.objects.length) out.push(sense(verbs.map((v) => v.lemma), verbs.flatMap((v) => v.forms), p.code, p.objects, p.reach));
    }
    for (const v of b.verbs) if (v.lemma.length) out.push(sense([v.lemma], v.forms, v.code ?? b.code, []));
  }
  return out;
}
