// sumber migrate-store --from A --to B: moves a store between SQLite and PostgreSQL (either way) into an
// empty store, and prints each table's rows and checksum, verified on both sides.
import type { Command } from 'commander';
import { InputError } from '../../errors.ts';
import { isPostgresUrl } from '../../store/open.ts';
import { dbPath } from '../../store/paths.ts';
import { openSqliteStore } from '../../store/sqlite.ts';
import { moveStore, postgresTables, sqliteTables, type Tables } from '../../store/move.ts';

/** `sqlite:PATH` (or a bare path) or a postgres:// URL, opened with the table access moving needs. */
export async function openTables(target: string, option: string): Promise<{ tables: Tables; close: () => Promise<void> | void }> {
  if (isPostgresUrl(target)) {
    const { openPostgresStore } = await import('../../store/postgres/store.ts');
    const store = await openPostgresStore(target);
    return { tables: postgresTables(store), close: () => store.close() };
  }
  const path = target.replace(/^sqlite:/, '');
  if (!path) throw new InputError(option, 'names no store: sqlite:PATH or postgres://…');
  const store = openSqliteStore(dbPath(path));
  return { tables: sqliteTables(store), close: () => store.close() };
}

export function registerMigrateStore(program: Command): void {
  program
    .command('migrate-store')
    .description('copy a whole store into a new, empty one (SQLite ↔ PostgreSQL) and verify every table by count and checksum')
    .requiredOption('--from <store>', 'sqlite:PATH or postgres://…')
    .requiredOption('--to <store>', 'sqlite:PATH or postgres://… (must be empty)')
    .action(async (opts: { from: string; to: string }) => {
      const from = await openTables(opts.from, '--from');
      const to = await openTables(opts.to, '--to').catch(async (e) => {
        await from.close();
        throw e;
      });
      try {
        await moveStore(from.tables, to.tables, (r) => process.stdout.write(`${r.table.padEnd(20)} ${String(r.rows).padStart(9)} rows  ${r.checksum}  same in both\n`));
      } catch (e) {
        if (e instanceof RangeError) throw new InputError('--to', e.message);
        throw e;
      } finally {
        await from.close();
        await to.close();
      }
      process.stderr.write('sumber: moved; stories are recomputed by the new store when first read\n');
    });
}
