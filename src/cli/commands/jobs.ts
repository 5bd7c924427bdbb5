// sumber jobs: the queue's jobs, waiting, running, waiting to retry and dead, each with its last error line.
import type { Command } from 'commander';
import pg from 'pg';
import { InputError } from '../../errors.ts';
import { listJobs } from '../../queue/list.ts';
import { JobList, JobsQuery, type JobRecord } from '../../schema/jobs.ts';
import { queueUrl } from '../queue-url.ts';

interface JobsOptions {
  db?: string;
  state?: string;
  kind?: string;
  limit: string;
  json?: boolean;
}

function line(j: JobRecord): string {
  const when = j.state === 'retry' ? ` next try ${j.runAfter}` : j.state === 'running' ? ` since ${j.startedAt}` : '';
  const error = j.error ? `\n    ${j.error}` : '';
  return `${j.state.padEnd(9)} ${j.kind.padEnd(7)} ${j.attempts}/${j.maxAttempts}  ${j.input ?? j.key ?? j.id}${when}${error}`;
}

export function registerJobs(program: Command): void {
  program
    .command('jobs')
    .option('--db <url>', 'the store and its job queue: a postgres:// URL (default: $SUMBER_DATABASE_URL)')
    .option('--state <states>', 'comma-separated: queued, running, retry, failed, completed, cancelled (default: all but completed and cancelled)')
    .option('--kind <kind>', 'fetch, article or stories')
    .option('--limit <n>', 'at most this many jobs, newest first', '100')
    .option('--json', 'the listing as one JSON object (the same as GET /api/jobs)')
    .action(async (opts: JobsOptions) => {
      const url = queueUrl(opts.db, 'sumber jobs');
      const parsed = JobsQuery.safeParse({ state: opts.state?.split(',').filter(Boolean), kind: opts.kind, limit: opts.limit });
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new InputError(`--${String(issue.path[0])}`, issue.message);
      }
      const db = new pg.Pool({ connectionString: url, max: 1 });
      try {
        const list = JobList.parse(await listJobs(db, parsed.data));
        if (opts.json) return void process.stdout.write(JSON.stringify(list) + '\n');
        const counts = Object.entries(list.counts).map(([state, n]) => `${n} ${state}`).join(', ');
        process.stdout.write(`Jobs: ${counts}\n`);
        for (const j of list.jobs) process.stdout.write(line(j) + '\n');
      } finally {
        await db.end();
      }
    });
}
