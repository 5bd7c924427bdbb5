// One test suite, two stores: forEachStore runs a test body on a fresh SQLite store and on a fresh PostgreSQL
// schema (dropped after). PostgreSQL is used when it answers at SUMBER_TEST_PG, else at the local default;
// with SUMBER_TEST_PG set (as CI sets it) an unreachable server fails the tests instead of skipping them.
import { test, type TestContext } from 'node:test';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openSqliteStore } from './sqlite.ts';
import type { Store } from './types.ts';

export type StoreKind = 'sqlite' | 'postgres';

export const TEST_PG_URL = process.env.SUMBER_TEST_PG || 'postgres://postgres@127.0.0.1:5432/test';
const PG_REQUIRED = !!process.env.SUMBER_TEST_PG;

async function pgProblem(): Promise<string | null> {
  const client = new pg.Client({ connectionString: TEST_PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (e) {
    return `PostgreSQL at ${TEST_PG_URL} did not answer (${(e as Error).message})`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const problem = await pgProblem();
if (problem && PG_REQUIRED) throw new Error(`${problem}: SUMBER_TEST_PG asks for it`);
/** Why the PostgreSQL variants are skipped, or false when they run. */
export const pgSkip: string | false = problem ? `${problem}; set SUMBER_TEST_PG to require it` : false;

/** A fresh schema name for one test; `dropPgSchema` removes it. */
export const newPgSchema = () => `sumber_test_${process.pid}_${randomBytes(4).toString('hex')}`;

export async function dropPgSchema(schema: string): Promise<void> {
  const client = new pg.Client(TEST_PG_URL);
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

/** A new, empty store of this kind, closed (and its schema dropped) when the test ends. */
export async function openTestStore(kind: StoreKind, t: TestContext): Promise<Store> {
  if (kind === 'sqlite') {
    const store = openSqliteStore(':memory:');
    t.after(() => store.close());
    return store;
  }
  const schema = newPgSchema();
  const { openPostgresStore } = await import('./postgres/store.ts');
  const store = await openPostgresStore(TEST_PG_URL, { schema, max: 4 }).catch(async (e) => {
    await dropPgSchema(schema);
    throw e;
  });
  t.after(async () => {
    await store.close();
    await dropPgSchema(schema);
  });
  return store;
}

/** Defines the test once per store; the body opens as many fresh stores of that kind as it needs. */
export function forEachStore(name: string, body: (open: () => Promise<Store>, kind: StoreKind, t: TestContext) => Promise<void> | void): void {
  for (const kind of ['sqlite', 'postgres'] as const) {
    test(`${name} [${kind}]`, { skip: kind === 'postgres' ? pgSkip : false }, (t) => body(() => openTestStore(kind, t), kind, t));
  }
}
