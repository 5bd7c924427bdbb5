// `npm run bench`: speed and memory figures, never pass/fail. `npm run bench -- --only startup,memory`.
import { Command } from 'commander';
import { dataRoot } from '../eval/data.ts';
import { renderTable, type Cell } from '../eval/report.ts';
import { selectSections, targetRatio, type SectionResult } from './registry.ts';
import { sections } from './sections/index.ts';

interface Options {
  only?: string[];
  list?: boolean;
  json?: boolean;
  data?: string;
}

const list = (value: string, previous: string[] = []) => [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];

function rows(result: SectionResult): Cell[][] {
  return result.figures.map((f) => [
    f.name,
    f.value,
    f.unit,
    f.target ? `${f.target.kind === 'at-least' ? '≥' : '≤'} ${f.target.value}` : null,
    targetRatio(f),
  ]);
}

async function main(argv: string[]): Promise<void> {
  const program = new Command('bench')
    .description('Measures analysis speed, start-up time and memory; prints figures, asserts nothing')
    .option('--only <names>', 'run only these sections (comma-separated, repeatable)', list)
    .option('--list', 'list the sections')
    .option('--json', 'print the figures as JSON')
    .option('--data <dir>', 'data root for the corpus (default: $SUMBER_EVAL_DATA or ../shared/eval)')
    .parse(argv);
  const opts = program.opts<Options>();
  if (opts.list) {
    for (const s of sections) process.stdout.write(`${s.name.padEnd(18)} ${s.description}\n`);
    return;
  }
  let chosen;
  try {
    chosen = selectSections(sections, opts.only);
  } catch (e) {
    process.stderr.write(`bench: ${(e as Error).message}\n`);
    process.exit(2);
  }
  const ctx = { dataRoot: dataRoot(opts.data) };
  const results: Record<string, SectionResult> = {};
  for (const section of chosen) {
    const result = await section.run(ctx);
    results[section.name] = result;
    if (opts.json) continue;
    const table = renderTable({ title: `== ${section.name}: ${section.description}`, columns: ['figure', 'value', 'unit', 'target', 'ratio'], rows: rows(result) });
    process.stdout.write(`${table}\n${result.notes.map((n) => `  note: ${n}\n`).join('')}\n`);
  }
  if (opts.json) {
    const out = Object.fromEntries(
      Object.entries(results).map(([name, r]) => [name, { ...r, figures: r.figures.map((f) => ({ ...f, ratio: targetRatio(f) })) }]),
    );
    process.stdout.write(JSON.stringify({ node: process.version, sections: out }, null, 2) + '\n');
  } else {
    process.stdout.write(`node ${process.version}; one core (the main thread); ratio ≥ 1 meets the target\n`);
  }
}

await main(process.argv);
