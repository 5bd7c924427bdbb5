// Trains a pack's tagger, lemmatiser and dependency parser from UD treebanks and writes them into the
// pack's syntax/ folder, then scores them on the report files. The pack's syntax/treebanks.json names the
// files (under ../shared/ud/, see its SOURCE.md). Reproducible: fixed seed and epochs.
//   npm run train:parse -- --lang en|id|es [--ud DIR] [--out DIR] [--epochs N]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { packs } from '../src/lang/index.ts';
import { DEFAULT_TRAINING, readTrees, relabelTrees, trainModel } from '../src/syntax/train.ts';
import { scoreModel } from '../src/syntax/score.ts';
import { SyntaxModel } from '../src/syntax/model.ts';

const program = new Command('train:parse')
  .requiredOption('--lang <code>', 'language pack to train')
  .option('--ud <dir>', 'UD treebank root', fileURLToPath(new URL('../../shared/ud/', import.meta.url)))
  .option('--out <dir>', 'write the model here instead of the pack folder')
  .option('--epochs <n>', 'parser epochs', String(DEFAULT_TRAINING.parserEpochs))
  .parse(process.argv);
const opts = program.opts<{ lang: string; ud: string; out?: string; epochs: string }>();
const pack = packs.get(opts.lang);
if (!pack?.syntax) {
  process.stderr.write(`train:parse: --lang ${opts.lang}: no pack with a syntax folder (have: ${[...packs.keys()].join(', ')})\n`);
  process.exit(2);
}
const recipe = JSON.parse(readFileSync(join(pack.syntax.dir, 'treebanks.json'), 'utf8')) as {
  train: string[];
  report: string[];
  /** Per training file, labels renamed to the convention of the others. */
  relabel?: Record<string, Record<string, string>>;
};
const missing = recipe.train.filter((f) => !existsSync(join(opts.ud, f)));
if (missing.length) {
  process.stderr.write(`train:parse: missing training treebanks under ${opts.ud}: ${missing.join(', ')}\n`);
  process.exit(2);
}
const started = Date.now();
const log = (line: string) => process.stdout.write(`[${((Date.now() - started) / 1000).toFixed(0)} s] ${line}\n`);
const trees = recipe.train.flatMap((f) => relabelTrees(readTrees([join(opts.ud, f)], pack.text), recipe.relabel?.[f] ?? {}));
log(`${trees.length} training sentences, ${trees.reduce((a, t) => a + t.forms.length, 0)} tokens`);
const options = { ...DEFAULT_TRAINING, parserEpochs: Number(opts.epochs), log };
const model = trainModel(trees, options, { treebanks: recipe.train, ...(recipe.relabel ? { relabel: recipe.relabel } : {}) });
const out = opts.out ?? pack.syntax.dir;
model.save(out);
log(`saved to ${out}`);
// Scored as shipped: read back from the files (16-bit weights).
const shipped = SyntaxModel.load(out, pack.syntax.hooks);
for (const f of recipe.report) {
  const path = join(opts.ud, f);
  if (!existsSync(path)) {
    log(`${f}: missing`);
    continue;
  }
  const s = scoreModel(shipped, readTrees([path], pack.text));
  log(`${f}: UPOS ${s.upos.toFixed(4)}  lemma ${s.lemma.toFixed(4)}  UAS ${s.uas.toFixed(4)}  LAS ${s.las.toFixed(4)}  (${s.sentences} sentences, ${s.tokens} tokens)`);
}
