// The one rule for a publication date a user gives (API `publishedAt`, a JSONL line's `publishedAt`, `--date`):
// an ISO date, or an ISO date-time, on a day the calendar has. "not-a-date" is refused rather than becoming today,
// and 2024-02-30 is refused rather than rolling over into March. No zod here: the CLI and pipeline use it too.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?$/i;

export const DATE_RULE = 'an ISO date (YYYY-MM-DD) or date-time (YYYY-MM-DDThh:mm[:ss][Z|±hh:mm]) on a day the calendar has';

export function isCalendarDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(2000, mo - 1, d));
  t.setUTCFullYear(y);
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** The date as stored (a date stays a date; a date-time becomes UTC ISO), or null when it is not a real one. */
export function userDate(value: string): string | null {
  const v = value.trim();
  if (isCalendarDate(v)) return v;
  const m = DATE_TIME.exec(v);
  if (!m || !isCalendarDate(m[1]!)) return null;
  return new Date(Date.parse(m[5] ? v : `${v}Z`)).toISOString();
}
