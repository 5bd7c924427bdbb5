// What is SQLite's own: migrations, WAL, query plans. The Store contract for every store is store.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { openSqliteStore, SqliteStore } from './sqlite.ts';
import { listMigrations, migrate, schemaVersion } from './migrate.ts';
import { syntheticArticle } from './synthetic.ts';
import { machineRecord } from './event-record.ts';
import type { Actor } from './records.ts';

const admin: Actor = { kind: 'user', id: 'usr_test', name: 'tester' };


test('a new store applies every migration in order', () => {
  const store = openSqliteStore(':memory:');
  assert.equal(schemaVersion(store.db), listMigrations().at(-1)!.version);
  const tables = (store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name);
  for (const t of ['articles', 'events', 'event_participants', 'reviews', 'users', 'tokens', 'sessions', 'audit', 'articles_fts']) {
    assert.ok(tables.includes(t), t);
  }
  assert.equal(store.db.pragma('journal_mode', { simple: true }), 'memory'); // WAL needs a file; see the file test below
});

test('a file store runs in WAL mode', (t) => {
  const dir = `/tmp/sumber-store-test-${process.pid}`;
  t.after(() => import('node:fs').then((fs) => fs.rmSync(dir, { recursive: true, force: true })));
  const store = openSqliteStore(`${dir}/sumber.db`);
  assert.equal(store.db.pragma('journal_mode', { simple: true }), 'wal');
  store.close();
});

test('the store (file, -wal, -shm) is readable by its owner only, in a folder only its owner enters', async (t) => {
  const fs = await import('node:fs');
  const dir = `/tmp/sumber-store-mode-${process.pid}`;
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const old = process.umask(0o022);
  try {
    const store = openSqliteStore(`${dir}/home/sumber.db`);
    await store.createUser({ name: 'root', role: 'admin', passwordHash: 'scrypt$x' }, admin);
    const mode = (p: string) => (fs.statSync(p).mode & 0o777).toString(8);
    assert.deepEqual([`${dir}/home`, `${dir}/home/sumber.db`, `${dir}/home/sumber.db-wal`, `${dir}/home/sumber.db-shm`].map(mode), ['700', '600', '600', '600']);
    store.close();
    fs.chmodSync(`${dir}/home/sumber.db`, 0o644);
    openSqliteStore(`${dir}/home/sumber.db`).close();
    assert.equal(mode(`${dir}/home/sumber.db`), '600', 'an older world-readable store is narrowed when opened');
  } finally {
    process.umask(old);
  }
});

test('a store at an earlier schema is migrated forward with its rows kept and indexed', async () => {
  const db = new Database(':memory:');
  assert.deepEqual(migrate(db, listMigrations(), 1), [1]);
  db.prepare(
    `INSERT INTO articles (id, content_hash, text, fetched_at, article_json, sort_date, title)
     VALUES ('art_old', 'h1', 'Pasukan tiba di Kyïv kemarin.', '2024-01-01', '{"minhash":[],"publisher":null}', '2024-01-01', 'Lama')`,
  ).run();
  // An event as version 1 kept it, its JSON inline.
  const { analysis } = syntheticArticle({ seed: 1, events: 1 });
  const facts = { id: 'art_old', url: null, title: 'Lama', publishedAt: '2024-01-01', lang: 'id', source: null };
  const record = machineRecord(facts, analysis, analysis.events[0]!);
  db.prepare(
    `INSERT INTO events (event_key, article_id, event_id, date, type, stage, record_json, event_json) VALUES (?, 'art_old', 'e1', ?, ?, ?, ?, ?)`,
  ).run(record.key, record.date, record.type, record.stage, JSON.stringify(record), JSON.stringify(analysis.events[0]));
  assert.deepEqual(migrate(db), listMigrations().slice(1).map((m) => m.version));
  const store = new SqliteStore(db);
  const found = await store.listArticles({ q: 'kyiv' }, { limit: 10 });
  assert.deepEqual(found.items.map((a) => a.id), ['art_old']);
  const event = await store.getEvent(record.key);
  assert.deepEqual([event?.key, event?.event.id], [record.key, 'e1']);
});

test('a store newer than the program is refused with a clear message', () => {
  const db = new Database(':memory:');
  migrate(db);
  db.prepare("INSERT INTO schema_migrations VALUES (999, 'future', '2030-01-01')").run();
  assert.throws(() => migrate(db), /schema version 999, newer than this program knows/);
});

test('the articles pointing at one are found through indexes, not by scanning every article', () => {
  const store = openSqliteStore(':memory:');
  for (const column of ['original_id', 'near_duplicate_of']) {
    const plan = (store.db.prepare(`EXPLAIN QUERY PLAN SELECT id FROM articles WHERE ${column} = ?`).all('art_x') as { detail: string }[]).map((r) => r.detail);
    assert.match(plan.join('\n'), /USING INDEX/, `${column}: ${plan.join('; ')}`);
  }
});
