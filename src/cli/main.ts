// sumber: the command line. Each command lives in commands/; errors in the user's input print one line.
import { Command, CommanderError } from 'commander';
import { InputError } from '../errors.ts';
import { registerAnalyze } from './commands/analyze.ts';
import { registerSchema } from './commands/schema.ts';
import { registerIngest } from './commands/ingest.ts';
import { registerServe } from './commands/serve.ts';
import { registerExport } from './commands/export.ts';
import { registerUser } from './commands/user.ts';
import { registerStories } from './commands/stories.ts';
import { registerMigrateStore } from './commands/migrate-store.ts';

// A reader that stops early (| head) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const program = new Command('sumber')
  .description('Sumber: sourced facts from news articles — entities, events, quotes, claims, each with its evidence')
  .version('0.1.0')
  .exitOverride();

registerAnalyze(program);
registerSchema(program);
registerIngest(program);
registerServe(program);
registerExport(program);
registerUser(program);
registerStories(program);
registerMigrateStore(program);

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
