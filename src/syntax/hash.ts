// Integer hashing for features: strings are hashed once per token, then a feature is a few multiplies
// over small integers (no string building in the hot loops).

/** FNV-1a over UTF-16 units, as an unsigned 32-bit integer. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

// MurmurHash3's 32-bit block step and finaliser.
function mix(h: number, v: number): number {
  let k = Math.imul(v, 0xcc9e2d51);
  k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** A feature: template number and up to three values, hashed to a 32-bit integer. */
export function feature(template: number, a: number, b = 0, c = 0): number {
  let h = mix(mix(mix(template, a), b), c);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
