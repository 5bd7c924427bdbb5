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

// Groups, in order: acronym, number, word, punct, symbol (numbered, not named: no groups object per token).
const TOKEN =
  /((?:\p{Lu}\.){2,})|(\d+(?:[.,]\d+)*)|([\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}\p{N}]+)*)|(\p{P})|(\S)/gu;
const TERMINAL = new Set(['.', '!', '?', '…']);
const CLOSING = new Set(['"', '”', '’', "'", ')', ']', '»', '」', '』']);
const SPACE = /\s/;

export function tokenize(text: string, from = 0, to = text.length): Omit<Token, 'sentence'>[] {
  const out: Omit<Token, 'sentence'>[] = [];
  TOKEN.lastIndex = from;
  // No token spans white space, so one that ends at white space needs no cut copy of the text.
  const slice = to === text.length || SPACE.test(text[to]!) ? text : text.slice(0, to);
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice)) !== null && m.index < to) {
    const kind = m[1] || m[3] ? 'word' : m[2] ? 'number' : m[4] ? 'punct' : 'symbol';
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind });
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

export function segment(text: string, lex: TextLexicon): SegmentedText {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const lower: string[] = [];
  for (const block of blocks(text)) {
    const toks = tokenize(text, block.start, block.end);
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
        lower.push(t.text.toLowerCase());
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
