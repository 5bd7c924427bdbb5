#!/usr/bin/env node
// Compiles src/ (all but the dashboard and the tests) into dist/ with tsc, then copies the data files the
// modules read at run time (lexicons, tables, migrations, weights) to the same places under dist/, so each
// compiled module finds its data at the same relative path as its source does. Run by `npm ci` (prepare).
import { cpSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = new Set(['.tsv', '.txt', '.json', '.sql', '.bin', '.ftz']);
const SKIP = new Set(['web', 'node_modules']);

rmSync(join(root, 'dist'), { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const r = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);

let copied = 0;
function copyData(from, to) {
  for (const name of readdirSync(from)) {
    if (SKIP.has(name)) continue;
    const p = join(from, name);
    if (statSync(p).isDirectory()) copyData(p, join(to, name));
    else if (DATA.has(extname(name))) {
      cpSync(p, join(to, name));
      copied++;
    }
  }
}
copyData(join(root, 'src'), join(root, 'dist'));
console.error(`sumber: built dist/ (${copied} data files copied)`);
