// Shared reading of PETRARCH dictionary files: comments ('#' to the end of a line, '<!-- … -->' lines),
// phrases written with '_' between words, and bracketed codes.

/** The lines of a dictionary without comments, trailing space kept out; blank lines kept (they end synsets). */
export function dictionaryLines(content: string): string[] {
  let inComment = false;
  return content.split(/\r?\n/).map((raw) => {
    let line = raw;
    if (inComment) {
      const close = line.indexOf('-->');
      if (close < 0) return '';
      inComment = false;
      line = line.slice(close + 3);
    }
    line = line.replace(/<!--.*?-->/g, '');
    const open = line.indexOf('<!--');
    if (open >= 0) {
      inComment = true;
      line = line.slice(0, open);
    }
    return line.replace(/#.*$/, '').trimEnd();
  });
}

/** "VLADIMIR_PUTIN_" → ['vladimir', 'putin']; a trailing '_' (PETRARCH's "no stemming") is dropped. */
export function phraseWords(p: string): string[] {
  return p
    .replace(/^[+]/, '')
    .split(/[_\s]+/)
    .map((w) => w.replace(/^\+/, '').toLowerCase())
    .filter(Boolean);
}

const FUNCTION_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'de', 'del', 'la', 'le', 'du', 'des', 'al', 'el', 'bin', 'van', 'von']);

/**
 * A dictionary phrase as it is written in text, for case-checked matching: words capitalised, function words
 * in lower case, and abbreviations (two letters, or no vowel: "UN", "BBC") in capitals.
 */
export function textForm(p: string): string {
  return phraseWords(p)
    .map((w, i) => {
      if (w.includes('.')) return w.toUpperCase();
      if (i > 0 && FUNCTION_WORDS.has(w)) return w;
      if (/^\p{L}{1,2}$/u.test(w) || !/[aeiouy]/.test(w)) return w.toUpperCase();
      return w.replace(/(^|-)(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
    })
    .join(' ');
}

/** Every '[…]' on a line, without the brackets. */
export function bracketed(line: string): string[] {
  return [...line.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]!.trim());
}
