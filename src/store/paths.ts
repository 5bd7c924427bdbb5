// Where the store lives: --db, else $SUMBER_HOME/sumber.db, SUMBER_HOME defaulting to ./.sumber.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname, resolve, join } from 'node:path';

export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(resolve(env.SUMBER_HOME || '.sumber'), 'sumber.db');
}

export function dbPath(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return option ? resolve(option) : defaultDbPath(env);
}

/**
 * The store holds password hashes and session ids: its folder is made 0700 and its file 0600 (an older, wider
 * file is narrowed). SQLite gives the -wal and -shm files the mode of the database file.
 */
export function prepareStoreFile(path: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  closeSync(openSync(path, 'a', 0o600));
  for (const file of [path, `${path}-wal`, `${path}-shm`]) {
    if (existsSync(file)) chmodSync(file, 0o600);
  }
}
