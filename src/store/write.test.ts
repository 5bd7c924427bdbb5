import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from './sqlite.ts';
import { syntheticArticle } from './synthetic.ts';
import { retryBusy } from './write.ts';
import type { Actor } from './records.ts';

const cli: Actor = { kind: 'cli', id: 'test', name: 'sumber ingest' };
const busy = (code: string) => Object.assign(new Error('database is locked'), { code });

test('a busy error is retried a bounded number of times; other errors at once', () => {
  let calls = 0;
  assert.equal(
    retryBusy(() => {
      if (++calls < 3) throw busy(calls === 1 ? 'SQLITE_BUSY' : 'SQLITE_BUSY_SNAPSHOT');
      return 'done';
    }, 5),
    'done',
  );
  assert.equal(calls, 3);
  calls = 0;
  assert.throws(() => retryBusy(() => (calls++, (() => { throw busy('SQLITE_BUSY'); })()), 2), /locked/);
  assert.equal(calls, 3);
  calls = 0;
  assert.throws(() => retryBusy(() => (calls++, (() => { throw new RangeError('no'); })()), 5), /no/);
  assert.equal(calls, 1);
});

test('two writers that both found an article new store it once, with one audit row', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'sumber-writers-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const one = openSqliteStore(join(dir, 'sumber.db'));
  const two = openSqliteStore(join(dir, 'sumber.db'));
  const { article, analysis } = syntheticArticle({ seed: 3, events: 2 });
  const keys = { canonicalUrl: article.canonicalUrl, contentHash: article.contentHash };
  // Both checked before either saved (each was analysing).
  assert.equal(await one.findExisting(keys), null);
  assert.equal(await two.findExisting(keys), null);
  const entry = { article, analysis, bandKeys: ['b'], nearDuplicateOf: null, originalId: null, unlessStored: keys };
  assert.equal(await one.auditedSink(cli, 'article.ingest').save(entry), null);
  assert.equal((await two.auditedSink(cli, 'article.ingest').save(entry))?.id, article.id);
  const count = (sql: string) => (one.db.prepare(sql).get() as { n: number }).n;
  assert.equal(count('SELECT count(*) AS n FROM articles'), 1);
  assert.equal(count("SELECT count(*) AS n FROM audit WHERE action = 'article.ingest'"), 1);
  one.close();
  two.close();
});
