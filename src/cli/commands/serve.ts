import type { Command } from 'commander';
import { InputError } from '../../errors.ts';
import { openStore } from '../../store/open.ts';
import { assertSafeHost, buildServer, DEFAULT_WEB_DIR, SERVE_LOGGER } from '../../api/server.ts';
import { storiesOf } from '../../store/stories.ts';
import { workerCount } from '../../pipeline/pool.ts';

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InputError('--port', `'${value}' is not a port number (0-65535)`);
  return n;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .option('--port <n>', 'port to listen on', '8470')
    .option('--host <host>', 'address to listen on; a numeric loopback address (127.0.0.1, ::1) until there are users', '127.0.0.1')
    .option('--db <path>', 'the store: a SQLite file, or a postgres:// URL (default: $SUMBER_DATABASE_URL, else $SUMBER_HOME/sumber.db)')
    .option('--web <dir>', "the dashboard's built files", DEFAULT_WEB_DIR)
    .option('--allow-private', 'let POST /api/articles fetch URLs, and watchlist webhooks reach, loopback and private networks')
    .option('--workers <n>', 'threads analysing posted articles (default: one per core)')
    .action(async (opts: { port: string; host: string; db?: string; web: string; allowPrivate?: boolean; workers?: string }) => {
      const workers = workerCount(opts.workers);
      const store = await openStore(opts.db);
      storiesOf(store).allowPrivateWebhooks = !!opts.allowPrivate;
      await assertSafeHost(store, opts.host);
      const { createIngestor } = await import('../../api/ingest.ts');
      const ingestor = createIngestor({ allowPrivate: !!opts.allowPrivate, workers });
      const app = await buildServer({ store, webDir: opts.web, ingestor, logger: SERVE_LOGGER });
      const stop = async () => {
        await app.close();
        await ingestor.close();
        await store.close();
        process.exit(0);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
      const address = await app.listen({ port: port(opts.port), host: opts.host });
      process.stderr.write(`sumber: serving ${address} (API under /api/, OpenAPI at /openapi.json)\n`);
      if ((await store.countUsers()) === 0) {
        process.stderr.write('sumber: no users yet: open to this machine only, as admin. Add one: sumber user add <name> --role admin\n');
      }
    });
}
