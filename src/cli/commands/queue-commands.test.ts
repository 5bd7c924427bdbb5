// The queue's commands: on the default SQLite store each says in one line that it needs PostgreSQL (and
// nothing is read, queued or written); on PostgreSQL, ingest --queue and jobs end to end.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pgSkip } from '../../store/test-stores.ts';
import { freshDatabase } from '../../queue/test-database.ts';
import { JobList } from '../../schema/jobs.ts';

const BIN = new URL('../../../bin/sumber.mjs', import.meta.url).pathname;
const SAMPLE = new URL('../../../samples/north-korea-troops-en.txt', import.meta.url).pathname;

test('worker, jobs and ingest --queue on a SQLite store: exit 2 with one line naming PostgreSQL, no store created', async (t) => {
  const home = mkdtempSync(join(tmpdir(), 'sumber-queue-cli-'));
  t.after(() => rmSync(home, { recursive: true, force: true }));
  const env = { ...process.env, SUMBER_HOME: home, SUMBER_DATABASE_URL: '' };
  const commands = [['worker'], ['jobs'], ['ingest', '--queue', SAMPLE], ['worker', '--db', join(home, 'other.db')]];
  await Promise.all(
    commands.map(async (args) => {
      const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      let err = '';
      child.stderr.on('data', (c) => (err += c));
      const [code] = await once(child, 'exit');
      assert.equal(code, 2, `${args.join(' ')}: ${err}`);
      assert.equal(err.trimEnd().split('\n').length, 1, err);
      assert.match(err, /needs the job queue, which needs PostgreSQL: give --db postgres:\/\/… or set SUMBER_DATABASE_URL/);
    }),
  );
  assert.equal(existsSync(join(home, 'sumber.db')), false);
  assert.equal(existsSync(join(home, 'other.db')), false);
});

test('ingest --queue then jobs on PostgreSQL: the article waits as one job, listed for people and as the API schema', { skip: pgSkip }, async (t) => {
  const url = await freshDatabase(t, async () => {});
  const env = { ...process.env, SUMBER_DATABASE_URL: url };
  const run = async (args: string[]) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (err += c));
    const [code] = await once(child, 'exit');
    return { code, out, err };
  };
  const queued = await run(['ingest', '--queue', '--date', '2024-06-28', SAMPLE, SAMPLE]);
  assert.equal(queued.code, 0, queued.err);
  assert.match(queued.err, /queued 1 jobs from 2 inputs; 1 already waiting/);
  const listed = JobList.parse(JSON.parse((await run(['jobs', '--json'])).out));
  assert.deepEqual(
    listed.jobs.map((j) => [j.kind, j.state, j.input, j.attempts]),
    [['article', 'queued', SAMPLE, 0]],
  );
  assert.equal(listed.counts.queued, 1);
  const plain = await run(['jobs']);
  assert.equal(plain.out, `Jobs: 1 queued, 0 running, 0 retry, 0 failed, 0 completed, 0 cancelled\nqueued    article 0/4  ${SAMPLE}\n`);
  const bad = await run(['jobs', '--state', 'lost']);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /^sumber: --state: /);
});
