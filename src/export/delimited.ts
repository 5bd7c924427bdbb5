// Cells for CSV (RFC 4180 quoting) and for GDELT's TSV (no quoting: tabs and newlines become spaces).
export type Cell = string | number | null | undefined;

const text = (v: Cell): string => (v === null || v === undefined ? '' : String(v));

export function csvLine(cells: Cell[]): string {
  return cells.map((c) => {
    const s = text(c);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  }).join(',') + '\n';
}

export function tsvLine(cells: Cell[]): string {
  return cells.map((c) => text(c).replace(/[\t\r\n]+/g, ' ')).join('\t') + '\n';
}
