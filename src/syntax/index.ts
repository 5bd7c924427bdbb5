// What the stages call: a sentence's parts of speech, lemmas and dependency tree from its pack's model.
import type { LanguagePack } from '../lang/types.ts';
import type { SentenceSyntax } from './model.ts';

export type { SentenceSyntax } from './model.ts';
export { SyntaxSource } from './model.ts';

/**
 * Tags, lemmatises and parses one sentence of a pack's language, given as its tokens (or their texts) in
 * order; null when the pack has no syntax model. A sentence asked for again is answered from a cache.
 */
export function parseSentence(pack: LanguagePack, tokens: readonly (string | { text: string })[]): SentenceSyntax | null {
  const model = pack.syntax?.get();
  if (!model) return null;
  return model.analyse(tokens.map((t) => (typeof t === 'string' ? t : t.text)));
}
