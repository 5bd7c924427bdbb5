import type { Command } from 'commander';
import { Option } from 'commander';
import { createLazyAnalyzer } from '../../pipeline/analyze.ts';
import { isoDate } from '../../pipeline/iso-date.ts';
import { decodeText, MAX_TEXT_BYTES } from '../../text/decode.ts';
import { readFileCapped } from '../../ingest/read-file.ts';
import { InputError } from '../../errors.ts';
import { formatPretty } from '../pretty.ts';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { llmConfigFromOptions, type LlmOptions } from '../../llm/options.ts';
import { creditLine } from '../../ingest/credit-line.ts';
import type { Analysis } from '../../schema/analysis.ts';

const ARTICLE_LIMIT = { bytes: MAX_TEXT_BYTES, rule: `an article may be at most ${MAX_TEXT_BYTES / 1048576} MB of text` };

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .argument('<file>', 'text file, or - for standard input')
    .addOption(new Option('--lang <code>', 'language of the text').default('auto'))
    .option('--date <iso-date>', 'publication date (YYYY-MM-DD); relative dates resolve against it')
    .option('--source <name>', "the publisher (else the text's dateline or credit line, else its byline)")
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'pretty']).default('pretty'))
    .option('--store', 'also store the article and its analysis (replacing an earlier analysis, keeping reviews)')
    .option('--db <path>', 'the store: a SQLite file, or a postgres:// URL (default: $SUMBER_DATABASE_URL, else $SUMBER_HOME/sumber.db)')
    .option('--llm-url <url>', 'optional OpenAI-compatible endpoint (e.g. http://127.0.0.1:8080/v1) adding what the rules missed; key from $SUMBER_LLM_API_KEY')
    .option('--llm-model <name>', 'model name for --llm-url')
    .action(async (file: string, opts: { lang: string; date?: string; source?: string; format: 'json' | 'pretty'; store?: boolean; db?: string } & LlmOptions) => {
      const name = file === '-' ? 'standard input' : file;
      const date = opts.date ? isoDate(opts.date, '--date') : null;
      const text = decodeText(readFileCapped(file, ARTICLE_LIMIT), name);
      if (!text.trim()) throw new InputError(name, 'is empty');
      const llm = llmConfigFromOptions(opts);
      // Only the text's language pack is read (and fastText only without --lang).
      const publisher = opts.source?.trim() || creditLine(text)?.publisher || null;
      const ruled = await createLazyAnalyzer().analyze({ text, name, publishedAt: date, lang: opts.lang, publisher });
      const result = llm ? await (await import('../../llm/index.ts')).createLlmAugmenter(llm).augment(ruled) : ruled;
      process.stdout.write(opts.format === 'json' ? JSON.stringify(result, null, 2) + '\n' : formatPretty(result));
      if (opts.store) await store(result, file, opts.db);
    });
}

/** --store: the store and the story layer are loaded only when asked for. */
async function store(result: Analysis, file: string, db: string | undefined): Promise<void> {
  const [{ openStore }, { refreshStories }, { articleOfAnalysis }] = await Promise.all([
    import('../../store/open.ts'),
    import('./stories.ts'),
    import('../../store/analysed-article.ts'),
  ]);
  const store = await openStore(db);
  const origin = file === '-' ? { kind: 'stdin' as const, location: '-', feed: null } : { kind: 'file' as const, location: resolve(file), feed: null };
  const saved = await store.saveAnalysis(articleOfAnalysis(result, origin), result, { kind: 'cli', id: userInfo().username, name: 'sumber analyze' });
  await refreshStories(store);
  await store.close();
  process.stderr.write(`sumber: ${saved.created ? 'stored' : 're-analysed'} ${saved.id} (${saved.eventCount} events)\n`);
}
