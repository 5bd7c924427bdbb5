// Reading the queue's jobs for people: `sumber jobs` and GET /api/jobs. Plain SQL over the queue's table, so a
// server lists jobs without starting a queue client, and before any worker has created the queue (then: none).
import { JobState, OPEN_STATES, type JobKind, type JobList, type JobRecord, type JobsQuery } from '../schema/jobs.ts';

export const QUEUE_SCHEMA = 'sumber_queue';

/** A connection pool or client of the `pg` package. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<{ rows: any[] }>;
}

/** The queue library's states as the schema names them. */
const FROM_STATE: Record<string, JobState> = { created: 'queued', active: 'running', retry: 'retry', failed: 'failed', completed: 'completed', cancelled: 'cancelled' };
const TO_STATE = Object.fromEntries(Object.entries(FROM_STATE).map(([k, v]) => [v, k])) as Record<JobState, string>;

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/** The first line of a failure's message, as it was stored. */
function errorLine(output: unknown, state: string): string | null {
  if (state !== 'failed' && state !== 'retry') return null;
  const o = output as { message?: unknown; value?: { message?: unknown } } | null;
  const message = o?.message ?? o?.value?.message;
  return typeof message === 'string' ? message.split('\n')[0]! : null;
}

function record(row: any): JobRecord {
  return {
    id: row.id,
    kind: row.name as JobKind,
    state: FROM_STATE[row.state]!,
    key: row.singleton_key,
    input: typeof row.data?.input === 'string' ? row.data.input : null,
    // pg-boss counts retries; a job started again after a failure has one more.
    attempts: row.retry_count + (row.started_on ? 1 : 0),
    maxAttempts: row.retry_limit + 1,
    createdAt: iso(row.created_on)!,
    startedAt: iso(row.started_on),
    runAfter: iso(row.start_after)!,
    finishedAt: iso(row.completed_on),
    error: errorLine(row.output, row.state),
  };
}

/** No jobs: before any worker or enqueue created the queue, or on a store that cannot hold one. */
export function noJobs(available: boolean): JobList {
  return { available, counts: Object.fromEntries(JobState.options.map((s) => [s, 0])) as Record<JobState, number>, jobs: [] };
}

export async function listJobs(db: Queryable, query: JobsQuery): Promise<JobList> {
  const exists = (await db.query(`SELECT to_regclass('${QUEUE_SCHEMA}.job') AS t`)).rows[0].t;
  if (!exists) return noJobs(true);
  const { counts } = noJobs(true);
  for (const r of (await db.query(`SELECT state::text AS state, count(*)::int AS n FROM ${QUEUE_SCHEMA}.job GROUP BY state`)).rows) {
    counts[FROM_STATE[r.state]!] = r.n;
  }
  const states = (query.state?.length ? query.state : OPEN_STATES).map((s) => TO_STATE[s]);
  const params: unknown[] = [states, query.limit];
  const kind = query.kind ? `AND name = $${params.push(query.kind)}` : '';
  const { rows } = await db.query(
    `SELECT id, name, state::text AS state, singleton_key, data, retry_count, retry_limit, created_on, started_on, start_after, completed_on, output
       FROM ${QUEUE_SCHEMA}.job WHERE state::text = ANY($1) ${kind}
      ORDER BY created_on DESC, id LIMIT $2`,
    params,
  );
  return { available: true, counts, jobs: rows.map(record) };
}
