import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { UntilChanged } from './until-changed.ts';

test('a value is computed once while the database is unchanged, and again after a write on this or another connection', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sumber-until-changed-'));
  try {
    const path = join(dir, 'db');
    const db = new Database(path);
    const other = new Database(path);
    db.exec('CREATE TABLE t (x INTEGER)');
    const cache = new UntilChanged<number>(db);
    let computed = 0;
    const count = () => cache.get('t', () => (computed++, (db.prepare('SELECT count(*) AS n FROM t').get() as { n: number }).n));
    assert.equal(count(), 0);
    assert.equal(count(), 0);
    assert.equal(computed, 1);
    db.prepare('INSERT INTO t VALUES (1)').run();
    assert.equal(count(), 1);
    other.prepare('INSERT INTO t VALUES (2)').run();
    assert.equal(count(), 2);
    assert.equal(computed, 3);
    db.close();
    other.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the cache holds at most its number of entries', () => {
  const db = new Database(':memory:');
  const cache = new UntilChanged<string>(db, 2);
  let computed = 0;
  const get = (k: string) => cache.get(k, () => (computed++, k));
  get('a');
  get('b');
  get('c');
  get('a');
  assert.equal(computed, 4);
  db.close();
});
