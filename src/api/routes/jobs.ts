// The job queue, for those who feed it: analysts and admins see what waits, runs, will be retried and died.
import { route } from '../route.ts';
import { HttpError } from '../http-error.ts';
import { JobList, JobsQuery } from '../../schema/jobs.ts';
import { listJobs } from '../../queue/list.ts';

export const jobRoutes = [
  route({
    method: 'GET',
    url: '/api/jobs',
    access: 'analyst',
    tag: 'jobs',
    summary: 'jobs of the work queue (PostgreSQL stores): counts per state, and the jobs asked for with their last error',
    query: JobsQuery,
    response: JobList,
    handler: async ({ query, store }) => {
      // The PostgreSQL client is loaded only when a store could hold a queue.
      const { PgStore } = await import('../../store/postgres/store.ts');
      if (!(store instanceof PgStore)) throw new HttpError(409, 'conflict', 'the job queue needs a PostgreSQL store (sumber serve --db postgres://…)');
      return listJobs(store.pool, query);
    },
  }),
];
