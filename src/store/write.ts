// Writes that several processes may make at once on one SQLite file. A deferred transaction that reads and
// then writes fails with SQLITE_BUSY_SNAPSHOT when another connection wrote in between, and busy_timeout does
// not help there: so every write transaction takes the write lock first (BEGIN IMMEDIATE), and a busy
// error that outlasts busy_timeout is retried a bounded number of times with growing pauses.
import type Database from 'better-sqlite3';

/** How long a connection waits on another's write lock before SQLite reports busy. */
export const BUSY_TIMEOUT_MS = 5000;
/** Retries after busy_timeout ran out, each pause twice the last (with jitter): ~50 ms … ~1.6 s. */
export const BUSY_RETRIES = 6;
const FIRST_PAUSE_MS = 50;

const BUSY = new Set(['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_RECOVERY', 'SQLITE_LOCKED']);

export const isBusy = (e: unknown): boolean => BUSY.has((e as { code?: string })?.code ?? '');

const pause = new Int32Array(new SharedArrayBuffer(4));
/** better-sqlite3 is synchronous, so the pause is too. */
const sleep = (ms: number) => Atomics.wait(pause, 0, 0, ms);

/** Runs `attempt` again while it fails with a busy error, at most `retries` more times. */
export function retryBusy<T>(attempt: () => T, retries = BUSY_RETRIES): T {
  for (let i = 0; ; i++) {
    try {
      return attempt();
    } catch (e) {
      if (!isBusy(e) || i >= retries) throw e;
      sleep(FIRST_PAUSE_MS * 2 ** i * (0.5 + Math.random()));
    }
  }
}

/**
 * `fn` in one write transaction that holds the write lock from its start. Inside another transaction it is
 * a savepoint of that one (whose caller retries the whole).
 */
export function writeTransaction<T>(db: Database.Database, fn: () => T): T {
  const tx = db.transaction(fn);
  if (db.inTransaction) return tx();
  return retryBusy(() => tx.immediate());
}
