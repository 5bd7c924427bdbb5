import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readList, readTable } from './load.ts';

test('data files drop comments and blank lines and split tab columns', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sumber-load-'));
  const f = join(dir, 'x.tsv');
  writeFileSync(f, '# header comment\nJanuari\t1\n\nFebruari\t2  # second month\n#gone\n');
  assert.deepEqual(readTable(pathToFileURL(f)), [['Januari', '1'], ['Februari', '2']]);
  assert.deepEqual(readList(pathToFileURL(f)), ['Januari\t1', 'Februari\t2']);
});
