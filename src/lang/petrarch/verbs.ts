// PETRARCH verb dictionaries (CAMEO.2.0.txt, PETR.Validate.verbs.txt) as event-lexicon verb senses.
// A block "--- NAME [code] ---" lists verbs ("WORD {FORMS} [code]", "+WORD_PARTICLE") and patterns
// ("- * {HUMANITARIAN AID} [0233]"); synsets ("&WEAPON" then "+MISSILE" lines) stand for their members.
// Each verb with a code becomes a sense; each pattern becomes a sense of all the block's verbs whose object
// is the pattern's words after the verb (or before it, when nothing follows). Positional markers ($ source,
// + target, % compound, ^ skip) and transformations ("~") are beyond this loader and are left out.
import { parseFrame } from '../../events/lexicon-files.ts';
import type { VerbEntry } from '../../events/lexicon.ts';
import { bracketed, dictionaryLines, phraseWords } from './dictionary-lines.ts';

/** The first code of '[032:033]' (the second is PETRARCH's reversed paired event); '---' stays. */
function codeOf(line: string): string | null {
  const b = bracketed(line)[0];
  if (b === undefined) return null;
  const code = b.split(':')[0]!.trim();
  return /^(\d{2,4}|---)$/.test(code) ? code : null;
}

/** Pattern words as alternatives: synsets expanded (at most `limit` phrases), markers and brackets gone. */
function patternObjects(pattern: string, synsets: Map<string, string[][]>, limit = 40): string[][] {
  const tokens = pattern.replace(/[(){}]/g, ' ').split(/\s+/).filter(Boolean);
  const star = tokens.indexOf('*');
  const side = (xs: string[]) => xs.filter((t) => !/^[$+%^]$/.test(t) && t !== '*');
  const after = side(star < 0 ? tokens : tokens.slice(star + 1));
  const words = after.length ? after : side(star < 0 ? [] : tokens.slice(0, star));
  let phrases: string[][] = [[]];
  for (const w of words) {
    const alts = w.startsWith('&') ? (synsets.get(w.replace(/_$/, '').toUpperCase()) ?? []) : [phraseWords(w)];
    if (alts.length === 0) return [];
    phrases = phrases.flatMap((p) => alts.map((a) => [...p, ...a])).slice(0, limit);
  }
  return phrases.filter((p) => p.length > 0);
}

interface Block {
  code: string;
  verbs: { lemma: string[]; forms: string[][]; code: string | null }[];
  patterns: { objects: string[][]; code: string }[];
}

function sense(lemmas: string[][], forms: string[][], code: string, objects: string[][]): VerbEntry {
  return {
    lemmas,
    forms,
    cameo: code,
    type: null,
    mode: null,
    context: [],
    objects,
    actorSector: '',
    pos: 'verb',
    passiveOwnerActs: false,
    frame: parseFrame('actor=subject recipient=object'),
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
    const header = /^---+\s*(.+?)\s*(\[[^\]]*\])?\s*---+$/.exec(t);
    if (header) {
      block = { code: header[2] ? (codeOf(header[2]) ?? '---') : '---', verbs: [], patterns: [] };
      blocks.push(block);
      continue;
    }
    if (!block) continue;
    if (t.startsWith('-')) {
      const code = codeOf(t);
      if (code) block.patterns.push({ objects: patternObjects(t.slice(1).replace(/\[[^\]]*\]/g, ''), synsets), code });
      continue;
    }
    const head = t.split(/[\s{[]/)[0]!;
    const forms = /\{([^}]*)\}/.exec(t)?.[1]?.split(/\s+/).filter(Boolean).map(phraseWords) ?? [];
    block.verbs.push({ lemma: phraseWords(head), forms, code: codeOf(t.replace(/\{[^}]*\}/, '')) });
  }
  const out: VerbEntry[] = [];
  for (const b of blocks) {
    if (b.verbs.length === 0) continue;
    const lemmas = b.verbs.map((v) => v.lemma).filter((l) => l.length > 0);
    const forms = b.verbs.flatMap((v) => v.forms);
    for (const p of b.patterns) if (p.objects.length) out.push(sense(lemmas, forms, p.code, p.objects));
    for (const v of b.verbs) if (v.lemma.length) out.push(sense([v.lemma], v.forms, v.code ?? b.code, []));
  }
  return out;
}
