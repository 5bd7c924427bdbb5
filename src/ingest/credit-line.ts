// The publisher a text names at its start: a wire dateline ("SEOUL, Oct 18 (Reuters) -", "MOSCOW, October 10.
// /TASS/.") or an outlet's credit line ("Jakarta, Kompas.com -", "TRIBUNNEWS.COM, JAKARTA -"). The patterns are
// data (credit-lines.txt); plain text with no other word on its publisher gets it from here.
import { readList } from '../lang/load.ts';

const PATTERNS = readList(new URL('./credit-lines.txt', import.meta.url)).map((p) => new RegExp(p, 'iu'));
/** A dateline opens the story: the headline and a byline line or two come before it, never more. */
const LINES_LOOKED_AT = 4;

export interface CreditLine {
  publisher: string;
  /** The line that names it. */
  line: string;
}

/** An address written in capitals is still the outlet's name: "TRIBUNNEWS.COM" → "Tribunnews.com". */
function tidy(name: string): string {
  const n = name.trim().replace(/\s+/g, ' ');
  return /\.[a-z.]+$/i.test(n) && n === n.toUpperCase() ? n[0] + n.slice(1).toLowerCase() : n;
}

export function creditLine(text: string): CreditLine | null {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, LINES_LOOKED_AT);
  for (const line of lines) {
    for (const p of PATTERNS) {
      const publisher = p.exec(line)?.groups?.publisher;
      if (publisher) return { publisher: tidy(publisher), line };
    }
  }
  return null;
}
