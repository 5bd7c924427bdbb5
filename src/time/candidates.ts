// Finding date expressions: the pack's parsers tried where a word they can start with begins, modifiers
// attached ("sejak", "awal", "mid-"), candidates that need a cue word and lack one dropped, and the longest of
// overlapping candidates kept.
import type { SegmentedText } from '../text/segment.ts';
import { dayNumber, parseIsoDate } from './calendar.ts';
import type { TimeLexicon, TimeModifier } from './lexicon.ts';
import { buildParsers, type Parser, type ResolveContext, type Resolved } from './parsers.ts';
import { WORD_END, WORD_START, WS, anyOf, key } from './patterns.ts';

export type Position = 'early' | 'mid' | 'late';
export type Relation = Exclude<TimeModifier, Position>;
const POSITIONS: ReadonlySet<string> = new Set(['early', 'mid', 'late']);

export interface Grammar {
  lex: TimeLexicon;
  /** The parsers to try where a word begins, by the word; each with its rank (earlier wins ties). */
  byWord: Map<string, [Parser, number][]>;
  /** The parsers to try where a number begins. */
  byDigit: [Parser, number][];
  /** Sticky look-behinds, tried at a candidate's start: a modifier just before it ("sejak ", "mid-")… */
  modifierBefore: RegExp;
  /** …and the word just before it. */
  wordBefore: RegExp;
  /** A published cue earlier on the date's line ("Diterbitkan: Jumat, "). */
  publishedBefore: RegExp;
  /** The whole gap between two dates that make one range ("-", " to "). */
  rangeJoiner: RegExp;
  /** Sticky look-behind: a future cue at most six plain words before a candidate ("akan bertemu pada "). */
  futureBefore: RegExp;
}

const grammars = new WeakMap<TimeLexicon, Grammar>();

export function grammarFor(lex: TimeLexicon): Grammar {
  let g = grammars.get(lex);
  if (!g) {
    const byWord = new Map<string, [Parser, number][]>();
    const byDigit: [Parser, number][] = [];
    [...buildParsers(lex), ...(lex.ownParsers ?? [])].forEach((parser, rank) => {
      if (parser.digits) byDigit.push([parser, rank]);
      for (const word of new Set(parser.starts.map(firstRun))) {
        if (!byWord.has(word)) byWord.set(word, []);
        byWord.get(word)!.push([parser, rank]);
      }
    });
    g = {
      lex,
      byWord,
      byDigit,
      modifierBefore: new RegExp(`(?<=${WORD_START}(?<mod>${anyOf(lex.modifiers.keys())})(?:${WS}|-))`, 'iuyd'),
      wordBefore: new RegExp(`(?<=${WORD_START}(?<word>[\\p{L}\\p{M}]+)${WS})`, 'uy'),
      publishedBefore: new RegExp(`${WORD_START}${anyOf(lex.publishedCues)}${WORD_END}[^\\n]{0,30}$`, 'iu'),
      futureBefore: new RegExp(`(?<=${WORD_START}${anyOf(lex.futureCues)}${WORD_END}(?:${WS}[\\p{L}\\p{M}\\p{N}'’-]+){0,6}${WS})`, 'iuy'),
      rangeJoiner: new RegExp(`^[^\\S\\n]*${anyOf(lex.rangeJoiners)}[^\\S\\n]*$`, 'iu'),
    };
    grammars.set(lex, g);
  }
  return g;
}

export interface Candidate extends Resolved {
  /** Start including modifiers. */
  start: number;
  end: number;
  position: Position | null;
  relation: Relation | null;
  priority: number;
}

/** Modifiers standing just before `start`, innermost first: at most one early/mid/late inside one relation. */
function modifiersBefore(text: string, start: number, g: Grammar): Pick<Candidate, 'start' | 'position' | 'relation'> {
  let position: Position | null = null;
  let relation: Relation | null = null;
  let s = start;
  while (!relation) {
    g.modifierBefore.lastIndex = s;
    const m = g.modifierBefore.exec(text);
    if (!m) break;
    const mod = g.lex.modifiers.get(key(m.groups!.mod!))!;
    if (POSITIONS.has(mod)) {
      if (position) break;
      position = mod as Position;
    } else relation = mod as Relation;
    s = m.indices!.groups!.mod![0];
  }
  return { start: s, position, relation };
}

/** Whether sticky `re` matches at `at`. */
function test(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

function cueBefore(text: string, start: number, g: Grammar): boolean {
  g.wordBefore.lastIndex = start;
  const m = g.wordBefore.exec(text);
  return !!m && g.lex.cues.has(m.groups!.word!.toLowerCase());
}

const DIGIT = /^\p{N}/u;
const NO_PARSERS: [Parser, number][] = [];
const INNER_BREAK = /[^\p{L}\p{M}\p{N}]/u;


/** The letters and digits a phrase starts with: where in the text its parser is worth trying. */
function firstRun(phrase: string): string {
  return phrase.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/u)?.[0] ?? '';
}

/** Calls `visit` where words begin: at each token, and inside a token after a hyphen or apostrophe ("mid-July"). */
function forEachWordStart(doc: SegmentedText, visit: (at: number, word: string, digit: boolean) => void): void {
  for (let i = 0; i < doc.tokens.length; i++) {
    const tok = doc.tokens[i]!;
    if (tok.kind === 'number') visit(tok.start, tok.text, true);
    if (tok.kind !== 'word') continue;
    const lower = doc.lower[i]!;
    if (!lower.includes('-') && !lower.includes("'") && !lower.includes('’')) {
      visit(tok.start, lower, false);
      continue;
    }
    let offset = 0;
    for (const part of lower.split(INNER_BREAK)) {
      if (part) visit(tok.start + offset, part, DIGIT.test(part));
      offset += part.length + 1;
    }
  }
}

/** Every parser's matches, tried only where a word it can start with begins (a regex pass per parser
 * over the whole text would cost more than the rest of the stage). */
export function candidates(doc: SegmentedText, g: Grammar, ctx: ResolveContext): Candidate[] {
  const text = doc.text;
  const out: Candidate[] = [];
  forEachWordStart(doc, (at, word, digit) => {
    for (const [parser, priority] of (digit ? g.byDigit : g.byWord.get(word)) ?? NO_PARSERS) {
      parser.pattern.lastIndex = at;
      const m = parser.pattern.exec(text);
      if (!m) continue;
      const resolved = parser.resolve(m.groups ?? {}, { ...ctx, isFuture: () => test(g.futureBefore, text, at) });
      if (!resolved) continue;
      const mods = modifiersBefore(text, at, g);
      if (resolved.needs === 'position' && !mods.position) continue;
      if (resolved.needs === 'cue' && !mods.position && !mods.relation && !cueBefore(text, at, g)) continue;
      out.push({ ...resolved, ...mods, end: at + m[0].length, priority });
    }
  });
  return out;
}

/** The longest candidates that do not overlap; on equal length the parser listed first wins. */
export function longestFirst(all: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  const ranked = [...all].sort((a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start);
  for (const c of ranked) if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

/** Resolving against a publication date (ISO yyyy-mm-dd). */
export function context(isoDay: string): ResolveContext {
  const ref = parseIsoDate(isoDay);
  return { ref, refDay: dayNumber(ref), isFuture: () => false };
}
