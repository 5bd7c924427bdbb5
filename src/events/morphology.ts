// Candidate lemmas of a word from the pack's affix rules: "mengirimkan" → kirim (active), "dikirim" → kirim
// (passive), "pengiriman" → kirim (noun), "pengirim" → kirim (agent: the sender), "supplied" → supply. Over-generation is harmless: only candidates
// that are verb lemmas in the lexicon are ever used.
import type { AffixRule, Morphology } from './lexicon.ts';

export interface Analysis {
  stem: string;
  tag: AffixRule['tag'];
}

const MIN_STEM = 2;

function stripSuffixes(word: string, rules: AffixRule[], undouble: boolean): Analysis[] {
  const out: Analysis[] = [{ stem: word, tag: null }];
  // Two rounds cover stacked suffixes ("-kan" + "-nya").
  for (let round = 0; round < 2; round++) {
    for (const a of [...out]) {
      for (const r of rules) {
        if (!a.stem.endsWith(r.form) || a.stem.length - r.form.length < MIN_STEM) continue;
        const bare = a.stem.slice(0, -r.form.length);
        for (const add of r.restore) {
          const stem = bare + add;
          const tag = a.tag ?? r.tag;
          if (!out.some((o) => o.stem === stem && o.tag === tag)) out.push({ stem, tag });
          const last = bare.length - 1;
          if (undouble && add === '' && last > 0 && bare[last] === bare[last - 1] && !out.some((o) => o.stem === bare.slice(0, -1))) {
            out.push({ stem: bare.slice(0, -1), tag });
          }
        }
      }
    }
  }
  return out;
}

function stripPrefixes(a: Analysis, rules: AffixRule[]): Analysis[] {
  const out: Analysis[] = [a];
  // Two rounds cover stacked prefixes ("diper-", "memper-").
  for (let round = 0; round < 2; round++) {
    for (const b of [...out]) {
      for (const r of rules) {
        if (!b.stem.startsWith(r.form) || b.stem.length - r.form.length < MIN_STEM) continue;
        const bare = b.stem.slice(r.form.length);
        for (const add of r.restore) {
          const stem = add + bare;
          // An agent prefix with a noun suffix makes the act's noun (peN-…-an: "penyerangan"), alone its doer.
          const tag = r.tag === 'agent' && b.tag === 'noun' ? 'noun' : (r.tag ?? b.tag);
          if (!out.some((o) => o.stem === stem && o.tag === tag)) out.push({ stem, tag });
        }
      }
    }
  }
  return out;
}

/** Every reading of a lower-case word: itself first, then affix-stripped stems with what the affixes said. */
export function analyses(word: string, m: Morphology): Analysis[] {
  const out: Analysis[] = [];
  for (const s of stripSuffixes(word, m.suffixes, m.undouble)) {
    for (const p of stripPrefixes(s, m.prefixes)) {
      if (!out.some((o) => o.stem === p.stem && o.tag === p.tag)) out.push(p);
    }
  }
  return out;
}
