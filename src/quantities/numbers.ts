// Reads a number at a token: digits in the pack's format ("11.000", "1,5"), number words ("dua puluh",
// "twenty-five", "puluhan ribu") or both ("1,5 juta", "$2 billion").
import type { QuantityLexicon } from './lexicon.ts';
import type { Tok } from './phrases.ts';

export interface NumberMatch {
  value: number;
  /** Index of the token after the number. */
  end: number;
  /** An unspecified multiple ("ribuan", "dozens"): the value is a lower bound. */
  vague: boolean;
  /** Written only in words. */
  wordsOnly: boolean;
  /** How many words or numbers it took. */
  parts: number;
  /** Product of the scale words at its end ("juta" in "1,5 juta"): a range's first number shares it. */
  scale: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const formats = new WeakMap<QuantityLexicon, { grouped: RegExp; plain: RegExp }>();

/** The value of a number token in the pack's format, or null when it is not one ("1.2.3"). */
export function digitValue(text: string, lex: QuantityLexicon): number | null {
  let f = formats.get(lex);
  if (!f) {
    const [t, d] = [escape(lex.thousandsSeparator), escape(lex.decimalMark)];
    f = { grouped: new RegExp(`^\\d{1,3}(?:${t}\\d{3})+(?:${d}\\d+)?$`), plain: new RegExp(`^\\d+(?:${d}\\d+)?$`) };
    formats.set(lex, f);
  }
  if (f.grouped.test(text) || f.plain.test(text)) return Number(text.split(lex.thousandsSeparator).join('').replace(lex.decimalMark, '.'));
  // The other convention's decimals ("2.61" in Indonesian text) when the digits cannot be a thousands group.
  const foreign = /^(\d+)[.,](\d+)$/.exec(text);
  return foreign && foreign[2]!.length !== 3 ? Number(`${foreign[1]}.${foreign[2]}`) : null;
}

/** Words of a token that are all number words ("twenty-five" → twenty, five), else null. */
function numberParts(tok: Tok, word: string, lex: QuantityLexicon): string[] | null {
  if (tok.kind !== 'word') return null;
  if (lex.numberWords.has(word)) return [word];
  if (!word.includes('-')) return null;
  const parts = word.split('-');
  return parts.every((p) => lex.numberWords.has(p)) ? parts : null;
}

export function readNumber(tokens: readonly Tok[], words: readonly string[], i: number, stop: number, lex: QuantityLexicon): NumberMatch | null {
  // total: finished thousands and up; group: finished hundreds; last: the pending atom.
  let total = 0;
  let group = 0;
  let last = 0;
  let scale = 1;
  let vague = false;
  let parts = 0;
  let digits = false;
  let k = i;

  const first = tokens[i];
  if (first?.kind === 'number') {
    const v = digitValue(first.text, lex);
    if (v === null) return null;
    last = v;
    digits = true;
    parts = 1;
    k = i + 1;
  }

  reading: for (; k < stop; k++) {
    const pieces = numberParts(tokens[k]!, words[k]!, lex);
    if (!pieces) break;
    for (const w of pieces) {
      const { role, value, alone } = lex.numberWords.get(w)!;
      const nothingYet = parts === 0;
      switch (role) {
        case 'atom':
          // "twenty" + "five"; never two units in a row, nor words after digits.
          if (digits || !(last === 0 || (last >= 20 && last % 10 === 0 && value < 10))) break reading;
          last += value;
          break;
        case 'times':
          if (digits || last === 0) break reading;
          last *= value;
          break;
        case 'plus':
          if (digits || last === 0 || last >= 10) break reading;
          last += value;
          break;
        case 'hundred':
          if (nothingYet && !alone) break reading;
          group += (last || 1) * value;
          last = 0;
          break;
        case 'scale':
          if (nothingYet && !alone) break reading;
          total += (group + last || 1) * value;
          group = last = 0;
          scale *= value;
          break;
        case 'many':
          if (!nothingYet) break reading;
          last = value;
          vague = true;
          break;
        case 'joiner': {
          // only between number words: "two hundred and fifty"
          const next = tokens[k + 1];
          if (nothingYet || pieces.length > 1 || !next || !numberParts(next, words[k + 1]!, lex) || k + 1 >= stop) break reading;
          continue reading;
        }
      }
      if (role !== 'scale') scale = 1;
      parts++;
    }
  }
  if (parts === 0) return null;
  return { value: total + group + last, end: k, vague, wordsOnly: !digits, parts, scale };
}
