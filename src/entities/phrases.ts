// A dictionary of multi-word phrases matched over tokens, longest first. Phrases are tokenised like the text,
// compared case-insensitively, then checked against the case of the dictionary form: a capitalised word must be
// capitalised in the text, an all-capital abbreviation must be in capitals ("AS" the country, never "as").
import { tokenize } from '../text/segment.ts';

export interface TokenLike {
  text: string;
  start: number;
  end: number;
  /** tokenKey(text), when the caller has it already. */
  key?: string;
}

export interface PhraseMatch<T> {
  /** Token index one past the last matched token. */
  end: number;
  values: T[];
}

/** How a dictionary word constrains the case of the text: any case, capitalised, or exactly (abbreviations). */
const enum CaseRule {
  Any,
  Capital,
  Exact,
}

interface Phrase<T> {
  forms: string[];
  keys: string[];
  rules: CaseRule[];
  values: T[];
}

/** Plain words separated by single spaces tokenise to themselves (a fast path for big gazetteers). */
const SIMPLE = /^[\p{L}\p{M}]+(?: [\p{L}\p{M}]+)*$/u;
const UPPER_START = /^\p{Lu}/u;

export const tokenKey = (text: string) => text.toLowerCase();

const FIRST_WORD = /^[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/u;
/** The key of a phrase's first token, as the tokenizer would cut it. */
export const firstKey = (phrase: string) => tokenKey(FIRST_WORD.exec(phrase)?.[0] ?? phrase.split(' ')[0]!);
export const isCapitalised = (word: string) => UPPER_START.test(word);
const isAbbreviation = (word: string) => word.length >= 2 && /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);

/** Longest word of an all-capital phrase that still reads as an abbreviation ("NATO", "AS"), not as a name
 *  written in capitals the way dictionaries do ("HAMAS", "VLADIMIR PUTIN"). */
const MAX_ABBREVIATION = 4;

function caseRules(forms: string[]): CaseRule[] {
  const shouting = forms.every((f) => !/\p{Ll}/u.test(f)) && forms.some((f) => f.length > MAX_ABBREVIATION);
  return forms.map((form) =>
    isAbbreviation(form) && !shouting ? CaseRule.Exact : isCapitalised(form) ? CaseRule.Capital : CaseRule.Any,
  );
}

function caseAgrees(rule: CaseRule, form: string, text: string): boolean {
  return rule === CaseRule.Any || (rule === CaseRule.Capital ? isCapitalised(text) : text === form);
}

/** The phrases starting with one key, and the entries for it not yet indexed. */
interface Slot<T> {
  phrases: Phrase<T>[];
  later: (() => [string, T])[] | null;
}

export class PhraseIndex<T> {
  /** One lookup per token: the indexed phrases and the pending entries share a slot. */
  private readonly byFirst = new Map<string, Slot<T>>();
  private readonly byForms = new Map<string, Phrase<T>>();

  /** Adds an entry whose phrase starts with a word of this key, made only when that key is first looked up
   *  (big gazetteers index a word on first lookup). */
  addLater(firstKey: string, make: () => [string, T]): void {
    const slot = this.byFirst.get(firstKey);
    if (!slot) this.byFirst.set(firstKey, { phrases: [], later: [make] });
    else if (slot.later) slot.later.push(make);
    else slot.later = [make];
  }

  private phrasesOf(key: string): Phrase<T>[] | undefined {
    const slot = this.byFirst.get(key);
    if (!slot) return undefined;
    if (slot.later) {
      const later = slot.later;
      slot.later = null;
      for (const make of later) this.add(...make());
    }
    return slot.phrases.length ? slot.phrases : undefined;
  }

  add(phrase: string, value: T): void {
    const forms = SIMPLE.test(phrase) ? phrase.split(' ') : tokenize(phrase).map((t) => t.text);
    if (forms.length === 0) return;
    const joined = forms.join(' ');
    const same = this.byForms.get(joined);
    if (same) return void same.values.push(value);
    const keys = forms.map(tokenKey);
    const entry = { forms, keys, rules: caseRules(forms), values: [value] };
    this.byForms.set(joined, entry);
    const slot = this.byFirst.get(keys[0]!);
    if (slot) slot.phrases.push(entry);
    else this.byFirst.set(keys[0]!, { phrases: [entry], later: null });
  }

  private matches(tokens: readonly TokenLike[], i: number, p: Phrase<T>, exactCase: boolean): boolean {
    if (i + p.forms.length > tokens.length) return false;
    for (let k = 0; k < p.forms.length; k++) {
      const tok = tokens[i + k]!;
      if ((tok.key ?? tokenKey(tok.text)) !== p.keys[k]) return false;
      if (exactCase && !caseAgrees(p.rules[k]!, p.forms[k]!, tok.text)) return false;
      // A phrase's words are written together: no match across a long gap.
      if (k > 0 && tok.start - tokens[i + k - 1]!.end > 2) return false;
    }
    return true;
  }

  /** The longest phrase starting at token i, if any. `exactCase` false ignores the dictionary's case. */
  longestAt(tokens: readonly TokenLike[], i: number, exactCase = true): PhraseMatch<T> | null {
    if (i < 0 || i >= tokens.length) return null;
    const tok = tokens[i]!;
    const list = this.phrasesOf(tok.key ?? tokenKey(tok.text));
    if (!list) return null;
    let best: Phrase<T> | null = null;
    for (const p of list) if ((!best || p.forms.length > best.forms.length) && this.matches(tokens, i, p, exactCase)) best = p;
    return best && { end: i + best.forms.length, values: best.values };
  }
}
