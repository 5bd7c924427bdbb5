#!/usr/bin/env node
// Runs every *.test.ts beside the code with node's own test runner (through tsx).
// Extra arguments narrow the run to files whose path contains one of them. The CLI the tests start runs from
// source too (SUMBER_FROM_SOURCE), so a test never meets a stale dist/.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function find(dir, out = []) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) find(p, out);
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

const filters = process.argv.slice(2);
const files = find('src').filter((f) => filters.length === 0 || filters.some((x) => f.includes(x))).sort();
if (files.length === 0) {
  console.error(`no test files match ${filters.join(' ')}`);
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], {
  stdio: 'inherit',
  env: { ...process.env, SUMBER_FROM_SOURCE: '1' },
});
process.exit(r.status ?? 1);
