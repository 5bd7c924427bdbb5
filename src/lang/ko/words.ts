// Korean words: an eojeol (a word between spaces) is a noun with its particles written on ("북한이", "러시아에"),
// or a verb with its endings ("파병했다"). The particles are cut off as words of their own, so that names are
// found whole and the frames can read what a particle marks; verb endings are left to morphology.tsv.
import { listedWords, packFile, readList } from '../load.ts';

const HANGUL = /^\p{Script=Hangul}+$/u;
/** Longest first: "에게서" before "에". */
const PARTICLES = readList(packFile(import.meta.url, 'particles.txt')).sort((a, b) => b.length - a.length);
/** A particle of one syllable is cut only with at least this many syllables before it, or after a number
 *  ("3천 명을": 명 + 을). */
const MIN_STEM = 2;

let own: Set<string> | null = null;

/** Every Hangul word of the pack's lists: a listed name is never cut ("김정은" is no 김정 + 은). */
function packWords(): Set<string> {
  own ??= listedWords(import.meta.url, (w) => HANGUL.test(w), ['particles.txt']);
  return own;
}

export function splitWords(run: string, afterNumber: boolean): string[] | null {
  if (!HANGUL.test(run) || packWords().has(run)) return null;
  for (const p of PARTICLES) {
    const stem = run.length - p.length;
    if (run.endsWith(p) && stem >= (p.length === 1 && !afterNumber ? MIN_STEM : 1)) return [run.slice(0, stem), p];
  }
  return null;
}
