// The API server alone in its own process, for the bench's load generator: `node --import tsx
// src/api/bench-server.ts <db>` (a SQLite path or a postgres:// URL) prints "listening <url>" and serves until killed.
import { openStore } from '../store/open.ts';
import { buildServer } from './server.ts';
import { fakeIngestor } from './test-fixture.ts';

const store = await openStore(process.argv[2]!);
const app = await buildServer({ store, ingestor: fakeIngestor, webDir: null });
process.stdout.write(`listening ${await app.listen({ port: 0, host: '127.0.0.1' })}\n`);
