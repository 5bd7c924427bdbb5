// Finds where speech is reported: direct quotes between quotation marks and indirect reports
// ("X mengatakan, bahwa …", "menurut X, …", "…, kata X"), each with its cue and source phrases.
import type { SegmentedText } from '../text/segment.ts';
import type { EntityResult } from '../entities/index.ts';
import type { Cue, QuoteLexicon } from './lexicon.ts';
import { findQuoted } from './marks.ts';
import { hasSpeakerNoun, isPronoun, toSource, type Source } from './source.ts';
import { isComma, isPunct, longestAt, type PhraseIndex, type Tok } from './tokens.ts';

/** Fewer quoted words than this are a scare quote or a term ("akan “dibantai”"), not a quotation. */
const MIN_DIRECT_WORDS = 3;
/** How far a complementizer may follow its verb: "said at a press conference on Tuesday that". */
const MAX_VERB_TO_COMPLEMENTIZER = 8;
/** How long a source phrase before a postposed verb may be ("…”, the Pentagon spokesman said"). */
const MAX_POSTPOSED_SOURCE = 8;

export interface CueMatch {
  /** Token indices [from, to). */
  from: number;
  to: number;
  cue: Cue;
}

export interface Draft {
  direct: boolean;
  start: number;
  end: number;
  cue: CueMatch | null;
  speaker: Source | null;
  /** The speaker is a pronoun or implied by the cue ("katanya"): whoever was named last. */
  anaphor: boolean;
  /** The source the speaker cites ("Reuters, citing a South Korean TV station"), with the citing cue. */
  cited: { source: Source; cue: CueMatch } | null;
}

interface Ctx {
  text: string;
  toks: Tok[];
  lex: QuoteLexicon;
  found: EntityResult;
  /** Token index range [first, end) per sentence. */
  sentenceRange: [number, number][];
  /** The cue starting at each token, if any. */
  cueAt: (CueMatch | null)[];
}

function sentenceRanges(toks: readonly Tok[], count: number): [number, number][] {
  const out: [number, number][] = Array.from({ length: count }, () => [0, 0]);
  for (let i = toks.length - 1; i >= 0; i--) {
    const r = out[toks[i]!.sentence]!;
    if (r[1] === 0) r[1] = i + 1;
    r[0] = i;
  }
  return out;
}

function cueMatches(toks: readonly Tok[], ranges: readonly [number, number][], cues: PhraseIndex<Cue>): (CueMatch | null)[] {
  const out: (CueMatch | null)[] = toks.map(() => null);
  for (const [first, end] of ranges) {
    for (let i = first; i < end; i++) {
      const cue = longestAt(toks, i, cues, end);
      if (cue) {
        out[i] = { from: i, to: i + cue.words.length, cue };
        i += cue.words.length - 1;
      }
    }
  }
  return out;
}

const isQuoteMark = (t: Tok, lex: QuoteLexicon) => lex.quoteMarks.has(t.text) || lex.closingMarks.has(t.text);

/** The last token of the sentence that is content, before its final stop and closing marks. */
function contentEnd(ctx: Ctx, first: number, end: number): number {
  let last = end - 1;
  while (last >= first && isPunct(ctx.toks[last]) && ctx.toks[last]!.text !== ')') last--;
  return last;
}

/** A clause right after a bare verb needs this many words to be one ("said the troops would …"). */
const MIN_BARE_CLAUSE_WORDS = 3;

/** Where the reported clause after a verb starts: after ",", ":" or a complementizer close after it, or right
 * after a verb that takes a bare clause when a word, not an adjunct, follows. */
function contentStart(ctx: Ctx, m: CueMatch, end: number): number | null {
  const { toks, lex } = ctx;
  const v = m.to;
  const at = toks[v];
  if (!at) return null;
  let c: number | null = null;
  if (at.lower === ',' || at.lower === ':') c = lex.complementizers.has(toks[v + 1]?.lower ?? '') ? v + 2 : v + 1;
  else {
    for (let j = v; j < Math.min(end, v + MAX_VERB_TO_COMPLEMENTIZER + 1); j++) {
      if (lex.complementizers.has(toks[j]!.lower)) {
        c = j + 1;
        break;
      }
      if (isPunct(toks[j]) || ctx.cueAt[j]) break;
    }
    const bare = m.cue.bare && at.kind !== 'punct' && !lex.adjunctStarts.has(at.lower) && !ctx.cueAt[v];
    if (c === null && bare && end - v >= MIN_BARE_CLAUSE_WORDS) c = v;
  }
  if (c !== null && isComma(toks[c])) c++;
  return c !== null && c < end ? c : null;
}

/** Splits tokens at commas. */
function commaSegments(toks: readonly Tok[]): Tok[][] {
  const out: Tok[][] = [[]];
  for (const t of toks) {
    if (isComma(t)) out.push([]);
    else out[out.length - 1]!.push(t);
  }
  return out;
}

function dropFillers(toks: Tok[], lex: QuoteLexicon): Tok[] {
  for (let changed = true; changed; ) {
    changed = false;
    for (const f of lex.citedFillers) {
      if (f.length < toks.length && f.every((w, k) => toks[k]!.lower === w)) {
        toks = toks.slice(f.length);
        changed = true;
        break;
      }
    }
  }
  return toks;
}

/** The source before a verb, from the clause start: "Reuters yang mengutip laporan dari stasiun TV …". */
type Sources = Pick<Draft, 'speaker' | 'anaphor' | 'cited'>;

function sourcesBefore(ctx: Ctx, first: number, v: number): Sources | null {
  const { toks, lex } = ctx;
  let b = v;
  while (b > first) {
    const t = toks[b - 1]!;
    const sayCue = ctx.cueAt[b - 1] && ctx.cueAt[b - 1]!.cue.role !== 'cite';
    if (lex.complementizers.has(t.lower) || t.lower === ':' || t.lower === ';' || isQuoteMark(t, lex) || sayCue) break;
    b--;
  }
  if (b < v && lex.negations.has(toks[v - 1]!.lower)) return null;
  const segments = commaSegments(toks.slice(b, v));
  for (let s = 0; s < segments.length; s++) {
    const seg = segments[s]!;
    const ci = seg.findIndex((t) => ctx.cueAt[t.index]?.cue.role === 'cite');
    if (ci < 0) continue;
    const cite = ctx.cueAt[seg[ci]!.index]!;
    let before = seg.slice(0, ci);
    while (before.length && lex.relativeWords.has(before[before.length - 1]!.lower)) before = before.slice(0, -1);
    const subject = before.length ? before : (segments[s - 1] ?? []);
    const speaker = toSource(ctx.text, subject, lex, ctx.found);
    const cited = toSource(ctx.text, dropFillers(seg.slice(ci + cite.cue.words.length), lex), lex, ctx.found);
    if (!speaker) return null;
    return { speaker, anaphor: false, cited: cited ? { source: cited, cue: cite } : null };
  }
  const subject = subjectOf(segments.filter((seg) => seg.length > 0), lex);
  if (isPronoun(subject, lex)) return { speaker: null, anaphor: true, cited: null };
  const speaker = toSource(ctx.text, subject, lex, ctx.found);
  return speaker ? { speaker, anaphor: false, cited: null } : null;
}

const startsLower = (seg: readonly Tok[]) => seg[0]!.kind === 'word' && seg[0]!.text[0] !== seg[0]!.text[0]!.toUpperCase();

/** Of the comma-separated parts before a verb, the one naming the speaker: the last ("Pada 26 Juni, Keamanan
 * Pertahanan Asia"), unless it is a title in apposition after a name ("Pat Ryder, juru bicara Pentagon,"). */
function subjectOf(segments: readonly Tok[][], lex: QuoteLexicon): Tok[] {
  const last = segments.at(-1) ?? [];
  const before = segments.at(-2);
  const apposition = last.length > 0 && startsLower(last) && hasSpeakerNoun(last, lex);
  const name = before && !startsLower(before) && !lex.adjunctStarts.has(before[0]!.lower);
  return apposition && name ? before : last;
}

/** How many words may follow a postposed source when it must end the sentence ("…, kata Ryder kepada wartawan."). */
const MAX_TRAILING_ADJUNCT = 6;

/**
 * A source named after the content: "…”, kata Ryder." / "…," Ryder said." / "…, said the minister."
 * With `atEnd` the source must close the sentence (but for a short adjunct), as it must when no quotation
 * mark shows where the content ends.
 */
function sourceAfter(ctx: Ctx, from: number, end: number, atEnd: boolean): (Omit<Sources, 'cited'> & { cue: CueMatch }) | null {
  const { toks, lex } = ctx;
  let j = from;
  while (j < end && isComma(toks[j])) j++;
  const upToPunct = (k: number) => {
    let e = k;
    while (e < end && !isPunct(toks[e])) e++;
    return e;
  };
  const closes = (k: number, cue: CueMatch) => {
    const rest = toks.slice(k, contentEnd(ctx, k, end) + 1);
    const short = rest.length <= MAX_TRAILING_ADJUNCT && !rest.some((t) => isPunct(t));
    return rest.length === 0 || (short && (lex.adjunctStarts.has(rest[0]!.lower) || cue.cue.listener));
  };
  const found = (phrase: Tok[], cue: CueMatch, next: number) => {
    if (atEnd && !closes(next, cue)) return null;
    // "…”, katanya." names no one: the cue itself points back to the last speaker.
    if (isPronoun(phrase, lex) || (phrase.length === 0 && cue.cue.role === 'after')) return { speaker: null, anaphor: true, cue };
    const speaker = toSource(ctx.text, phrase, lex, ctx.found);
    return speaker ? { speaker, anaphor: false, cue } : null;
  };
  const first = ctx.cueAt[j];
  if (first && (first.cue.role === 'say' || first.cue.role === 'after')) {
    const phraseEnd = upToPunct(first.to);
    return found(toks.slice(first.to, phraseEnd), first, phraseEnd);
  }
  for (let k = j + 1; k < Math.min(end, j + MAX_POSTPOSED_SOURCE + 1); k++) {
    if (isPunct(toks[k])) return null;
    const cue = ctx.cueAt[k];
    if (cue && cue.cue.role === 'say') return found(toks.slice(j, k), cue, cue.to);
  }
  return null;
}

/** The index of the token starting at `offset`, if any (tokens are in text order). */
function tokenStartingAt(toks: readonly Tok[], offset: number): number | undefined {
  let lo = 0;
  let hi = toks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = toks[mid]!.start;
    if (start === offset) return mid;
    if (start < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

function directQuotes(ctx: Ctx, doc: SegmentedText): Map<number, Draft> {
  const byOpenToken = new Map<number, Draft>();
  for (const q of findQuoted(doc.text, ctx.lex.quoteMarks)) {
    const raw = doc.text.slice(q.open + 1, q.close);
    const content = raw.replace(/^\s+/, '').replace(/[\s,，、]+$/, '');
    const start = q.open + 1 + raw.indexOf(content);
    const open = tokenStartingAt(ctx.toks, q.open);
    const close = tokenStartingAt(ctx.toks, q.close);
    if (open === undefined || close === undefined) continue;
    // Words are tokens: a script without spaces writes a whole quote as one run of letters.
    let words = content.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    if (words < MIN_DIRECT_WORDS) words = 0;
    for (let k = open + 1; k < close; k++) if (ctx.toks[k]!.kind === 'word' || ctx.toks[k]!.kind === 'number') words++;
    if (words < MIN_DIRECT_WORDS) continue;
    const after = sourceAfter(ctx, close + 1, ctx.sentenceRange[ctx.toks[close]!.sentence]![1], false);
    byOpenToken.set(open, {
      direct: true,
      start,
      end: start + content.length,
      cue: after?.cue ?? null,
      speaker: after?.speaker ?? null,
      anaphor: after?.anaphor ?? false,
      cited: null,
    });
  }
  return byOpenToken;
}

/** "X mengatakan, …", "X said that …" and, before a direct quote, "X mengatakan: “…”". */
function reportsBefore(ctx: Ctx, direct: Map<number, Draft>): Draft[] {
  const out: Draft[] = [];
  ctx.sentenceRange.forEach(([first, end]) => {
    for (let i = first; i < end; i++) {
      const m = ctx.cueAt[i];
      if (!m || m.cue.role !== 'say') continue;
      // "X mengatakan:" closing its sentence introduces the quote that opens the next one.
      const c = contentStart(ctx, m, end) ?? (ctx.toks[m.to]?.lower === ':' && m.to + 1 === end ? end : null);
      if (c === null) continue;
      const quote = direct.get(c);
      if (c === end && !quote) continue;
      if (quote && (quote.speaker || quote.anaphor)) continue;
      const sources = sourcesBefore(ctx, first, i);
      if (!sources) continue;
      if (quote) {
        Object.assign(quote, sources, { cue: m });
        continue;
      }
      const last = contentEnd(ctx, c, end);
      if (last < c) continue;
      out.push({ direct: false, start: ctx.toks[c]!.start, end: ctx.toks[last]!.end, cue: m, ...sources });
    }
  });
  return out;
}

/** "menurut X, …" and "…, according to X." */
function accordingTo(ctx: Ctx): Draft[] {
  const out: Draft[] = [];
  const { toks } = ctx;
  ctx.sentenceRange.forEach(([first, end]) => {
    for (let i = first; i < end; i++) {
      const m = ctx.cueAt[i];
      if (!m || m.cue.role !== 'according') continue;
      let speakerToks: Tok[];
      let from: number;
      let to: number;
      if (i === first) {
        const comma = toks.findIndex((t, k) => k >= m.to && k < end && isComma(t));
        if (comma < 0) continue;
        speakerToks = toks.slice(m.to, comma);
        [from, to] = [comma + 1, contentEnd(ctx, comma + 1, end)];
      } else if (isComma(toks[i - 1])) {
        speakerToks = toks.slice(m.to, contentEnd(ctx, m.to, end) + 1);
        [from, to] = [first, i - 2];
      } else continue;
      const speaker = toSource(ctx.text, speakerToks, ctx.lex, ctx.found);
      if (!speaker || to < from) continue;
      out.push({ direct: false, start: toks[from]!.start, end: toks[to]!.end, cue: m, speaker, anaphor: false, cited: null });
    }
  });
  return out;
}

/** "…, kata X." with no quotation marks: the sentence up to the comma is what X said. */
function reportsAfter(ctx: Ctx, direct: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  ctx.sentenceRange.forEach(([first, end]) => {
    let comma = -1;
    for (let k = end - 1; k > first && comma < 0; k--) if (isComma(ctx.toks[k])) comma = k;
    if (comma < 0) return;
    const start = ctx.toks[first]!.start;
    const stop = ctx.toks[comma - 1]!.end;
    if (direct.some((d) => d.start < stop && d.end + 1 >= start)) return;
    const after = sourceAfter(ctx, comma, end, true);
    if (after) out.push({ direct: false, start, end: stop, ...after, cited: null });
  });
  return out;
}

/** A quote after one with its cue, in the same paragraph, goes on with the same speaker: "“Kami siap,” kata
 * Ali, “dan kami menunggu.”" or "“Kami siap,” kata Ali. “Kami menunggu.”" */
function continueSplitQuotes(direct: readonly Draft[], ctx: Ctx): void {
  const sorted = [...direct].sort((a, b) => a.start - b.start);
  for (let k = 1; k < sorted.length; k++) {
    const [prev, d] = [sorted[k - 1]!, sorted[k]!];
    if (d.speaker || d.anaphor || !(prev.speaker || prev.anaphor) || !prev.cue) continue;
    const cue = ctx.toks[prev.cue.from]!;
    if (cue.start > prev.end && cue.end < d.start && !ctx.text.slice(prev.end, d.start).includes('\n')) {
      Object.assign(d, { speaker: prev.speaker, anaphor: prev.anaphor, cue: prev.cue, cited: prev.cited });
    }
  }
}

export function findDrafts(doc: SegmentedText, lex: QuoteLexicon, found: EntityResult, toks: Tok[]): Draft[] {
  const sentenceRange = sentenceRanges(toks, doc.sentences.length);
  const ctx: Ctx = { text: doc.text, toks, lex, found, sentenceRange, cueAt: cueMatches(toks, sentenceRange, lex.cues) };
  const direct = directQuotes(ctx, doc);
  const indirect = [...reportsBefore(ctx, direct), ...accordingTo(ctx), ...reportsAfter(ctx, [...direct.values()])];
  continueSplitQuotes([...direct.values()], ctx);
  // Two cues for one content ("X mengatakan …, kata Y") keep the first found: quotes, then cues before it.
  const seen = new Set<string>();
  return [...direct.values(), ...indirect]
    .filter((d) => !seen.has(`${d.start}:${d.end}`) && !!seen.add(`${d.start}:${d.end}`))
    .sort((a, b) => a.start - b.start || b.end - a.end);
}
