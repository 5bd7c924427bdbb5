// What the models know of a token, hashed once per sentence: its lower-cased form, affixes and shape.
import { hashString } from './hash.ts';

export interface TokenIds {
  n: number;
  word: Int32Array;
  /** The form as written (case kept). */
  form: Int32Array;
  suffix1: Int32Array;
  suffix2: Int32Array;
  suffix3: Int32Array;
  suffix4: Int32Array;
  prefix2: Int32Array;
  prefix3: Int32Array;
  shape: Int32Array;
}

/** "Korea" → "Xx", "2024" → "d", "U.S." → "X.X.", "co-op" → "x-x": character classes, runs collapsed. */
export function wordShape(form: string): string {
  let out = '';
  let last = '';
  for (const ch of form) {
    const c = ch >= '0' && ch <= '9' ? 'd' : ch !== ch.toLowerCase() ? 'X' : ch !== ch.toUpperCase() ? 'x' : /\p{L}/u.test(ch) ? 'l' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

export function tokenIds(forms: readonly string[]): TokenIds {
  const n = forms.length;
  const ids: TokenIds = {
    n,
    word: new Int32Array(n),
    form: new Int32Array(n),
    suffix1: new Int32Array(n),
    suffix2: new Int32Array(n),
    suffix3: new Int32Array(n),
    suffix4: new Int32Array(n),
    prefix2: new Int32Array(n),
    prefix3: new Int32Array(n),
    shape: new Int32Array(n),
  };
  for (let i = 0; i < n; i++) {
    const form = forms[i]!;
    const lower = form.toLowerCase();
    ids.word[i] = hashString(lower);
    ids.suffix1[i] = hashString(lower.slice(-1));
    ids.suffix2[i] = hashString(lower.slice(-2));
    ids.suffix3[i] = hashString(lower.slice(-3));
    ids.suffix4[i] = hashString(lower.slice(-4));
    ids.form[i] = form === lower ? ids.word[i]! : hashString(form);
    ids.prefix2[i] = hashString(lower.slice(0, 2));
    ids.prefix3[i] = hashString(lower.slice(0, 3));
    ids.shape[i] = hashString(wordShape(form));
  }
  return ids;
}
