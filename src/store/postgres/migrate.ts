// PostgreSQL's own numbered migrations (postgres/migrations/NNN-name.sql), applied like SQLite's: in number
// order, each in its own transaction, recorded in schema_migrations. An advisory lock lets several processes
// (a server and its workers) open one database at once: the first migrates, the others wait and find it done.
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { listMigrations } from '../migrate.ts';

export const PG_MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
/** Any fixed number: the key of the lock that serialises migrations. */
const MIGRATION_LOCK = 0x5ab3e4;

export async function migratePostgres(pool: pg.Pool, migrations = listMigrations(PG_MIGRATIONS_DIR)): Promise<number[]> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const current: number = (await client.query('SELECT coalesce(max(version), 0) AS v FROM schema_migrations')).rows[0].v;
    const known = migrations.at(-1)?.version ?? 0;
    if (current > known) {
      throw new Error(`the store is at schema version ${current}, newer than this program knows (${known}): upgrade Sumber`);
    }
    const applied: number[] = [];
    for (const m of migrations) {
      if (m.version <= current) continue;
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, new Date().toISOString()]);
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK');
        throw e;
      }
      applied.push(m.version);
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}
