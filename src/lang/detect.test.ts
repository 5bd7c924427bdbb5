import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageDetector } from './detect.ts';

test('tells Indonesian from English with a confidence', async () => {
  const d = await createLanguageDetector();
  const id = d.detect('Korea Utara mulai mengirim pasukannya untuk membantu operasi militer Rusia di Ukraina.');
  assert.equal(id.code, 'id');
  assert.ok(id.confidence > 0.5);
  assert.equal(d.detect('North Korea has begun sending troops to help Russia in Ukraine.').code, 'en');
});

test('an empty text is undetermined, not a guess', async () => {
  const d = await createLanguageDetector();
  assert.deepEqual(d.detect('   \n '), { code: 'und', confidence: 0 });
});
