// sumber ingest --queue: the inputs become jobs in PostgreSQL for `sumber worker` processes; nothing is
// analysed here. One line per input that cannot be read, a summary, exit 2 when any input failed.
import type { Fetcher } from '../../ingest/fetch.ts';
import type { IngestSettings } from '../../queue/job-data.ts';
import { jobTimeout, queueUrl } from '../queue-url.ts';

export async function ingestToQueue(inputs: string[], db: string | undefined, timeout: string, settings: IngestSettings, fetcher: Fetcher): Promise<void> {
  const url = queueUrl(db, 'sumber ingest --queue');
  const seconds = jobTimeout(timeout);
  const [{ JobQueue }, { enqueueInputs }] = await Promise.all([import('../../queue/queue.ts'), import('../../queue/enqueue.ts')]);
  const queue = await JobQueue.open(url, { jobTimeoutSeconds: seconds });
  try {
    const s = await enqueueInputs(queue, inputs, settings, fetcher, (input, problem) => process.stderr.write(`sumber: ${input}: ${problem}\n`));
    process.stderr.write(
      `sumber: queued ${s.queued} jobs from ${s.inputs} inputs` +
        (s.alreadyQueued ? `; ${s.alreadyQueued} already waiting` : '') +
        (s.failed ? `; ${s.failed} failed` : '') +
        ' (sumber jobs lists them)\n',
    );
    if (s.failed > 0) process.exitCode = 2;
  } finally {
    await queue.close();
  }
}
