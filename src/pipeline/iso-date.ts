// A publication date given by the user (--date, an API field): its calendar day, or one line naming the problem.
// A module of its own so a command can check its options without loading the analyser.
import { InputError } from '../errors.ts';
import { DATE_RULE, userDate } from '../schema/date.ts';

/** The calendar day of a publication date as written (its own time zone), refused unless it is a real date. */
export function isoDate(value: string, name: string): string {
  if (!userDate(value)) throw new InputError(name, `publication date '${value}' is not ${DATE_RULE}`);
  return value.trim().slice(0, 10);
}
