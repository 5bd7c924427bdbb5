// Finds listed phrases in a run of tokens: the longest one starting at a given token. Phrases are split with
// the same tokenizer as the text, so "US$" matches the tokens "US" and "$" and "kira-kira" one token.
import { tokenize } from '../text/segment.ts';

export interface Tok {
  start: number;
  end: number;
  text: string;
  kind: string;
}

interface Node<T> {
  value?: T;
  next: Map<string, Node<T>>;
}

export interface PhraseMatch<T> {
  value: T;
  /** Index of the token after the phrase. */
  end: number;
}

export class PhraseMatcher<T> {
  private readonly root = new Map<string, Node<T>>();

  /** `suffixes` may be stripped from the last word of a phrase ("containers" → "container"). */
  constructor(
    entries: Iterable<[string, T]>,
    private readonly suffixes: readonly string[] = [],
  ) {
    for (const [phrase, value] of entries) this.add(phrase, value);
  }

  private add(phrase: string, value: T): void {
    const words = tokenize(phrase).map((t) => t.text.toLowerCase());
    if (words.length === 0) return;
    let level = this.root;
    let node: Node<T> | undefined;
    for (const w of words) {
      node = level.get(w);
      if (!node) level.set(w, (node = { next: new Map() }));
      level = node.next;
    }
    node!.value ??= value;
  }

  /** Lower-cased first words of the phrases: where a match can start. */
  firsts(): Set<string> {
    return new Set(this.root.keys());
  }

  /** The longest phrase starting at words[i] and ending before words[stop] (words: lower-cased tokens). */
  match(words: readonly string[], i: number, stop: number): PhraseMatch<T> | null {
    let best: PhraseMatch<T> | null = null;
    let level = this.root;
    for (let k = i; k < stop; k++) {
      const word = words[k]!;
      for (const suffix of this.suffixes) {
        if (!word.endsWith(suffix) || word.length <= suffix.length + 1) continue;
        const stem = level.get(word.slice(0, -suffix.length));
        if (stem?.value !== undefined) best = { value: stem.value, end: k + 1 };
      }
      const node = level.get(word);
      if (!node) break;
      if (node.value !== undefined) best = { value: node.value, end: k + 1 };
      level = node.next;
    }
    return best;
  }
}
