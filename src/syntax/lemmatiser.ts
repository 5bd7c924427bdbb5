// Lemmas learned from a treebank: the lemma of every form seen in training, and for unseen forms an edit
// script chosen by part of speech and the word's ends. A script cuts a prefix and a suffix and puts
// others in their place ("menyetujui" → cut "meny", add "s", cut "i" → "setuju"; "troops" → cut "s"),
// and says whether the lemma keeps the form's capital ("Korea") or is lower case ("The" → "the").

export interface EditScript {
  cutPrefix: number;
  addPrefix: string;
  cutSuffix: number;
  addSuffix: string;
  keepCase: boolean;
}

const SEP = '\u0001';
const MEMO_SIZE = 50_000;

export function scriptText(s: EditScript): string {
  return [s.cutPrefix, s.addPrefix, s.cutSuffix, s.addSuffix, s.keepCase ? 'K' : 'L'].join(SEP);
}

function parseScript(text: string): EditScript {
  const [cp, ap, cs, as, k] = text.split(SEP) as [string, string, string, string, string];
  return { cutPrefix: Number(cp), addPrefix: ap, cutSuffix: Number(cs), addSuffix: as, keepCase: k === 'K' };
}

/** The script that turns `form` into `lemma`: the longest common substring is kept, the rest rewritten. */
export function editScript(form: string, lemma: string): EditScript {
  const f = form.toLowerCase();
  const l = lemma.toLowerCase();
  let bestLen = 0;
  let bestF = 0;
  let bestL = 0;
  // Longest common substring by dynamic programming; words are short.
  let prev = new Uint16Array(l.length + 1);
  let cur = new Uint16Array(l.length + 1);
  for (let i = 1; i <= f.length; i++) {
    for (let j = 1; j <= l.length; j++) {
      cur[j] = f[i - 1] === l[j - 1] ? prev[j - 1]! + 1 : 0;
      if (cur[j]! > bestLen) [bestLen, bestF, bestL] = [cur[j]!, i - cur[j]!, j - cur[j]!];
    }
    [prev, cur] = [cur, prev];
  }
  // Case is kept when the lemma copies the form's capitals ("Korea", "ADB"); otherwise it is lower-cased.
  const copied = form.slice(bestF, bestF + bestLen);
  const keepCase = copied !== copied.toLowerCase() && lemma.slice(bestL, bestL + bestLen) === copied;
  if (bestLen === 0) return { cutPrefix: 0, addPrefix: l, cutSuffix: f.length, addSuffix: '', keepCase };
  return { cutPrefix: bestF, addPrefix: l.slice(0, bestL), cutSuffix: f.length - bestF - bestLen, addSuffix: l.slice(bestL + bestLen), keepCase };
}

export function applyScript(form: string, s: EditScript): string | null {
  if (s.cutPrefix + s.cutSuffix > form.length) return null;
  const kept = form.slice(s.cutPrefix, form.length - s.cutSuffix);
  const out = s.addPrefix + (s.keepCase ? kept : kept.toLowerCase()) + s.addSuffix;
  return out.length ? out : null;
}

/** The keys an unseen form is looked up by, most specific first. */
function keys(lower: string, upos: string): string[] {
  const out: string[] = [];
  for (const [p, s] of [[4, 3], [3, 3], [3, 2], [2, 2], [2, 1]] as const) {
    if (lower.length > p + s) out.push(`${upos}|${lower.slice(0, p)}|${lower.slice(-s)}`);
  }
  for (let s = 5; s >= 1; s--) if (lower.length > s) out.push(`${upos}||${lower.slice(-s)}`);
  out.push(`${upos}||`);
  return out;
}

export interface LemmatiserData {
  scripts: string[];
  /** key → script index, for unseen forms. */
  rules: Record<string, number>;
  /** "lower form|UPOS" → script index, only where the rules would choose another. */
  table: Record<string, number>;
  /** Every lemma seen in training, lower case: what a pack's candidate lemmas are checked against. */
  lemmas: string[];
}

/** A pack's morphology: candidate lemmas of a lower-case word, most likely first ("mengirim" → kirim, …). */
export type LemmaCandidates = (lower: string) => readonly string[];

export class Lemmatiser {
  private readonly scripts: EditScript[];
  private readonly rules: Map<string, number>;
  private readonly table: Map<string, number>;
  private readonly extra = new Map<string, string>();
  private readonly memo = new Map<string, string>();
  private readonly known: Set<string>;
  private candidates: LemmaCandidates | null = null;
  constructor(data: LemmatiserData) {
    this.known = new Set(data.lemmas);
    this.scripts = data.scripts.map(parseScript);
    this.rules = new Map(Object.entries(data.rules));
    this.table = new Map(Object.entries(data.table));
  }

  /** A pack's morphology: for an unseen word whose learned lemma is no known lemma, the first candidate that is. */
  useCandidates(candidates: LemmaCandidates | null): void {
    this.candidates = candidates;
    this.memo.clear();
  }

  /** Adds known lemmas (a pack's own morphology or word list): key "lower form|UPOS" or "lower form". */
  extend(entries: Iterable<[string, string]>): void {
    for (const [k, v] of entries) this.extra.set(k, v);
    this.memo.clear();
  }

  lemma(form: string, upos: string): string {
    // News repeats its words: remember recent answers (the rules build a dozen keys per unseen word).
    const key = `${form}\u0001${upos}`;
    let out = this.memo.get(key);
    if (out === undefined) {
      if (this.memo.size >= MEMO_SIZE) this.memo.clear();
      this.memo.set(key, (out = this.compute(form, upos)));
    }
    return out;
  }

  private compute(form: string, upos: string): string {
    const lower = form.toLowerCase();
    const fixed = this.extra.get(`${lower}|${upos}`) ?? this.extra.get(lower);
    if (fixed !== undefined) return fixed;
    const known = this.table.get(`${lower}|${upos}`);
    if (known !== undefined) return applyScript(form, this.scripts[known]!) ?? form;
    const learned = this.byRules(form, lower, upos);
    if (this.candidates && !this.known.has(learned.toLowerCase())) {
      for (const c of this.candidates(lower)) if (this.known.has(c)) return c;
    }
    return learned;
  }

  private ruleFor(lower: string, upos: string): number | undefined {
    for (const key of keys(lower, upos)) {
      const s = this.rules.get(key);
      if (s !== undefined && this.scripts[s]!.cutPrefix + this.scripts[s]!.cutSuffix < lower.length) return s;
    }
    return undefined;
  }

  private byRules(form: string, lower: string, upos: string): string {
    const s = this.ruleFor(lower, upos);
    return s === undefined ? form : (applyScript(form, this.scripts[s]!) ?? form);
  }

  /** Learns from (form, UPOS, lemma) triples: rules need `minCount` examples, and the table keeps the rest. */
  static train(examples: readonly { form: string; upos: string; lemma: string }[], minCount = 2): Lemmatiser {
    const scriptIds = new Map<string, number>();
    const ruleCounts = new Map<string, Map<number, number>>();
    const formCounts = new Map<string, Map<number, number>>();
    const count = <K>(outer: Map<string, Map<K, number>>, key: string, id: K) => {
      const m = outer.get(key) ?? new Map<K, number>();
      m.set(id, (m.get(id) ?? 0) + 1);
      outer.set(key, m);
    };
    for (const { form, upos, lemma } of examples) {
      if (!lemma || lemma === '_') continue;
      const text = scriptText(editScript(form, lemma));
      let id = scriptIds.get(text);
      if (id === undefined) scriptIds.set(text, (id = scriptIds.size));
      const lower = form.toLowerCase();
      for (const key of keys(lower, upos)) count(ruleCounts, key, id);
      count(formCounts, `${lower}|${upos}`, id);
    }
    const argmax = <K>(m: Map<K, number>): [K, number] => [...m].reduce((a, b) => (b[1] > a[1] ? b : a));
    const rules: Record<string, number> = {};
    for (const [key, m] of ruleCounts) {
      const [id, n] = argmax(m);
      if (n >= minCount || key.endsWith('||')) rules[key] = id;
    }
    const lemmas = new Set<string>();
    for (const { lemma } of examples) if (lemma && lemma !== '_') lemmas.add(lemma.toLowerCase());
    const data: LemmatiserData = { scripts: [...scriptIds.keys()], rules, table: {}, lemmas: [...lemmas].sort() };
    const bare = new Lemmatiser(data);
    for (const [fk, m] of formCounts) {
      const id = argmax(m)[0];
      const [lower, upos] = fk.split('|') as [string, string];
      if (bare.ruleFor(lower, upos) !== id) data.table[fk] = id;
    }
    return new Lemmatiser(data);
  }

  toJSON(): LemmatiserData {
    return {
      scripts: this.scripts.map(scriptText),
      rules: Object.fromEntries(this.rules),
      table: Object.fromEntries(this.table),
      lemmas: [...this.known],
    };
  }
}
