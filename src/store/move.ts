// Moving a store between SQLite and PostgreSQL: every kept table copied row for row into an empty store,
// then each table's row count and checksum compared on both sides. What is derived (search indexes, the
// merged events and stories) is rebuilt by the target, not copied.
import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { SqliteStore } from './sqlite.ts';
import type { PgStore } from './postgres/store.ts';
import { numbered } from './postgres/store.ts';
import { UNSPACED, type Row } from './rows.ts';

/** The tables that hold what cannot be recomputed, parents before children. */
export const KEPT_TABLES = [
  'users',
  'tokens',
  'sessions',
  'articles',
  'article_bands',
  'sentences',
  'entities',
  'mentions',
  'events',
  'event_documents',
  'event_participants',
  'quotes',
  'claims',
  'contradictions',
  'reviews',
  'audit',
  'article_copies',
  'event_splits',
  'watchlists',
  'watchlist_hits',
] as const;

const BATCH = 500;

/** One store's tables, read in primary-key order and written in batches. */
export interface Tables {
  columns(table: string): Promise<string[]>;
  primaryKey(table: string): Promise<string[]>;
  count(table: string): Promise<number>;
  read(table: string, columns: string[], key: string[]): AsyncIterable<unknown[][]>;
  write(table: string, columns: string[], rows: unknown[][]): Promise<void>;
  /** Rebuilds what the store derives from the copied rows. */
  finish(): Promise<void>;
}

const quote = (c: string) => `"${c}"`;

export function sqliteTables(store: SqliteStore): Tables {
  const db = store.db;
  const info = (table: string) => db.prepare(`SELECT name, pk FROM pragma_table_info(?) ORDER BY cid`).all(table) as { name: string; pk: number }[];
  return {
    async columns(table) {
      return info(table).map((c) => c.name);
    },
    async primaryKey(table) {
      return info(table)
        .filter((c) => c.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((c) => c.name);
    },
    async count(table) {
      return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    },
    async *read(table, columns, key) {
      const statement = db.prepare(`SELECT ${columns.map(quote).join(', ')} FROM ${table} ORDER BY ${key.map(quote).join(', ')}`).raw();
      let batch: unknown[][] = [];
      for (const row of statement.iterate() as Iterable<unknown[]>) {
        batch.push(row);
        if (batch.length === BATCH) (yield batch, (batch = []));
      }
      if (batch.length) yield batch;
    },
    async write(table, columns, rows) {
      const insert = db.prepare(`INSERT INTO ${table} (${columns.map(quote).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
      db.transaction(() => rows.forEach((r) => insert.run(...r)))();
    },
    async finish() {
      // The search rows share their article's rowid (migration 008).
      db.transaction(() => {
        const fts = db.prepare('INSERT INTO articles_fts (rowid, article_id, title, text) VALUES (?, ?, ?, ?)');
        const trigram = db.prepare('INSERT INTO articles_trigram (rowid, article_id, title, text) VALUES (?, ?, ?, ?)');
        for (const a of db.prepare("SELECT rowid, id, coalesce(title, '') AS title, text FROM articles").all() as Row[]) {
          fts.run(a.rowid, a.id, a.title, a.text);
          if (UNSPACED.test(a.title) || UNSPACED.test(a.text)) trigram.run(a.rowid, a.id, a.title, a.text);
        }
      })();
    },
  };
}

export function postgresTables(store: PgStore): Tables {
  const pool: pg.Pool = store.pool;
  return {
    async columns(table) {
      const r = await pool.query(
        `SELECT a.attname AS name FROM pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '' ORDER BY a.attnum`,
        [table],
      );
      return r.rows.map((x) => x.name);
    },
    async primaryKey(table) {
      const r = await pool.query(
        `SELECT a.attname AS name FROM pg_index i JOIN unnest(i.indkey) WITH ORDINALITY AS k(attnum, n) ON true
         JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
         WHERE i.indrelid = $1::regclass AND i.indisprimary ORDER BY k.n`,
        [table],
      );
      return r.rows.map((x) => x.name);
    },
    async count(table) {
      return (await pool.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n;
    },
    async *read(table, columns, key) {
      // Keyset pages in key order: nothing held open between batches.
      let after: unknown[] | null = null;
      for (;;) {
        const keyset = after ? `WHERE (${key.map(quote).join(', ')}) > (${key.map(() => '?').join(', ')})` : '';
        const sql = `SELECT ${[...columns, ...key].map(quote).join(', ')} FROM ${table} ${keyset} ORDER BY ${key.map(quote).join(', ')} LIMIT ${BATCH}`;
        const rows: unknown[][] = (await pool.query({ text: numbered(sql), values: after ?? [], rowMode: 'array' })).rows;
        if (rows.length) yield rows.map((r) => r.slice(0, columns.length));
        if (rows.length < BATCH) return;
        after = rows.at(-1)!.slice(columns.length);
      }
    },
    async write(table, columns, rows) {
      const width = columns.length;
      const tuples = rows.map((_, r) => `(${columns.map((_, c) => `$${r * width + c + 1}`).join(', ')})`);
      await pool.query(`INSERT INTO ${table} (${columns.map(quote).join(', ')}) VALUES ${tuples.join(', ')}`, rows.flat());
    },
    async finish() {
      // The search vector is a generated column: written with each article.
    },
  };
}

export interface TableReport {
  table: string;
  rows: number;
  checksum: string;
}

/** Rows in key order, each value as JSON: the same rows give the same sum in either store. */
async function checksum(tables: Tables, table: string, columns: string[], key: string[]): Promise<TableReport> {
  const hash = createHash('sha256');
  let rows = 0;
  for await (const batch of tables.read(table, columns, key)) {
    for (const row of batch) hash.update(JSON.stringify(row) + '\n');
    rows += batch.length;
  }
  return { table, rows, checksum: hash.digest('hex').slice(0, 16) };
}

/**
 * Copies every kept table from `from` into `to`, which must be empty, and verifies: each table's rows and
 * checksum read back from the target equal the source's. Throws naming the first table that differs.
 */
export async function moveStore(from: Tables, to: Tables, progress: (report: TableReport) => void = () => {}): Promise<TableReport[]> {
  for (const table of KEPT_TABLES) {
    if ((await to.count(table)) > 0) throw new RangeError(`the target store is not empty (${table} has rows): move into a new store`);
  }
  const reports: TableReport[] = [];
  for (const table of KEPT_TABLES) {
    const targetColumns = new Set(await to.columns(table));
    const columns = (await from.columns(table)).filter((c) => targetColumns.has(c));
    const key = await from.primaryKey(table);
    for await (const batch of from.read(table, columns, key)) await to.write(table, columns, batch);
    const [source, target] = [await checksum(from, table, columns, key), await checksum(to, table, columns, key)];
    if (source.rows !== target.rows || source.checksum !== target.checksum) {
      throw new Error(`${table}: ${source.rows} rows (${source.checksum}) in the source, ${target.rows} (${target.checksum}) in the target`);
    }
    reports.push(source);
    progress(source);
  }
  await to.finish();
  return reports;
}
