// The job queue, for those who feed it: analysts and admins see what waits, runs, will be retried and died.
import { route } from '../route.ts';
import { JobList, JobsQuery } from '../../schema/jobs.ts';
import { listJobs, noJobs } from '../../queue/list.ts';

export const jobRoutes = [
  route({
    method: 'GET',
    url: '/api/jobs',
    access: 'analyst',
    tag: 'jobs',
    summary: 'jobs of the work queue: counts per state, and the jobs asked for with their last error (a SQLite store has no queue: available false)',
    query: JobsQuery,
    response: JobList,
    handler: async ({ query, store }) => {
      // The PostgreSQL client is loaded only when a store could hold a queue.
      const { PgStore } = await import('../../store/postgres/store.ts');
      return store instanceof PgStore ? listJobs(store.pool, query) : noJobs(false);
    },
  }),
];
