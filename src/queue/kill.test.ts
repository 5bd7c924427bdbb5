// A worker killed with SIGKILL in the middle of a job, as real processes on a real PostgreSQL: the job is taken
// back when its time runs out and done by another worker; every article is stored once, none lost, none twice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { pgSkip } from '../store/test-stores.ts';
import { freshDatabase } from './test-database.ts';
import { JobQueue } from './queue.ts';
import { enqueueInputs } from './enqueue.ts';
import { articleKey } from './job-data.ts';

const bin = fileURLToPath(new URL('../../bin/sumber.mjs', import.meta.url));
const SMALL = 4;
const TIMEOUT_SECONDS = 15;
const small = (n: number) =>
  `Report ${n}\n\n` + Array.from({ length: 3 }, (_, i) => `The council of district ${n} met on Tuesday and voted on measure ${n * 10 + i} about roads, water and schools after a long debate.`).join('\n\n');
// Long enough that its analysis (after the worker's analyser has loaded) is still running when the test kills it.
const big = 'A long report\n\n' + Array.from({ length: 1500 }, (_, i) => `Russian forces attacked Ukrainian positions near village ${i} on Monday, and ${i * 7} families left their homes, officials said.`).join('\n\n');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('a worker killed with SIGKILL mid-job: another worker does the job, every article stored once', { skip: pgSkip, timeout: 300_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'sumber-kill-'));
  const children: ChildProcess[] = [];
  let db: pg.Pool | null = null;
  let queue: JobQueue | null = null;
  const url = await freshDatabase(t, async () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    await Promise.all(children.map((c) => (c.exitCode === null && c.signalCode === null ? once(c, 'exit') : null)));
    await queue?.close(1000);
    await db?.end();
    rmSync(dir, { recursive: true, force: true });
  });
  db = new pg.Pool({ connectionString: url, max: 2 });
  const value = async (sql: string, params: unknown[] = []) => (await db!.query(sql, params)).rows[0]?.v;

  // The big article first, so the first worker takes it first.
  const paths = [join(dir, 'big.txt'), ...Array.from({ length: SMALL }, (_, n) => join(dir, `${n}.txt`))];
  writeFileSync(paths[0]!, big);
  for (let n = 0; n < SMALL; n++) writeFileSync(paths[n + 1]!, small(n));
  queue = await JobQueue.open(url, { jobTimeoutSeconds: TIMEOUT_SECONDS, retryDelaySeconds: 1 });
  const settings = { defaultPublishedAt: '2024-06-28', publisher: null, analyze: true };
  assert.equal((await enqueueInputs(queue, [paths[0]!], settings, null, () => assert.fail('no input fails'))).queued, 1);
  assert.equal((await enqueueInputs(queue, paths.slice(1), settings, null, () => assert.fail('no input fails'))).queued, SMALL);
  const bigKey = articleKey({ origin: { kind: 'file', location: paths[0]!, feed: null }, html: null, text: big, url: null, charset: 'utf-8', given: {} });
  const bigJob = `SELECT state::text AS v FROM sumber_queue.job WHERE singleton_key = $1`;

  const env = { ...process.env, SUMBER_FROM_SOURCE: '1' };
  const worker = (concurrency: number) => {
    const child = spawn(process.execPath, [bin, 'worker', '--db', url, '--concurrency', String(concurrency), '--job-timeout', String(TIMEOUT_SECONDS)], {
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    children.push(child);
    let log = '';
    child.stderr!.on('data', (c) => (log += c));
    return { child, log: () => log };
  };

  const first = worker(1);
  while ((await value(bigJob, [bigKey])) !== 'active') {
    assert.equal(first.child.exitCode, null, `the first worker ended: ${first.log()}`);
    await sleep(20);
  }
  first.child.kill('SIGKILL');
  const [, signal] = await once(first.child, 'exit');
  assert.equal(signal, 'SIGKILL');
  // It died holding the job: nothing of the big article was saved.
  assert.equal(await value(bigJob, [bigKey]), 'active', 'the job was still running when the worker was killed');
  assert.equal(Number(await value('SELECT count(*) AS v FROM articles WHERE text LIKE $1', ['A long report%'])), 0);

  const second = worker(2);
  const open = `SELECT count(*) AS v FROM sumber_queue.job WHERE name = 'article' AND state::text <> 'completed'`;
  for (let i = 0; Number(await value(open)) > 0; i++) {
    assert.equal(second.child.exitCode, null, `the second worker ended: ${second.log()}`);
    assert.ok(i < 2400, `article jobs still open after four minutes: ${second.log()}`);
    await sleep(100);
  }

  assert.equal(Number(await value('SELECT count(*) AS v FROM articles')), SMALL + 1);
  assert.equal(Number(await value(`SELECT count(*) AS v FROM audit WHERE action = 'article.ingest'`)), SMALL + 1, 'each article audited once');
  assert.ok(Number(await value('SELECT count(*) AS v FROM events')) > 0);
  // The big job ran twice: the first worker's try was taken back by timeout, the second worker finished it.
  const retried = (await db.query(`SELECT retry_count, output FROM sumber_queue.job WHERE singleton_key = $1`, [bigKey])).rows[0];
  assert.equal(retried.retry_count, 1);
  assert.equal(Number(await value(`SELECT count(*) AS v FROM sumber_queue.job WHERE state::text IN ('failed', 'retry')`)), 0);
});
