import type { Command } from 'commander';
import { analysisJsonSchema } from '../../schema/analysis.ts';

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .action(() => {
      process.stdout.write(JSON.stringify(analysisJsonSchema(), null, 2) + '\n');
    });
}
