// A sentence's dependency parse as the event stage reads it: children by relation, the words marking a
// dependent ("to", "ke", "by"), and who a verb's subject is when the clause does not name one (a conjoined
// verb shares it, a controlled infinitive takes it from its governor, a relative clause from its noun).
import type { SentenceSyntax } from '../syntax/index.ts';

export interface DependencyTree {
  head: readonly number[];
  deprel: readonly string[];
  upos: readonly string[];
  lemma: readonly string[];
  children: readonly number[][];
}

export function dependencyTree(s: SentenceSyntax): DependencyTree {
  const children: number[][] = s.head.map(() => []);
  s.head.forEach((h, i) => {
    if (h >= 0) children[h]!.push(i);
  });
  return { head: s.head, deprel: s.deprel, upos: s.upos, lemma: s.lemma, children };
}

/** The relation without its subtype: "nsubj:pass" → "nsubj". */
export const base = (t: DependencyTree, i: number) => t.deprel[i]!.split(':')[0]!;

/** Children of i whose relation (or its base) is one of `rels`, in word order. */
export function dependents(t: DependencyTree, i: number, rels: ReadonlySet<string>): number[] {
  return t.children[i]!.filter((c) => rels.has(t.deprel[c]!) || rels.has(base(t, c)));
}

/** The function words marking i ("to Russia", "untuk mendukung", "by Ukraine"): its case and mark children. */
export function markers(t: DependencyTree, i: number): number[] {
  return t.children[i]!.filter((c) => {
    const r = base(t, c);
    return r === 'case' || r === 'mark';
  });
}

/** Whether `node` lies in the subtree of `top` (itself included). */
export function within(t: DependencyTree, node: number, top: number): boolean {
  for (let k = node, steps = 0; k >= 0 && steps <= t.head.length; k = t.head[k]!, steps++) if (k === top) return true;
  return false;
}

/** The token of [first, last] whose head lies outside it: the phrase's head. */
export function phraseHead(t: DependencyTree, first: number, last: number): number {
  for (let i = first; i <= last; i++) {
    const h = t.head[i]!;
    if (h < first || h > last) return i;
  }
  return first;
}

const SUBJECT = new Set(['nsubj', 'csubj']);
const PASSIVE_MARKS = new Set(['aux:pass', 'nsubj:pass', 'csubj:pass', 'expl:pass']);

/** Whether the parse marks i as a passive (a passive auxiliary or subject). */
export function parsedPassive(t: DependencyTree, i: number): boolean {
  return t.children[i]!.some((c) => PASSIVE_MARKS.has(t.deprel[c]!));
}

/** The subject of i named in its own clause: its nsubj (active or passive), or none. */
export function ownSubject(t: DependencyTree, i: number): number | null {
  return t.children[i]!.find((c) => SUBJECT.has(base(t, c))) ?? null;
}

/**
 * The subject i takes from elsewhere when its clause names none: a conjoined verb its first conjunct's, a
 * controlled complement or adverbial ("agreed to withdraw", ", killing 20") its governor's object or subject,
 * a relative or participial clause the noun it modifies ("troops who crossed", "pasukan yang dikirim").
 */
export function inheritedSubject(t: DependencyTree, i: number, depth = 0): number | null {
  if (depth > 4) return null;
  const own = ownSubject(t, i);
  if (own !== null) return own;
  const h = t.head[i]!;
  if (h < 0) return null;
  const rel = base(t, i);
  if (rel === 'conj') return inheritedSubject(t, h, depth + 1);
  // Object control: "urged Iran to withdraw" — Iran withdraws; so does an unmarked adverbial after an object,
  // the way reports are parsed ("menyebut Korea Utara mengirim …": North Korea sends).
  if (rel === 'xcomp' || (rel === 'advcl' && markers(t, i).length === 0)) {
    const obj = t.children[h]!.find((c) => (base(t, c) === 'obj' || base(t, c) === 'iobj') && c < i);
    if (obj !== undefined) return obj;
  }
  if (rel === 'xcomp' || rel === 'advcl') return inheritedSubject(t, h, depth + 1);
  if (rel === 'acl') {
    const u = t.upos[h];
    return u === 'NOUN' || u === 'PROPN' || u === 'PRON' || u === 'NUM' ? h : null;
  }
  return null;
}

