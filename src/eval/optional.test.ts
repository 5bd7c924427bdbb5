import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importOptional } from './optional.ts';

const dir = mkdtempSync(join(tmpdir(), 'sumber-optional-'));

test('a module that is there loads', async () => {
  writeFileSync(join(dir, 'ok.mjs'), 'export const answer = 42;\n');
  const m = await importOptional<{ answer: number }>(pathToFileURL(join(dir, 'ok.mjs')));
  assert.equal(m.module?.answer, 42);
});

test('a module not written yet is reported as not built, not thrown', async () => {
  const m = await importOptional(pathToFileURL(join(dir, 'absent.mjs')));
  assert.equal(m.module, null);
  assert.match(m.problem!, /not built yet: .*absent\.mjs/);
});

test('a module that fails to load (a missing export, a syntax error) is reported with the reason', async () => {
  writeFileSync(join(dir, 'broken.mjs'), "import { nothing } from './ok.mjs';\nexport const x = nothing;\n");
  const m = await importOptional(pathToFileURL(join(dir, 'broken.mjs')));
  assert.equal(m.module, null);
  assert.match(m.problem!, /broken\.mjs failed to load: .*nothing/);
});
