import type { Command } from 'commander';
import { Option } from 'commander';
import { createAnalyzer } from '../../pipeline/analyze.ts';
import { decodeText } from '../../text/decode.ts';
import { readInputBytes } from '../read-input.ts';
import { formatPretty } from '../pretty.ts';

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('analyse one article (a text file, or - for standard input) and print what it found')
    .argument('<file>', 'text file, or - for standard input')
    .addOption(new Option('--lang <code>', 'language of the text').default('auto'))
    .option('--date <iso-date>', 'publication date (YYYY-MM-DD); relative dates resolve against it')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'pretty']).default('pretty'))
    .action(async (file: string, opts: { lang: string; date?: string; format: 'json' | 'pretty' }) => {
      const name = file === '-' ? 'standard input' : file;
      const text = decodeText(readInputBytes(file), name);
      const analyzer = await createAnalyzer();
      const result = analyzer.analyze({ text, name, publishedAt: opts.date ?? null, lang: opts.lang });
      process.stdout.write(opts.format === 'json' ? JSON.stringify(result, null, 2) + '\n' : formatPretty(result));
    });
}
