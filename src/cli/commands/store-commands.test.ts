// The store's commands end to end: analyze --store, user and token, export.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../store/sqlite.ts';

const BIN = new URL('../../../bin/sumber.mjs', import.meta.url).pathname;
const SAMPLE = new URL('../../../samples/north-korea-troops-en.txt', import.meta.url).pathname;

test('analyze --store, user add (the first is an admin), token create and revoke, export: each writes or reads the store under SUMBER_HOME', (t) => {
  const home = mkdtempSync(join(tmpdir(), 'sumber-cli-'));
  t.after(() => rmSync(home, { recursive: true, force: true }));
  const run = (args: string[], input?: string) =>
    spawnSync(process.execPath, [BIN, ...args], { env: { ...process.env, SUMBER_HOME: home }, input, encoding: 'utf8' });

  const analysed = run(['analyze', SAMPLE, '--date', '2024-06-28', '--format', 'json', '--store']);
  assert.equal(analysed.status, 0, analysed.stderr);
  assert.match(analysed.stderr, /stored art_[0-9a-f]{24} \(\d+ events\)/);

  const notAdmin = run(['user', 'add', 'ana', '--role', 'viewer', '--password-stdin'], 'a long enough password\n');
  assert.equal(notAdmin.status, 2);
  assert.match(notAdmin.stderr, /--role: the first user must be an admin/);
  assert.equal(run(['user', 'add', 'root', '--password-stdin'], 'a long enough password\n').status, 0);
  const made = run(['token', 'create', '--user', 'root', '--name', 'ci']);
  assert.match(made.stdout, /^smb_[\w-]{43}\n$/);
  const id = /token (tok_\w+)/.exec(made.stderr)![1]!;
  assert.match(run(['token', 'revoke', id]).stdout, /revoked tok_/);

  const out = join(home, 'events.tsv');
  const exported = run(['export', '--format', 'gdelt', '--out', out]);
  assert.equal(exported.status, 0, exported.stderr);
  const lines = readFileSync(out, 'utf8').trimEnd().split('\n').filter(Boolean);
  assert.match(exported.stderr, new RegExp(`exported ${lines.length} events as gdelt`));
  assert.ok(lines.every((l) => l.split('\t').length === 61));

  const store = openSqliteStore(join(home, 'sumber.db'));
  const actions = store.db.prepare('SELECT action, actor_kind FROM audit ORDER BY id').all();
  store.close();
  assert.deepEqual(actions, [
    { action: 'article.create', actor_kind: 'cli' },
    { action: 'user.create', actor_kind: 'cli' },
    { action: 'token.create', actor_kind: 'cli' },
    { action: 'token.revoke', actor_kind: 'cli' },
  ]);
});
