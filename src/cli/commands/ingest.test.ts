import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

const bin = fileURLToPath(new URL('../../../bin/sumber.mjs', import.meta.url));
const story = (n: number) =>
  Array.from({ length: 3 }, (_, i) => `Story ${n} part ${i}: the district council met on Tuesday and voted on measure ${n * 10 + i} about roads and schools after a debate.`).join('\n\n');

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'sumber-cli-ingest-'));
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', 'a.txt'), `Council votes\n\n${story(1)}`);
  writeFileSync(join(dir, 'in', 'b.html'), `<html><head><title>Schools</title></head><body><article><p>${story(2).split('\n\n').join('</p><p>')}</p></article></body></html>`);
});
after(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [bin, 'ingest', '--no-analyze', ...args], { cwd: dir, encoding: 'utf8', input, env: { ...process.env, SUMBER_HOME: join(dir, 'home') } });

const articles = (db: string) => {
  const conn = new Database(db, { readonly: true });
  try {
    return (conn.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  } finally {
    conn.close();
  }
};

test('--dry-run prints one JSON line per article and stores nothing', () => {
  const r = run(['--dry-run', 'in']);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.title), ['Council votes', 'Schools']);
  assert.match(r.stderr, /2 inputs: would store 2, duplicates 0 /);
});

test('stores into $SUMBER_HOME/sumber.db; a second run stores nothing new; a failed input makes the exit code non-zero', () => {
  const first = run(['in']);
  assert.equal(first.status, 0, first.stderr);
  const db = join(dir, 'home', 'sumber.db');
  assert.equal(articles(db), 2);
  const again = run(['in', 'missing.txt', 'file:///etc/passwd']);
  assert.equal(again.status, 2);
  assert.match(again.stderr, /missing\.txt: no such file or folder/);
  assert.match(again.stderr, /file:\/\/\/etc\/passwd: is a file: URL/);
  assert.match(again.stderr, /4 inputs: stored 0, duplicates 2 .*failed 2/);
  assert.equal(articles(db), 2);
});

test('an empty file is bad input as in analyze: one line, exit 2, and the rest of the batch is stored', () => {
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'c.txt'), `Roads\n\n${story(4)}`);
  const db = join(dir, 'empty-batch.db');
  const r = run(['--db', db, 'empty.txt', 'c.txt']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /empty\.txt: is empty\n/);
  assert.equal(articles(db), 1);
  const alone = run(['--db', db, '-'], '');
  assert.equal(alone.status, 2);
  assert.match(alone.stderr, /standard input: is empty/);
});

test('--date must be a real calendar day', () => {
  const r = run(['--date', '2024-02-30', 'in']);
  assert.equal(r.status, 2);
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  assert.match(r.stderr, /--date: publication date '2024-02-30' is not an ISO date/);
});

test('reads standard input and writes to the store given by --db', () => {
  const db = join(dir, 'other.db');
  const r = run(['--db', db, '-'], `Standard input story\n\n${story(3)}`);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(articles(db), 1);
});

test('Ctrl-C finishes the article in hand, reports what was stored, and exits 130', async () => {
  const total = 3000;
  const lines = Array.from({ length: total }, (_, n) => JSON.stringify({ title: `Item ${n}`, text: story(1000 + n) }));
  writeFileSync(join(dir, 'many.jsonl'), lines.join('\n') + '\n');
  const db = join(dir, 'interrupted.db');
  const child = spawn(process.execPath, [bin, 'ingest', '--no-analyze', '--db', db, 'many.jsonl'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c) => {
    stderr += c;
    // The loop must yield for the signal to be seen at all.
    if (/stored\s+art_/.test(stderr) && !child.killed) child.kill('SIGINT');
  });
  const [code] = await new Promise<[number | null]>((resolve) => child.on('exit', (c) => resolve([c])));
  assert.equal(code, 130, stderr);
  const summary = /interrupted: 1 inputs: stored (\d+),/.exec(stderr);
  assert.ok(summary, stderr);
  const stored = Number(summary[1]);
  assert.ok(stored > 0 && stored < total, `stored ${stored} of ${total}`);
  assert.equal(articles(db), stored);
});
