// Builds a demonstration store of a few thousand real articles (src/demo/corpus.ts) by ingesting them through
// the command line, as a user would: `npm run demo:store -- [--db PATH] [--data DIR] [--workers N]`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { dataRoot, REPO_ROOT } from '../src/eval/data.ts';
import { repositorySources, sharedSources } from '../src/demo/corpus.ts';

const { values } = parseArgs({
  options: { db: { type: 'string' }, data: { type: 'string' }, workers: { type: 'string' }, help: { type: 'boolean' } },
});
if (values.help) {
  console.log('npm run demo:store -- [--db PATH (default $SUMBER_HOME/sumber.db)] [--data EVAL_DIR (default ../shared/eval)] [--workers N]');
  process.exit(0);
}
const sources = [...repositorySources(), ...sharedSources(dataRoot(values.data))];
const articles = sources.flatMap((s) => s.articles);
for (const s of sources) console.log(`${String(s.articles.length).padStart(5)}  ${s.name}`);
console.log(`${String(articles.length).padStart(5)}  articles in all`);

const dir = mkdtempSync(join(tmpdir(), 'sumber-demo-'));
try {
  const file = join(dir, 'demo-corpus.jsonl');
  writeFileSync(file, articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
  const args = [join(REPO_ROOT, 'bin/sumber.mjs'), 'ingest', file, ...(values.db ? ['--db', values.db] : []), ...(values.workers ? ['--workers', values.workers] : [])];
  const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
  // 2 = some inputs could not be used (named above); the rest is stored.
  process.exit(r.status === 2 ? 0 : (r.status ?? 1));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
