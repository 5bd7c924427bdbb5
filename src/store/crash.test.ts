import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from './sqlite.ts';

test('a writer killed mid-ingest leaves every article whole or absent', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'sumber-crash-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'sumber.db');
  const child = spawn(process.execPath, ['--import', 'tsx', new URL('./crash-writer.fixture.ts', import.meta.url).pathname, path], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // Kill after the second save: the third is then in its transaction (each takes many milliseconds).
  await new Promise<void>((resolve) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('saved 2\n')) {
        setTimeout(() => child.kill('SIGKILL'), 15);
        resolve();
      }
    });
  });
  await new Promise((resolve) => child.on('exit', resolve));

  const store = openSqliteStore(path);
  assert.equal(store.db.pragma('integrity_check', { simple: true }), 'ok');
  const articles = store.db.prepare('SELECT id, analysis_json FROM articles').all() as { id: string; analysis_json: string | null }[];
  assert.ok(articles.length >= 2);
  for (const a of articles) {
    const expected = JSON.parse(a.analysis_json!).events.length;
    const stored = (store.db.prepare('SELECT count(*) AS n FROM events WHERE article_id = ?').get(a.id) as { n: number }).n;
    assert.equal(stored, expected, `article ${a.id}`);
    const bands = (store.db.prepare('SELECT count(*) AS n FROM article_bands WHERE article_id = ?').get(a.id) as { n: number }).n;
    assert.equal(bands, 1);
  }
  const orphans = store.db.prepare('SELECT count(*) AS n FROM events WHERE article_id NOT IN (SELECT id FROM articles)').get() as { n: number };
  assert.equal(orphans.n, 0);
  store.close();
});
