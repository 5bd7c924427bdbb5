// Export formats over a stream of stored events: each yields its lines one event at a time, so an export
// of any size is complete and never held in memory.
import { z } from 'zod';
import type { EventDetail } from '../store/records.ts';
import { csvLine, tsvLine, type Cell } from './delimited.ts';
import { GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS, gdeltEventRow, gdeltMentionRow } from './gdelt.ts';
import { ACLED_COLUMNS, acledRow } from './acled.ts';
import { EVENT_CSV_COLUMNS, eventCsvRow } from './events-csv.ts';

export const ExportFormat = z.enum(['jsonl', 'gdelt', 'gdelt-mentions', 'acled', 'csv']);
export type ExportFormat = z.infer<typeof ExportFormat>;

interface FormatSpec {
  contentType: string;
  extension: string;
  /** The header line, for formats that have one (GDELT files have none). */
  header: string | null;
  columns: readonly string[] | null;
  line(e: EventDetail): string;
}

const delimited = (columns: readonly string[], row: (e: EventDetail) => Cell[], tsv: boolean): Omit<FormatSpec, 'contentType' | 'extension'> => ({
  header: tsv ? null : csvLine([...columns]),
  columns,
  line: (e) => (tsv ? tsvLine : csvLine)(row(e)),
});

export const FORMATS: Record<ExportFormat, FormatSpec> = {
  jsonl: { contentType: 'application/x-ndjson', extension: 'jsonl', header: null, columns: null, line: (e) => JSON.stringify(e) + '\n' },
  gdelt: { contentType: 'text/tab-separated-values', extension: 'export.CSV', ...delimited(GDELT_EVENT_COLUMNS, gdeltEventRow, true) },
  'gdelt-mentions': { contentType: 'text/tab-separated-values', extension: 'mentions.CSV', ...delimited(GDELT_MENTION_COLUMNS, gdeltMentionRow, true) },
  acled: { contentType: 'text/csv', extension: 'csv', ...delimited(ACLED_COLUMNS, acledRow, false) },
  csv: { contentType: 'text/csv', extension: 'csv', ...delimited(EVENT_CSV_COLUMNS, eventCsvRow, false) },
};

export async function* exportLines(format: ExportFormat, events: AsyncIterable<EventDetail>): AsyncGenerator<string> {
  const spec = FORMATS[format];
  if (spec.header) yield spec.header;
  for await (const e of events) yield spec.line(e);
}
