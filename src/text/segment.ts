// Sentences and tokens with character offsets. Paragraphs (blank lines) always end a sentence; a single
// line break does too unless the next line goes on in lower case (hard-wrapped text).
import type { Sentence, Token } from '../schema/analysis.ts';
import type { TextLexicon } from './lexicon.ts';

export interface SegmentedText {
  text: string;
  sentences: Sentence[];
  tokens: Token[];
  /** Each token's text in lower case, by token index: lower-cased once here for every stage. */
  lower: string[];
}

// Full-width stops end sentences in Chinese and Japanese text wherever they stand.
const TERMINAL = new Set(['.', '!', '?', '…', '。', '！', '？']);
const CLOSING = new Set(['"', '”', '’', "'", ')', ']', '»', '」', '』', '）']);

// The token grammar, as one regular expression would say it:
//   (?:\p{Lu}\.){2,} | \d+(?:[.,]\d+)* | [\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}\p{N}]+)* | \p{P} | \S
// (acronyms and words are 'word'), tried in that order at each character that is not white space. A scanner
// over character classes does the same without a match object per token, which the regex cost.
const SPACE = 1;
const UPPER = 2;
const LETTER = 4; // \p{L} or \p{M}: a word may start with it
const WORD_PART = 8; // \p{L}, \p{M} or \p{N}: a word may go on with it
const DIGIT = 16; // \d, ASCII only as in the grammar
const PUNCT = 32;
const IDEOGRAPH = 64; // Han, kana, Hangul: scripts that write digits beside words without a space
const DOT = 0x2e;

function classify(ch: string): number {
  return (
    (/\s/u.test(ch) ? SPACE : 0) |
    (/\p{Lu}/u.test(ch) ? UPPER : 0) |
    (/[\p{L}\p{M}]/u.test(ch) ? LETTER : 0) |
    (/[\p{L}\p{M}\p{N}]/u.test(ch) ? WORD_PART : 0) |
    (/\d/u.test(ch) ? DIGIT : 0) |
    (/\p{P}/u.test(ch) ? PUNCT : 0) |
    (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(ch) ? IDEOGRAPH : 0)
  );
}

const ASCII_CLASSES = Array.from({ length: 128 }, (_, c) => classify(String.fromCharCode(c)));
const otherClasses = new Map<number, number>();

function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_CLASSES[c]!;
  const cp = text.codePointAt(i)!;
  let cls = otherClasses.get(cp);
  if (cls === undefined) otherClasses.set(cp, (cls = classify(String.fromCodePoint(cp))));
  return cls;
}

/** UTF-16 units of the character at i. */
const widthAt = (text: string, i: number) => (text.codePointAt(i)! > 0xffff ? 2 : 1);
const isWordJoiner = (c: number) => c === 0x2d || c === 0x27 || c === 0x2019; // - ' ’

/** End of the run of characters of class `cls` from i (at most `to`). */
function runEnd(text: string, i: number, to: number, cls: number): number {
  while (i < to && classAt(text, i) & cls) i += widthAt(text, i);
  return i;
}

/** End of "U.S."-style acronym from i, or -1 when fewer than two letter-dot pairs stand there. */
function acronymEnd(text: string, i: number, to: number): number {
  let pairs = 0;
  for (;;) {
    if (i >= to || !(classAt(text, i) & UPPER)) break;
    const dot = i + widthAt(text, i);
    if (dot >= to || text.charCodeAt(dot) !== DOT) break;
    i = dot + 1;
    pairs++;
  }
  return pairs >= 2 ? i : -1;
}

function numberEnd(text: string, i: number, to: number): number {
  let end = runEnd(text, i, to, DIGIT);
  for (;;) {
    const c = text.charCodeAt(end);
    if (end + 1 >= to || (c !== DOT && c !== 0x2c) || !(classAt(text, end + 1) & DIGIT)) return end;
    end = runEnd(text, end + 1, to, DIGIT);
  }
}

/** End of a run of word characters from i; a number written after an ideograph is a token of its own
 *  ("派遣1.2万": 派遣, 1.2, 万). */
function wordPartEnd(text: string, i: number, to: number): number {
  while (i < to) {
    const cls = classAt(text, i);
    if (!(cls & WORD_PART) || (cls & DIGIT && classAt(text, i - 1) & IDEOGRAPH)) break;
    i += widthAt(text, i);
  }
  return i;
}

function wordEnd(text: string, i: number, to: number): number {
  let end = wordPartEnd(text, i + widthAt(text, i), to);
  for (;;) {
    if (end + 1 >= to || !isWordJoiner(text.charCodeAt(end)) || !(classAt(text, end + 1) & WORD_PART)) return end;
    end = wordPartEnd(text, end + 1, to);
  }
}

export function tokenize(text: string, from = 0, to = text.length): Omit<Token, 'sentence'>[] {
  const out: Omit<Token, 'sentence'>[] = [];
  // An end that splits a surrogate pair leaves half a character, which the text up to there reads as one.
  if (to < text.length && /[\uD800-\uDBFF]/.test(text[to - 1] ?? '')) text = text.slice(0, to);
  let i = from;
  while (i < to) {
    const cls = classAt(text, i);
    if (cls & SPACE) {
      i += widthAt(text, i);
      continue;
    }
    let end = cls & UPPER ? acronymEnd(text, i, to) : -1;
    let kind: Token['kind'] = 'word';
    if (end < 0) {
      if (cls & DIGIT) [end, kind] = [numberEnd(text, i, to), 'number'];
      else if (cls & LETTER) end = wordEnd(text, i, to);
      else [end, kind] = [i + widthAt(text, i), cls & PUNCT ? 'punct' : 'symbol'];
    }
    out.push({ start: i, end, text: text.slice(i, end), kind });
    i = end;
  }
  return out;
}

function isSentenceStart(tok: Omit<Token, 'sentence'> | undefined): boolean {
  if (!tok) return true;
  const c = tok.text[0]!;
  return tok.kind !== 'word' || c !== c.toLowerCase() || c === c.toUpperCase();
}

function endsSentence(toks: Omit<Token, 'sentence'>[], i: number, lex: TextLexicon): boolean {
  const tok = toks[i]!;
  if (!TERMINAL.has(tok.text)) return false;
  if (tok.text === '.') {
    const prev = toks[i - 1];
    if (prev && prev.end === tok.start && prev.kind === 'word') {
      if (lex.abbreviations.has(prev.text.toLowerCase())) return false;
      if (prev.text.length === 1 && prev.text !== prev.text.toLowerCase()) return false; // an initial: "J. Smith"
    }
  }
  let j = i + 1;
  while (j < toks.length && (CLOSING.has(toks[j]!.text) || TERMINAL.has(toks[j]!.text))) j++;
  return isSentenceStart(toks[j]);
}

/** Blocks of text that no sentence crosses: paragraphs, and lines unless the next goes on in lower case. */
function blocks(text: string): { start: number; end: number; paragraph: number }[] {
  const out: { start: number; end: number; paragraph: number }[] = [];
  let paragraph = 0;
  const lines = [...text.matchAll(/[^\n]*(\n|$)/g)];
  let cur: { start: number; end: number; paragraph: number } | null = null;
  for (const m of lines) {
    const start = m.index!;
    const content = m[0].replace(/\n$/, '');
    if (content.trim() === '') {
      if (cur) {
        out.push(cur);
        cur = null;
        paragraph++;
      }
      if (start >= text.length) break;
      continue;
    }
    const end = start + content.length;
    const first = content.trimStart()[0]!;
    const continues = first === first.toLowerCase() && first !== first.toUpperCase();
    if (cur && continues) cur.end = end;
    else {
      if (cur) out.push(cur);
      cur = { start, end, paragraph };
    }
  }
  if (cur) out.push(cur);
  return out;
}

/** Word tokens cut further by the pack's word splitter (scripts without spaces), offsets kept. */
function splitWords(toks: Omit<Token, 'sentence'>[], split: NonNullable<TextLexicon['splitWords']>): Omit<Token, 'sentence'>[] {
  const out: Omit<Token, 'sentence'>[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const prev = toks[i - 1];
    const words = t.kind === 'word' ? split(t.text, prev?.kind === 'number' && prev.end === t.start) : null;
    if (!words || words.length < 2) {
      out.push(t);
      continue;
    }
    let at = t.start;
    for (const w of words) {
      out.push({ start: at, end: at + w.length, text: w, kind: /^\d/.test(w) ? 'number' : 'word' });
      at += w.length;
    }
  }
  return out;
}

/** The tokens of a text as the pack cuts them, without sentences (the syntax models' training reads these). */
export function tokensOf(text: string, lex: TextLexicon): Omit<Token, 'sentence'>[] {
  const toks = tokenize(text);
  return lex.splitWords ? splitWords(toks, lex.splitWords) : toks;
}

export function segment(text: string, lex: TextLexicon): SegmentedText {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const lower: string[] = [];
  const lookupForm = lex.lookupForm ?? ((w: string) => w.toLowerCase());
  for (const block of blocks(text)) {
    const cut = tokenize(text, block.start, block.end);
    const toks = lex.splitWords ? splitWords(cut, lex.splitWords) : cut;
    let first = 0;
    const close = (last: number) => {
      if (last < first) return;
      const index = sentences.length;
      const start = toks[first]!.start;
      const end = toks[last]!.end;
      sentences.push({ index, start, end, text: text.slice(start, end), paragraph: block.paragraph });
      for (let k = first; k <= last; k++) {
        const t = toks[k]!;
        // A literal, not a spread: every stage reads tokens in hot loops and spread objects read slower.
        tokens.push({ start: t.start, end: t.end, text: t.text, kind: t.kind, sentence: index });
        lower.push(lookupForm(t.text));
      }
      first = last + 1;
    };
    for (let i = 0; i < toks.length; i++) {
      if (!endsSentence(toks, i, lex)) continue;
      let last = i;
      while (last + 1 < toks.length && (CLOSING.has(toks[last + 1]!.text) || TERMINAL.has(toks[last + 1]!.text))) last++;
      close(last);
      i = last;
    }
    close(toks.length - 1);
  }
  return { text, sentences, tokens, lower };
}
