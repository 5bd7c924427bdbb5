// Which store: a postgres:// URL (from --db or SUMBER_DATABASE_URL) opens PostgreSQL; a file path, or nothing,
// keeps the embedded SQLite file. The one place the CLI, the API server and the bench choose.
import { dbPath } from './paths.ts';
import { openSqliteStore } from './sqlite.ts';
import type { Store } from './types.ts';

const POSTGRES_URL = /^postgres(ql)?:\/\//;

export const isPostgresUrl = (target: string | undefined): boolean => !!target && POSTGRES_URL.test(target);

/** What `--db` (else the environment) names: a PostgreSQL URL, or the SQLite file's path. */
export function storeTarget(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (option) return isPostgresUrl(option) ? option : dbPath(option, env);
  return env.SUMBER_DATABASE_URL || dbPath(undefined, env);
}

export async function openStore(option?: string, env: NodeJS.ProcessEnv = process.env): Promise<Store> {
  const target = storeTarget(option, env);
  if (!isPostgresUrl(target)) return openSqliteStore(target);
  // Loaded only when asked for, so the embedded default never needs the client.
  const { openPostgresStore } = await import('./postgres/store.ts');
  return openPostgresStore(target);
}
