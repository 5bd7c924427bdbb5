// The queue on a real PostgreSQL (a fresh database per test): keys make enqueuing idempotent, a worker stores
// each article once however often it is queued, a busy server's Retry-After is honoured, an input that can
// never work fails at once and stays listed with its error line.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { pgSkip } from '../store/test-stores.ts';
import { openPostgresStore } from '../store/postgres/store.ts';
import { Fetcher } from '../ingest/fetch.ts';
import { startTestServer, send } from '../ingest/test-server.ts';
import { JobList, type JobState } from '../schema/jobs.ts';
import { freshDatabase } from './test-database.ts';
import { JobQueue } from './queue.ts';
import { startWorker } from './worker.ts';
import { enqueueInputs } from './enqueue.ts';
import { listJobs } from './list.ts';

const settings = { defaultPublishedAt: '2024-06-28', publisher: null, analyze: false };
const text = (n: number) =>
  `Report ${n}\n\n` + Array.from({ length: 3 }, (_, i) => `The council of district ${n} met on Tuesday and voted on measure ${n * 10 + i} about roads, water and schools after a long debate.`).join('\n\n');

/** A database with a running in-process worker (no analysis: these tests are about the queue), all closed after. */
async function setup(t: TestContext) {
  const closing: (() => Promise<void>)[] = [];
  const url = await freshDatabase(t, async () => {
    for (const close of closing) await close();
  });
  const store = await openPostgresStore(url, { max: 3 });
  closing.push(() => store.close());
  const queue = await JobQueue.open(url, { supervise: true, jobTimeoutSeconds: 30 });
  closing.unshift(() => queue.close(1000));
  const db = new pg.Pool({ connectionString: url, max: 2 });
  closing.push(() => db.end());
  const detector = { detect: () => ({ code: 'en', confidence: 1 }) };
  startWorker({
    store,
    queue,
    fetcher: new Fetcher({ allowPrivate: true, hostDelayMs: 0, idleTimeoutMs: 2000, respectRobots: false }),
    analysis: { analyzer: null, detector, originalCues: [], analyzerLanguages: new Set() },
    updateStories: async () => {},
    concurrency: 2,
    actor: { kind: 'cli', id: 'test', name: 'sumber worker' },
  });
  const jobs = async (...state: JobState[]) => JobList.parse(await listJobs(db, { state, limit: 100 }));
  /** Polls until every job has left the queued and running states (or 60 s pass: then the test fails on what it sees). */
  const settled = async () => {
    for (let i = 0; i < 600; i++) {
      const { counts } = await jobs();
      if (counts.queued + counts.running === 0) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const count = async (sql: string) => Number((await db.query(sql)).rows[0].n);
  return { url, queue, jobs, settled, count };
}

function files(t: TestContext, n: number): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'sumber-queue-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return Array.from({ length: n }, (_, i) => {
    const p = join(dir, `${i}.txt`);
    writeFileSync(p, text(i));
    return p;
  });
}

const noFailures = () => assert.fail('no input should fail');

test('an article queued twice waits once; queued again after it is done, it is not stored twice', { skip: pgSkip }, async (t) => {
  const { queue, settled, jobs, count } = await setup(t);
  const [a, b] = files(t, 2);
  // The worker is already taking jobs, so the second enqueue may find the first job waiting or done: either
  // way the article is stored once.
  assert.deepEqual(await enqueueInputs(queue, [a!, b!, a!], settings, null, noFailures).then((s) => s.inputs), 3);
  await settled();
  assert.equal(await enqueueInputs(queue, [a!], settings, null, noFailures).then((s) => s.queued), 1);
  await settled();
  assert.equal(await count('SELECT count(*) AS n FROM articles'), 2);
  assert.equal(await count(`SELECT count(*) AS n FROM audit WHERE action = 'article.ingest'`), 2);
  const done = await jobs('completed');
  assert.ok(done.jobs.every((j) => j.kind === 'article' && j.error === null && j.attempts === 1));
  assert.equal(done.counts.failed + done.counts.retry, 0);
});

test('a server that answers 429 with Retry-After is asked again no sooner; a 404 fails at once with its error line', { skip: pgSkip }, async (t) => {
  const server = await startTestServer({
    '/busy': (_req, res) => res.writeHead(429, { 'retry-after': '3600' }).end(),
    '/missing': send('no', 'text/plain', 404),
    '/down': send('later', 'text/plain', 503),
    '/page': send('<html><body><article><h1>Roads</h1><p>The council of the district met on Tuesday and voted on the measure about roads and water after a long debate.</p></article></body></html>'),
  });
  t.after(() => server.close());
  const { queue, settled, jobs, count } = await setup(t);
  const s = await enqueueInputs(queue, ['/busy', '/missing', '/down', '/page'].map((p) => server.url(p)), settings, null, noFailures);
  assert.equal(s.queued, 4);
  await settled();

  const byInput = new Map((await jobs('retry', 'failed', 'completed')).jobs.map((j) => [j.input, j]));
  const busy = byInput.get(server.url('/busy'))!;
  assert.equal(busy.state, 'retry');
  assert.match(busy.error!, /HTTP 429/);
  assert.ok(Date.parse(busy.runAfter) - Date.parse(busy.startedAt!) >= 3500_000, `next try ${busy.runAfter}, asked for an hour after ${busy.startedAt}`);

  const missing = byInput.get(server.url('/missing'))!;
  assert.equal(missing.state, 'failed');
  assert.equal(missing.attempts, 1);
  assert.equal(missing.error, `${server.url('/missing')}: the server answered HTTP 404 Not Found`);

  // Without Retry-After, a 503 takes the regular backoff: it waits for a later try.
  const down = byInput.get(server.url('/down'))!;
  assert.equal(down.state, 'retry');
  assert.ok(Date.parse(down.runAfter) > Date.parse(down.startedAt!));

  // The page was fetched, then its article job stored it.
  assert.equal(byInput.get(server.url('/page'))!.state, 'completed');
  assert.equal(await count('SELECT count(*) AS n FROM articles'), 1);
});

test('processes starting together on a new database set up one queue and both use it', { skip: pgSkip }, async (t) => {
  const opened: JobQueue[] = [];
  const url = await freshDatabase(t, async () => {
    for (const q of opened) await q.close(1000);
  });
  opened.push(...(await Promise.all([JobQueue.open(url), JobQueue.open(url), JobQueue.open(url)])));
  const ids = await Promise.all(opened.map((q, i) => q.send('stories', {}, `key-${i}`)));
  assert.equal(new Set(ids.filter(Boolean)).size, 3);
});
