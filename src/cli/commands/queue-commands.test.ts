// The queue's commands on the default SQLite store: each says in one line that it needs PostgreSQL, and
// nothing is read, queued or written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
