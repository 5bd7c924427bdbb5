#!/usr/bin/env node
// The CLI runs as compiled JavaScript from dist/ (`npm run build`, which `npm ci` and `npm install` run), so
// no start compiles TypeScript. SUMBER_FROM_SOURCE=1 runs src/ through tsx instead (the tests do, and a
// developer may, to try a change without building).
import { existsSync } from 'node:fs';

if (process.env.SUMBER_FROM_SOURCE === '1') {
  const { tsImport } = await import('tsx/esm/api');
  await tsImport('../src/cli/main.ts', import.meta.url);
} else {
  const main = new URL('../dist/cli/main.js', import.meta.url);
  if (!existsSync(main)) {
    process.stderr.write('sumber: dist/ is missing: run `npm run build` in the clone (npm ci does it), or set SUMBER_FROM_SOURCE=1\n');
    process.exit(1);
  }
  await import(main.href);
}
