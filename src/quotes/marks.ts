// Spans between quotation marks. A quote may run over sentences and, when each new paragraph reopens it
// (the convention for long quotes), over paragraphs; a mark left open at the end of a paragraph is not a
// quote, so a stray mark never swallows the rest of the text.

export interface Quoted {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark. */
  close: number;
}

const SPACE = /\s/;
/** No quotation runs longer: a bound on the search for a closing mark, so stray marks cost little. */
const MAX_QUOTE_CHARS = 10_000;
const OPENER_BEFORE = /[\s([{\-–—:]/;

/** Symmetric marks (" opens and closes) open after a space and before a non-space. */
function canOpen(text: string, i: number, symmetric: boolean): boolean {
  const next = text[i + 1];
  if (next === undefined || SPACE.test(next)) return false;
  return !symmetric || i === 0 || OPENER_BEFORE.test(text[i - 1]!);
}

/** A closing mark follows the quoted words directly. */
function canClose(text: string, i: number): boolean {
  return i > 0 && !SPACE.test(text[i - 1]!);
}

/** Where the paragraph holding `i` ends (its blank line), or the end of the text. */
function paragraphEnd(text: string, i: number): number {
  const m = /\n[ \t]*\n/g;
  m.lastIndex = i;
  const found = m.exec(text);
  return found ? found.index : text.length;
}

/** The first non-space offset of the paragraph after `end`, or -1. */
function nextParagraphStart(text: string, end: number): number {
  const m = /\S/g;
  m.lastIndex = end;
  const found = m.exec(text);
  return found ? found.index : -1;
}

export function findQuoted(text: string, marks: ReadonlyMap<string, ReadonlySet<string>>): Quoted[] {
  const out: Quoted[] = [];
  const opener = new RegExp(`[${[...marks.keys()].map((m) => '\\' + m).join('')}]`, 'g');
  // Where the search for each set of closing marks last failed without leaving its paragraph: a later opener
  // of that set in the same stretch would fail over the same characters, so it starts there.
  const searchedUntil = new Map<ReadonlySet<string>, number>();
  let paragraph = { start: -1, end: -1 };
  let i = 0;
  while (i < text.length) {
    opener.lastIndex = i;
    const hit = opener.exec(text);
    if (!hit) break;
    i = hit.index;
    const closes = marks.get(text[i]!)!;
    if (!canOpen(text, i, closes.has(text[i]!))) {
      i++;
      continue;
    }
    const open = i;
    const openMark = text[i]!;
    if (open >= paragraph.end) paragraph = { start: open, end: paragraphEnd(text, open) };
    let end = paragraph.end;
    let close = -1;
    let continued = false;
    const limit = Math.min(text.length, open + MAX_QUOTE_CHARS);
    let j = Math.max(open + 1, searchedUntil.get(closes) ?? 0);
    for (; j < limit && close < 0; j++) {
      if (j >= end) {
        const next = nextParagraphStart(text, end);
        if (next < 0 || text[next] !== openMark) break;
        [j, end, continued] = [next, paragraphEnd(text, next), true];
        continue;
      }
      if (closes.has(text[j]!) && canClose(text, j)) close = j;
    }
    if (close < 0) {
      if (!continued) searchedUntil.set(closes, j);
      i = open + 1;
      continue;
    }
    out.push({ open, close });
    i = close + 1;
  }
  return out;
}
