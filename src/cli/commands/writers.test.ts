// Several writers on one store, as real processes: two `sumber ingest` over the same folder while the API
// ingests too. Nothing is lost, nothing is stored or audited twice, and the server stays up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

const bin = fileURLToPath(new URL('../../../bin/sumber.mjs', import.meta.url));
const FILES = 10;
const POSTS = 5;
const story = (n: number) =>
  `Report ${n}\n\n` +
  Array.from({ length: 3 }, (_, i) => `The council of district ${n} met on Tuesday and voted on measure ${n * 10 + i} about roads, water and schools after a long debate.`).join('\n\n');

function exited(child: ChildProcess): Promise<{ code: number | null; stderr: string }> {
  let stderr = '';
  child.stderr!.on('data', (c) => (stderr += c));
  return once(child, 'exit').then(([code]) => ({ code: code as number | null, stderr }));
}

test('two CLI ingests and the API write one store at once: every article once, one audit row each, the server up', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'sumber-writers-'));
  const db = join(dir, 'sumber.db');
  mkdirSync(join(dir, 'in'));
  for (let n = 0; n < FILES; n++) writeFileSync(join(dir, 'in', `${n}.txt`), story(n));
  const env = { ...process.env, SUMBER_FROM_SOURCE: '1' };

  const server = spawn(process.execPath, [bin, 'serve', '--port', '0', '--db', db, '--workers', '1'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  t.after(() => {
    server.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });
  let serverLog = '';
  const base = await new Promise<string>((resolve, reject) => {
    server.stderr!.on('data', (c) => {
      serverLog += c;
      const m = /serving (http:\/\/\S+)/.exec(serverLog);
      if (m) resolve(m[1]!);
    });
    server.on('exit', () => reject(new Error(`the server ended: ${serverLog}`)));
  });

  const ingest = () => exited(spawn(process.execPath, [bin, 'ingest', '--db', db, '--workers', '1', '--date', '2024-06-28', join(dir, 'in')], { env, stdio: ['ignore', 'ignore', 'pipe'] }));
  const runs = [ingest(), ingest()];
  const posted: number[] = [];
  for (let n = FILES; n < FILES + POSTS; n++) {
    const r = await fetch(`${base}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: story(n), publishedAt: '2024-06-28' }) });
    posted.push(r.status);
  }
  const results = await Promise.all(runs);
  for (const r of results) assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(posted, Array(POSTS).fill(201));
  // The server's story refresh runs a second after its last write, against the CLIs' writes: it must not end it.
  await new Promise((resolve) => setTimeout(resolve, 2500));
  assert.equal((await fetch(`${base}/api/health`)).status, 200, serverLog);

  const conn = new Database(db, { readonly: true });
  const count = (sql: string) => (conn.prepare(sql).get() as { n: number }).n;
  try {
    assert.equal(conn.pragma('integrity_check', { simple: true }), 'ok');
    assert.equal(count('SELECT count(*) AS n FROM articles'), FILES + POSTS);
    assert.equal(count("SELECT count(*) AS n FROM audit WHERE action = 'article.ingest'"), FILES + POSTS);
    assert.equal(count("SELECT count(DISTINCT target) AS n FROM audit WHERE action = 'article.ingest'"), FILES + POSTS);
  } finally {
    conn.close();
  }
  const stored = results.map((r) => Number(/stored (\d+)/.exec(r.stderr)?.[1]));
  assert.equal(stored[0]! + stored[1]!, FILES, results.map((r) => r.stderr).join('\n'));
});
