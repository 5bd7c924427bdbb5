// A pack's syntax model: tagger, lemmatiser and parser, read lazily from the files in the pack's
// syntax/ folder (model.json, tagger.bin, transitions.bin, labels.bin) the first time a sentence needs it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Lemmatiser, type LemmaCandidates, type LemmatiserData } from './lemmatiser.ts';
import { LinearModel } from './perceptron.ts';
import { Parser } from './parser.ts';
import { Tagger, UPOS } from './tagger.ts';
import { tokenIds } from './token-ids.ts';

/** One sentence's analysis, by token index: head -1 is the root. */
export interface SentenceSyntax {
  upos: readonly string[];
  lemma: readonly string[];
  head: readonly number[];
  deprel: readonly string[];
}

export interface ModelMeta {
  format: 3;
  taggerBits: number;
  transitionBits: number;
  labelBits: number;
  labels: string[];
  labelsBySlot: number[][];
  /** [lower-case word hash, UPOS id] of words tagged without the model. */
  tagDictionary: [number, number][];
  /** [lower-case word hash, bit set of UPOS ids] of frequent words: the tags each can take. */
  ambiguityClasses: [number, number][];
  /** [lower-case word hash, bit set of UPOS ids] of well-attested words: the only tags the tagger scores for them. */
  tagCandidates: [number, number][];
  lemmatiser: LemmatiserData;
  /** How it was trained: data files, seed, epochs (for the record). */
  trained: Record<string, unknown>;
}

const CACHE_SIZE = 512;

export class SyntaxModel {
  private readonly cache = new Map<string, SentenceSyntax>();
  constructor(
    readonly tagger: Tagger,
    readonly lemmatiser: Lemmatiser,
    readonly parser: Parser,
    readonly meta: Omit<ModelMeta, 'lemmatiser'>,
  ) {}

  /** Tags, lemmatises and parses a sentence given as token texts; the last few sentences are cached. */
  analyse(forms: readonly string[]): SentenceSyntax {
    const key = forms.join('\u0001');
    const hit = this.cache.get(key);
    if (hit) return hit;
    const out = this.compute(forms);
    if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, out);
    return out;
  }

  /** The same without the cache. */
  compute(forms: readonly string[]): SentenceSyntax {
    if (forms.length === 0) return { upos: [], lemma: [], head: [], deprel: [] };
    const ids = tokenIds(forms);
    const tags = this.tagger.tag(ids);
    const { head, label } = this.parser.parse({ ids, tags });
    const upos = Array.from(tags, (t) => UPOS[t]!);
    return {
      upos,
      lemma: forms.map((f, i) => this.lemmatiser.lemma(f, upos[i]!)),
      head,
      deprel: label.map((l) => this.parser.labels[l] ?? 'dep'),
    };
  }

  save(dir: string): void {
    mkdirSync(dir, { recursive: true });
    const meta: ModelMeta = { ...this.meta, lemmatiser: this.lemmatiser.toJSON() };
    writeFileSync(join(dir, 'model.json'), JSON.stringify(meta) + '\n');
    writeFileSync(join(dir, 'tagger.bin'), this.tagger.model.serialise());
    writeFileSync(join(dir, 'transitions.bin'), this.parser.transitions.serialise());
    writeFileSync(join(dir, 'labels.bin'), this.parser.labeller.serialise());
  }

  static load(dir: string, hooks: SyntaxHooks = {}): SyntaxModel {
    const meta = JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8')) as ModelMeta;
    if (meta.format !== 3) throw new Error(`${dir}/model.json: format ${String(meta.format)}, this code reads format 3 (retrain: npm run train:parse)`);
    const bin = (name: string) => readFileSync(join(dir, name));
    const tagger = new Tagger(LinearModel.deserialise(meta.taggerBits, UPOS.length, bin('tagger.bin')), new Map(meta.tagDictionary), new Map(meta.ambiguityClasses), new Map(meta.tagCandidates));
    const parser = new Parser(
      LinearModel.deserialise(meta.transitionBits, 3, bin('transitions.bin')),
      LinearModel.deserialise(meta.labelBits, meta.labels.length, bin('labels.bin')),
      meta.labels,
      meta.labelsBySlot.map((l) => Uint8Array.from(l)),
    );
    const { lemmatiser, ...rest } = meta;
    const lem = new Lemmatiser(lemmatiser);
    const extra = join(dir, 'lemmas.tsv');
    if (existsSync(extra)) lem.extend(readLemmaList(readFileSync(extra, 'utf8')));
    lem.useCandidates(hooks.lemmaCandidates ?? null);
    return new SyntaxModel(tagger, lem, parser, rest);
  }
}

/** A pack's own lemmas, one "form<TAB>lemma" or "form<TAB>UPOS<TAB>lemma" a line; "#" starts a comment. */
export function readLemmaList(text: string): [string, string][] {
  const out: [string, string][] = [];
  for (const line of text.split('\n')) {
    const t = line.replace(/#.*/, '').trim();
    if (!t) continue;
    const cols = t.split('\t');
    if (cols.length === 2) out.push([cols[0]!.toLowerCase(), cols[1]!]);
    else if (cols.length === 3) out.push([`${cols[0]!.toLowerCase()}|${cols[1]}`, cols[2]!]);
  }
  return out;
}

/** What a pack adds to its learned model. */
export interface SyntaxHooks {
  /** The pack's morphology, for lemmas of words the treebank never showed. */
  lemmaCandidates?: LemmaCandidates;
}

/** Where a pack's syntax model lives; the model is read on first use, and is null when its files are absent. */
export class SyntaxSource {
  private model: SyntaxModel | null | undefined;
  readonly dir: string;
  constructor(
    dir: string | URL,
    readonly hooks: SyntaxHooks = {},
  ) {
    this.dir = dir instanceof URL ? fileURLToPath(dir) : dir;
  }

  get available(): boolean {
    return existsSync(join(this.dir, 'model.json'));
  }

  get(): SyntaxModel | null {
    if (this.model === undefined) this.model = this.available ? SyntaxModel.load(this.dir, this.hooks) : null;
    return this.model;
  }
}
