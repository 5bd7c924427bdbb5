// Near-duplicate detection: MinHash signatures over word shingles, banded for locality-sensitive hashing.
// Syndicated copies share most of their word 4-grams whatever headline or boilerplate surrounds them.

export const SHINGLE_WORDS = 4;
export const NUM_HASHES = 128;
/** 32 bands of 4 rows: pairs above about 0.42 Jaccard share a band with high probability. */
export const BANDS = 32;
const ROWS = NUM_HASHES / BANDS;
/** Estimated Jaccard similarity above which two articles are copies of one report. */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** murmur3's finaliser: a good 32-bit mix, seeded per hash function. */
function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const SEEDS = Array.from({ length: NUM_HASHES }, (_, i) => mix(i + 1, 0x9e3779b9));

// Scripts written without spaces count each character as a word.
const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]|[\p{L}\p{M}\p{N}]+/gu;

export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

export function shingles(text: string): Set<string> {
  const words_ = words(text);
  const out = new Set<string>();
  const n = Math.min(SHINGLE_WORDS, words_.length);
  for (let i = 0; n > 0 && i + n <= words_.length; i++) out.add(words_.slice(i, i + n).join(' '));
  return out;
}

/** The signature: for each hash function, the least hash over the shingles. Empty text → all 0xffffffff. */
export function minhash(text: string): number[] {
  const sig = new Array<number>(NUM_HASHES).fill(0xffffffff);
  for (const sh of shingles(text)) {
    const base = fnv1a(sh);
    for (let i = 0; i < NUM_HASHES; i++) {
      const h = mix(base, SEEDS[i]!);
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

/** Share of equal positions: an unbiased estimate of the shingle sets' Jaccard similarity. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** One key per band: articles sharing any key are candidates to compare. */
export function bandKeys(sig: readonly number[]): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    const rows = sig.slice(b * ROWS, (b + 1) * ROWS);
    keys.push(`${b}:${fnv1a(rows.join(',')).toString(16)}`);
  }
  return keys;
}
