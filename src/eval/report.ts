// What a task hands back: tables of figures, notes on what was (not) scored, and per-item errors.
export type Cell = string | number | null;

export interface Table {
  title: string;
  columns: string[];
  rows: Cell[][];
}

export interface TaskReport {
  task: string;
  tables: Table[];
  /** The same figures as structured data, keyed by data set, for --json. */
  figures: Record<string, unknown>;
  /** How the figures were made and what was left out, printed under the tables. */
  notes: string[];
  /** Data sets that were not there: "missing: <path>". */
  missing: string[];
  /** Per item, what was missed or wrong; printed with --errors. */
  errors: string[];
}

export function emptyReport(task: string): TaskReport {
  return { task, tables: [], figures: {}, notes: [], missing: [], errors: [] };
}

function formatCell(c: Cell): string {
  if (c === null) return '–';
  if (typeof c === 'string') return c;
  if (Number.isInteger(c)) return String(c);
  return c.toFixed(3);
}

export function renderTable(t: Table): string {
  const cells = [t.columns, ...t.rows.map((r) => r.map(formatCell))];
  const widths = t.columns.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [t.title, line(cells[0]!), rule, ...cells.slice(1).map(line)].join('\n');
}

export function renderReport(r: TaskReport, withErrors: boolean): string {
  const parts = [`== ${r.task}`];
  for (const m of r.missing) parts.push(`missing: ${m}`);
  for (const t of r.tables) parts.push(renderTable(t));
  for (const n of r.notes) parts.push(`  note: ${n}`);
  if (withErrors && r.errors.length) parts.push('errors:', ...r.errors.map((e) => `  ${e}`));
  return parts.join('\n') + '\n';
}
