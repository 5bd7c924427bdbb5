// The job queue lives in PostgreSQL beside the store: the commands that use it need a postgres:// store.
import { InputError } from '../errors.ts';
import { isPostgresUrl, storeTarget } from '../store/open.ts';

export function queueUrl(option: string | undefined, what: string): string {
  const target = storeTarget(option);
  if (isPostgresUrl(target)) return target;
  throw new InputError(option ? '--db' : target, `${what} needs the job queue, which needs PostgreSQL: give --db postgres://… or set SUMBER_DATABASE_URL`);
}

export function jobTimeout(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n >= 86400) throw new InputError('--job-timeout', `'${value}' is not a number of seconds (1 to 86399)`);
  return n;
}
