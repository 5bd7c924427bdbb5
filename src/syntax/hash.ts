// Integer hashing for features: strings are hashed once per token, then a feature is a few multiplies
// over small integers (no string building in the hot loops).

/** FNV-1a over UTF-16 units, as an unsigned 32-bit integer. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * A feature: template number and up to three values, hashed to a 32-bit integer. The values are already
 * hashes or small numbers, so one multiply-xor step per value and a final avalanche (whose low bits pick the
 * weight row) are enough, at a third of the multiplies of a full MurmurHash3 block step per value.
 */
export function feature(template: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(template ^ 0x5bd1e995, 0x9e3779b1) ^ a;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca77) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0xc2b2ae3d) ^ c;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
