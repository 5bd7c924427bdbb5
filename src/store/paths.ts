// Where the store lives: --db, else $SUMBER_HOME/sumber.db, SUMBER_HOME defaulting to ./.sumber.
import { resolve, join } from 'node:path';

export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(resolve(env.SUMBER_HOME || '.sumber'), 'sumber.db');
}

export function dbPath(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return option ? resolve(option) : defaultDbPath(env);
}
