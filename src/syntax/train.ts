// Training a pack's syntax model from UD treebanks: lemmatiser, tagger, then the parser on tags predicted
// by taggers that never saw the sentence (jackknifing), so that it learns on tags as good as it will get.
import { readFileSync } from 'node:fs';
import { readConllu } from './conllu.ts';
import { alignToTokens, type TokenTree } from './align.ts';
import { Lemmatiser } from './lemmatiser.ts';
import { SyntaxModel } from './model.ts';
import { trainParser, type ParserExample } from './parser.ts';
import { seededRandom } from './random.ts';
import { trainTagger, UPOS, UPOS_ID, type TaggedSentence } from './tagger.ts';
import { tokenIds } from './token-ids.ts';
import type { TextLexicon } from '../text/lexicon.ts';

export interface TrainingOptions {
  seed: number;
  taggerEpochs: number;
  parserEpochs: number;
  taggerBits: number;
  transitionBits: number;
  labelBits: number;
  /** Folds for the jackknifed tags the parser trains on. */
  folds: number;
  explore: number;
  log?: (line: string) => void;
}

export const DEFAULT_TRAINING: TrainingOptions = {
  seed: 20240628,
  taggerEpochs: 10,
  parserEpochs: 15,
  taggerBits: 18,
  transitionBits: 20,
  labelBits: 17,
  folds: 4,
  explore: 0.9,
};

/** Sentences of CoNLL-U files, on Sumber's tokens (as the pack's text lexicon cuts them, when given). */
export function readTrees(paths: readonly string[], lex?: TextLexicon): TokenTree[] {
  return paths.flatMap((p) => readConllu(readFileSync(p, 'utf8'), p).map((s) => alignToTokens(s, lex)));
}

/**
 * Trees with some labels renamed: treebanks of one language can disagree on a convention (one says
 * `compound` where the others say `nmod`), and a model trained on both learns a coin toss between them.
 */
export function relabelTrees(trees: readonly TokenTree[], renames: Readonly<Record<string, string>>): TokenTree[] {
  return trees.map((t) => ({ ...t, deprel: t.deprel.map((d) => renames[d] ?? d) }));
}

function taggedOf(trees: readonly TokenTree[]): TaggedSentence[] {
  return trees.map((t) => ({ ids: tokenIds(t.forms), upos: Uint8Array.from(t.upos, (u) => UPOS_ID.get(u) ?? UPOS_ID.get('X')!) }));
}

export function trainModel(trees: readonly TokenTree[], opts: TrainingOptions, trained: Record<string, unknown>): SyntaxModel {
  const log = opts.log ?? (() => {});
  const random = seededRandom(opts.seed);
  const lemmatiser = Lemmatiser.train(trees.flatMap((t) => t.forms.map((form, i) => ({ form, upos: t.upos[i]!, lemma: t.lemma[i]! }))));
  log(`lemmatiser: ${Object.keys(lemmatiser.toJSON().rules).length} rules, ${Object.keys(lemmatiser.toJSON().table).length} listed forms`);
  const tagged = taggedOf(trees);
  const tagOpts = { bits: opts.taggerBits, epochs: opts.taggerEpochs, random };
  // Jackknifed tags: fold k is tagged by a tagger trained on the other folds.
  const predicted: Uint8Array[] = new Array(tagged.length);
  for (let k = 0; k < opts.folds; k++) {
    const tagger = trainTagger(tagged.filter((_, i) => i % opts.folds !== k), tagOpts);
    let right = 0;
    let all = 0;
    tagged.forEach((s, i) => {
      if (i % opts.folds !== k) return;
      predicted[i] = tagger.tag(s.ids);
      for (let j = 0; j < s.ids.n; j++) right += predicted[i]![j] === s.upos[j] ? 1 : 0;
      all += s.ids.n;
    });
    log(`tagger fold ${k + 1}/${opts.folds}: UPOS ${(right / all).toFixed(4)} on the held-out fold`);
  }
  const tagger = trainTagger(tagged, tagOpts);
  log('tagger trained on everything');
  const labels = [...new Set(trees.flatMap((t) => t.deprel))].sort();
  const labelId = new Map(labels.map((l, i) => [l, i]));
  const examples: ParserExample[] = trees.map((t, i) => ({
    ids: tagged[i]!.ids,
    tags: predicted[i]!,
    head: Int32Array.from(t.head),
    label: Int16Array.from(t.deprel, (d) => labelId.get(d)!),
  }));
  const parser = trainParser(examples, labels, {
    transitionBits: opts.transitionBits,
    labelBits: opts.labelBits,
    epochs: opts.parserEpochs,
    random,
    explore: opts.explore,
    tags: UPOS.length,
    onEpoch: (e) => log(`parser epoch ${e + 1}/${opts.parserEpochs}`),
  });
  return new SyntaxModel(tagger, lemmatiser, parser, {
    format: 3,
    taggerBits: opts.taggerBits,
    transitionBits: opts.transitionBits,
    labelBits: opts.labelBits,
    labels,
    labelsBySlot: parser.labelsBySlot.map((l) => Array.from(l)),
    tagDictionary: [...tagger.dictionary],
    ambiguityClasses: [...tagger.classes],
    tagCandidates: [...tagger.candidates],
    trained: { ...trained, seed: opts.seed, taggerEpochs: opts.taggerEpochs, parserEpochs: opts.parserEpochs, folds: opts.folds, explore: opts.explore },
  });
}
