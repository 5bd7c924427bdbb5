import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from './sqlite.ts';
import { openPostgresStore } from './postgres/store.ts';
import { moveStore, postgresTables, sqliteTables, KEPT_TABLES } from './move.ts';
import { syntheticArticle } from './synthetic.ts';
import { dropPgSchema, newPgSchema, pgSkip, TEST_PG_URL } from './test-stores.ts';
import type { Store } from './types.ts';

const cli = { kind: 'cli' as const, id: 'test', name: 'test' };

/** What a reader sees of a store: its events, articles, a search, users and the audit log. */
async function view(store: Store) {
  const events = (await store.listEvents({}, { limit: 1000 })).items;
  return {
    events,
    articles: (await store.listArticles({}, { limit: 100 })).items,
    found: (await store.listArticles({ q: '朝鲜' }, { limit: 10 })).items.map((a) => a.id),
    users: await store.listUsers(),
    audit: (await store.listAudit({ limit: 100 })).items,
  };
}

test('a store moved from SQLite to PostgreSQL and back keeps every row, verified table by table', { skip: pgSkip }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'sumber-move-'));
  const schema = newPgSchema();
  t.after(async () => {
    rmSync(dir, { recursive: true, force: true });
    await dropPgSchema(schema);
  });
  const source = openSqliteStore(join(dir, 'from.db'));
  for (let seed = 1; seed <= 4; seed++) {
    const { article, analysis } = syntheticArticle({ seed, events: 6 });
    const text = seed === 2 ? `${article.text} 朝鲜派兵` : article.text;
    await source.auditedSink(cli, 'article.ingest').save({ article: { ...article, text }, analysis, bandKeys: [`b${seed}`], nearDuplicateOf: null, originalId: null });
  }
  await source.createUser({ name: 'ana', role: 'admin', passwordHash: 'x' }, cli);
  const event = (await source.listEvents({}, { limit: 1 })).items[0]!;
  await source.review(event.key, { action: 'correct', correction: { type: 'PROTEST' }, note: 'type' }, cli);

  const middle = await openPostgresStore(TEST_PG_URL, { schema, max: 2 });
  const there = await moveStore(sqliteTables(source), postgresTables(middle));
  const back = openSqliteStore(join(dir, 'back.db'));
  const again = await moveStore(postgresTables(middle), sqliteTables(back));

  assert.deepEqual(there.map((r) => r.table), [...KEPT_TABLES]);
  assert.deepEqual(again, there, 'the same counts and checksums both ways');
  assert.equal(there.find((r) => r.table === 'events')!.rows, 24);
  const expected = await view(source);
  assert.deepEqual(expected.found.length, 1);
  assert.deepEqual(await view(middle), expected);
  assert.deepEqual(await view(back), expected);
  await assert.rejects(moveStore(sqliteTables(source), postgresTables(middle)), /target store is not empty/);
  await middle.close();
  source.close();
  back.close();
});
