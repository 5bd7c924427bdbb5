// API throughput: event queries against a store of 100,000 events, 16 concurrent clients on loopback,
// the server in its own process (as deployed) and the load generator (autocannon) in this one. The same
// measurement over 1,000,000 events on SQLite and PostgreSQL is in scale.ts.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { openStore } from '../../store/open.ts';
import { syntheticArticle } from '../../store/synthetic.ts';
import { newSecret, secretHash } from '../../api/credentials.ts';
import type { BenchSection, Figure, SectionResult } from '../registry.ts';

const EVENTS = 100_000;
const EVENTS_PER_ARTICLE = 100;
const CLIENTS = 16;
const SECONDS = 10;
const QUERIES = [
  '/api/events?limit=50',
  '/api/events?type=ASSAULT&limit=50',
  '/api/events?country=UKR&from=2024-06-10&to=2024-06-20&limit=50',
  '/api/events?actor=country:RUS&recipient=UKR&limit=50',
];

/** Fills the store (a SQLite path or a postgres:// URL) with synthetic articles of 100 events and a viewer token. */
export async function fillStore(target: string, events: number): Promise<{ token: string; fillMs: number }> {
  const store = await openStore(target);
  try {
    const t0 = performance.now();
    for (let seed = 1; seed <= events / EVENTS_PER_ARTICLE; seed++) {
      const { article, analysis } = syntheticArticle({ seed, events: EVENTS_PER_ARTICLE, publisher: `Source ${seed % 20}`, validate: false });
      await store.save({ article, analysis, bandKeys: [], nearDuplicateOf: null, originalId: null });
    }
    const fillMs = performance.now() - t0;
    const actor = { kind: 'cli' as const, id: 'bench', name: 'bench' };
    await store.createUser({ name: 'bench', role: 'viewer', passwordHash: 'unused' }, actor);
    const token = newSecret('smb');
    await store.createToken({ userName: 'bench', name: 'bench', role: 'viewer', hash: secretHash(token) }, actor);
    return { token, fillMs };
  } finally {
    await store.close();
  }
}

/** CPU seconds a process has used (Linux /proc; null elsewhere): requests per CPU second do not depend on
 * how busy the machine is with other work. */
function cpuSeconds(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch {
    return null;
  }
}

function startServer(target: string): Promise<{ url: string; pid: number | undefined; stop: () => void }> {
  const script = fileURLToPath(new URL('../../api/bench-server.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script, target], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = /listening (\S+)/.exec(out);
      if (m) resolve({ url: m[1]!, pid: child.pid, stop: () => child.kill() });
    });
    child.on('exit', (code) => reject(new Error(`bench server exited (${code})`)));
  });
}

/** A server over the store, and 16 clients cycling the event queries for 10 s: throughput, latency, failures. */
export async function queryLoad(target: string, token: string, label = ''): Promise<Figure[]> {
  const { url, pid, stop } = await startServer(target);
  try {
    const cpuBefore = cpuSeconds(pid);
    const result = await autocannon({
      url,
      connections: CLIENTS,
      duration: SECONDS,
      headers: { authorization: `Bearer ${token}` },
      requests: QUERIES.map((path) => ({ method: 'GET' as const, path })),
    });
    const cpuAfter = cpuSeconds(pid);
    const serverCpu = cpuBefore !== null && cpuAfter !== null ? cpuAfter - cpuBefore : null;
    const failed = result.errors + result.timeouts + result.non2xx;
    return [
      { name: `${label}requests per second`, value: result.requests.average, unit: 'req/s' },
      { name: `${label}latency p50`, value: result.latency.p50, unit: 'ms' },
      { name: `${label}latency p99`, value: result.latency.p99, unit: 'ms' },
      { name: `${label}requests per server CPU second`, value: serverCpu ? result.requests.total / serverCpu : null, unit: 'req/CPU-s' },
      { name: `${label}requests`, value: result.requests.total, unit: 'requests' },
      { name: `${label}failed requests`, value: failed, unit: 'requests' },
    ];
  } finally {
    stop();
  }
}

export const QUERY_LOAD_NOTE = `${SECONDS} s, ${CLIENTS} connections cycling ${QUERIES.length} queries (first pages of 50: unfiltered, by type, by country and dates, by actor and recipient), viewer token`;

export const apiSection: BenchSection = {
  name: 'api',
  description: `API events queries on ${EVENTS.toLocaleString('en')} events, ${CLIENTS} concurrent clients on loopback`,
  async run(): Promise<SectionResult> {
    const dir = mkdtempSync(join(tmpdir(), 'sumber-bench-api-'));
    const db = join(dir, 'sumber.db');
    try {
      const { token, fillMs } = await fillStore(db, EVENTS);
      const figures = await queryLoad(db, token);
      return {
        figures: [...figures, { name: 'store fill', value: EVENTS / (fillMs / 1000), unit: 'events/s' }],
        notes: [
          `machine load average during the run: ${loadavg()[0]!.toFixed(1)} (other processes share the cores)`,
          QUERY_LOAD_NOTE,
          `store: SQLite file in WAL mode, ${EVENTS / EVENTS_PER_ARTICLE} synthetic articles of ${EVENTS_PER_ARTICLE} events, filled through the ingestion sink`,
        ],
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
