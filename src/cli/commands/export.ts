// sumber export: every stored event matching the filters, in one of the export formats, to a file or stdout.
import type { Command } from 'commander';
import { Option } from 'commander';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { InputError } from '../../errors.ts';
import { openStore } from '../../store/open.ts';
import { EventFilter } from '../../store/records.ts';
import { ExportFormat, exportLines } from '../../export/index.ts';

const LISTS = new Set(['type', 'stage', 'review', 'polarity', 'certainty']);

/** The options as an EventFilter; a bad value names its option. */
function filterOf(opts: Record<string, string | undefined>): EventFilter {
  const raw = Object.fromEntries(
    Object.keys(EventFilter.shape)
      .filter((k) => opts[k] !== undefined)
      .map((k) => [k, LISTS.has(k) ? opts[k]!.split(',').filter(Boolean) : opts[k]]),
  );
  const r = EventFilter.safeParse(raw);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  throw new InputError(`--${String(issue.path[0])}`, issue.message);
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .addOption(new Option('--format <format>', 'output format').choices(ExportFormat.options).makeOptionMandatory())
    .option('--actor <id>', 'entity id or actor code of an actor')
    .option('--recipient <id>', 'entity id or actor code of a recipient')
    .option('--country <iso3>', 'ISO alpha-3 of the place or of a participant')
    .option('--type <types>', 'PLOVER types, comma-separated')
    .option('--stage <stages>', 'stages, comma-separated')
    .option('--from <date>', 'first day, YYYY-MM-DD')
    .option('--to <date>', 'last day, YYYY-MM-DD')
    .option('--place <name>', 'place name or entity id')
    .option('--source <name>', "the article's publisher or host")
    .option('--review <statuses>', 'unreviewed, accepted, corrected, rejected; comma-separated')
    .option('--polarity <values>', 'asserted, negated, denied; comma-separated (asserted: leave out negated and denied events)')
    .option('--certainty <values>', 'certain, probable, possible; comma-separated')
    .option('--hypothetical <bool>', 'true: only hypothetical or conditional events; false: none of them')
    .option('--min-confidence <n>', 'at least this confidence, 0 to 1')
    .option('--max-confidence <n>', 'at most this confidence, 0 to 1')
    .option('--article <id>', 'one article')
    .option('--out <file>', 'write here instead of standard output')
    .option('--db <path>', 'the store: a SQLite file, or a postgres:// URL (default: $SUMBER_DATABASE_URL, else $SUMBER_HOME/sumber.db)')
    .action(async (opts: Record<string, string | undefined> & { format: ExportFormat }) => {
      const filter = filterOf(opts);
      const out = opts.out ? createWriteStream(opts.out) : process.stdout;
      if (opts.out) {
        await once(out, 'open').catch((e: NodeJS.ErrnoException) => Promise.reject(new InputError(opts.out!, `cannot be written (${e.code})`)));
      }
      const store = await openStore(opts.db);
      let events = 0;
      try {
        for await (const line of exportLines(opts.format, store.streamEvents(filter))) {
          events++;
          if (!out.write(line)) await once(out, 'drain');
        }
      } finally {
        await store.close();
      }
      if (opts.out) {
        (out as ReturnType<typeof createWriteStream>).end();
        await once(out, 'finish');
      }
      const rows = opts.format === 'acled' || opts.format === 'csv' ? events - 1 : events;
      process.stderr.write(`sumber: exported ${rows} events as ${opts.format}${opts.out ? ` to ${opts.out}` : ''}\n`);
    });
}
