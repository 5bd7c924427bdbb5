// A publication date given by the user (--date, an API field): its calendar day, or one line naming the problem.
// A module of its own so a command can check its options without loading the analyser.
import { InputError } from '../errors.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

export function isoDate(value: string, name: string): string {
  const m = ISO_DATE.exec(value.trim());
  if (!m || Number.isNaN(Date.parse(m[0]))) throw new InputError(name, `publication date '${value}' is not an ISO date (YYYY-MM-DD)`);
  return m[0];
}
