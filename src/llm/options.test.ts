import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InputError } from '../errors.ts';
import { llmConfigFromOptions } from './options.ts';

test('no LLM options means no LLM, even with a key in the environment', () => {
  assert.equal(llmConfigFromOptions({}, { SUMBER_LLM_API_KEY: 'k' }), null);
});

test('endpoint, model and the key from the environment make the configuration', () => {
  assert.deepEqual(llmConfigFromOptions({ llmUrl: 'http://127.0.0.1:8080/v1', llmModel: 'qwen' }, { SUMBER_LLM_API_KEY: 'k' }), {
    baseUrl: 'http://127.0.0.1:8080/v1',
    model: 'qwen',
    apiKey: 'k',
  });
  assert.equal(llmConfigFromOptions({ llmUrl: 'http://h/v1', llmModel: 'm' }, {})?.apiKey, undefined);
});

test('half a configuration or a bad URL is an input error naming the option', () => {
  assert.throws(() => llmConfigFromOptions({ llmModel: 'm' }, {}), (e: unknown) => e instanceof InputError && e.input === '--llm-model');
  assert.throws(() => llmConfigFromOptions({ llmUrl: 'http://h/v1' }, {}), (e: unknown) => e instanceof InputError && e.input === '--llm-url');
  assert.throws(() => llmConfigFromOptions({ llmUrl: 'localhost:8080', llmModel: 'm' }, {}), /not an http\(s\) URL/);
  assert.throws(() => llmConfigFromOptions({ llmUrl: 'nonsense', llmModel: 'm' }, {}), /not a URL/);
});
