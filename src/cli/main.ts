// sumber: the command line. Each command lives in commands/ and is loaded only when it runs, so `sumber --help`
// or `sumber user list` never loads the analyser, its language packs and models. Errors in the user's input
// print one line.
import { Command, CommanderError } from 'commander';
import { InputError } from '../errors.ts';

// A reader that stops early (| head) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const program = new Command('sumber')
  .description('Sumber: sourced facts from news articles — entities, events, quotes, claims, each with its evidence')
  .version('0.1.0')
  .exitOverride();

type Register = (program: Command) => void;
/** Each command: what the overview says of it, and the module that declares its options and runs it. */
const COMMANDS: [name: string, description: string, load: () => Promise<Register>][] = [
  ['analyze', 'analyse one article (a text file, or - for standard input) and print what it found', () => import('./commands/analyze.ts').then((m) => m.registerAnalyze)],
  ['schema', 'print the JSON Schema of the analysis result', () => import('./commands/schema.ts').then((m) => m.registerSchema)],
  ['ingest', 'read articles from files, folders, JSONL, RSS/Atom/RDF feeds or URLs, analyse them and store them', () => import('./commands/ingest.ts').then((m) => m.registerIngest)],
  ['serve', 'serve the HTTP API (and the dashboard, when built) over the store', () => import('./commands/serve.ts').then((m) => m.registerServe)],
  ['export', 'write every stored event matching the filters as JSONL, GDELT 2.0 Events or Mentions, ACLED-style CSV or CSV', () => import('./commands/export.ts').then((m) => m.registerExport)],
  ['user', 'people who may use the API and the dashboard', () => import('./commands/user.ts').then((m) => m.registerUser)],
  ['token', 'API tokens: shown once, stored as hashes, revocable', () => import('./commands/user.ts').then((m) => m.registerUser)],
  ['stories', 'stories, merged events, disagreements between sources, splits and watchlists', () => import('./commands/stories.ts').then((m) => m.registerStories)],
  ['worker', 'take jobs from the queue in PostgreSQL: fetch, analyse and save articles, update stories', () => import('./commands/worker.ts').then((m) => m.registerWorker)],
  ['jobs', "the job queue's jobs: waiting, running, to retry and failed, with their error lines", () => import('./commands/jobs.ts').then((m) => m.registerJobs)],
  ['migrate-store', 'copy a store between SQLite and PostgreSQL (either way), with row counts and checksums per table', () => import('./commands/migrate-store.ts').then((m) => m.registerMigrateStore)],
];

// The command named on the line is declared in full; without one (--help, --version) the overview needs names only.
const named = process.argv.slice(2).find((a) => !a.startsWith('-'));
const chosen = COMMANDS.find(([name]) => name === named);
if (chosen) (await chosen[2]())(program);
for (const [name, description] of COMMANDS) {
  (program.commands.find((c) => c.name() === name) ?? program.command(name)).description(description);
}

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) process.exit(e.exitCode);
  // Exit codes: 0 done, 1 an internal error, 2 bad input (one line naming it), 130 interrupted.
  if (e instanceof InputError) {
    process.stderr.write(`sumber: ${e.message}\n`);
    process.exit(2);
  }
  const err = e as Error;
  process.stderr.write(`sumber: internal error: ${err.message}\n`);
  if (process.env.SUMBER_DEBUG) process.stderr.write(`${err.stack}\n`);
  process.exit(1);
}
