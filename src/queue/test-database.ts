// A fresh PostgreSQL database per test (the queue's schema and the store's tables in it), dropped after.
import type { TestContext } from 'node:test';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { TEST_PG_URL } from '../store/test-stores.ts';

async function admin(sql: string): Promise<void> {
  const client = new pg.Client(TEST_PG_URL);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * The URL of a new, empty database, dropped (its connections ended) when the test ends, after `close` (node
 * runs a test's after-hooks in the order they were added, so the clients must be closed by this one).
 */
export async function freshDatabase(t: TestContext, close: () => Promise<void>): Promise<string> {
  const name = `sumber_queue_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin(`CREATE DATABASE ${name}`);
  t.after(async () => {
    await close().catch(() => undefined);
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
  const url = new URL(TEST_PG_URL);
  url.pathname = `/${name}`;
  return url.href;
}
