// Cells for CSV (RFC 4180 quoting) and for GDELT's TSV (no quoting: tabs and newlines become spaces).
// Text from articles can start like a spreadsheet formula (=HYPERLINK(…), +cmd, -2+3, @SUM): such a cell gets a
// leading apostrophe, the OWASP defence, so a spreadsheet shows it as text. Numbers are left alone: a number
// cell (Goldstein -7.5, a longitude) and a text cell that is wholly a decimal number ("-12.5") cannot run.
export type Cell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A cell's text, defused when a spreadsheet would read it as a formula. */
export function cellText(v: Cell): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return typeof v === 'string' && FORMULA_START.test(s) && !PLAIN_NUMBER.test(s) ? `'${s}` : s;
}

const text = cellText;

export function csvLine(cells: Cell[]): string {
  return cells.map((c) => {
    const s = text(c);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  }).join(',') + '\n';
}

export function tsvLine(cells: Cell[]): string {
  return cells.map((c) => text(c).replace(/[\t\r\n]+/g, ' ')).join('\t') + '\n';
}
