// The user's LLM settings from command-line options and the environment. Nothing is configured unless the
// user names both an endpoint and a model; a key alone sends nothing.
import { InputError } from '../errors.ts';
import type { LlmConfig } from './index.ts';

export interface LlmOptions {
  llmUrl?: string;
  llmModel?: string;
}

export const LLM_API_KEY_ENV = 'SUMBER_LLM_API_KEY';

/** The augmenter's settings, or null when the user asked for no LLM. */
export function llmConfigFromOptions(opts: LlmOptions, env: NodeJS.ProcessEnv = process.env): LlmConfig | null {
  if (!opts.llmUrl && !opts.llmModel) return null;
  if (!opts.llmUrl) throw new InputError('--llm-model', 'needs --llm-url (the OpenAI-compatible endpoint, e.g. http://127.0.0.1:8080/v1)');
  if (!opts.llmModel) throw new InputError('--llm-url', 'needs --llm-model (the model name the endpoint serves)');
  let url: URL;
  try {
    url = new URL(opts.llmUrl);
  } catch {
    throw new InputError('--llm-url', `'${opts.llmUrl}' is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InputError('--llm-url', `'${opts.llmUrl}' is not an http(s) URL`);
  return { baseUrl: opts.llmUrl, model: opts.llmModel, apiKey: env[LLM_API_KEY_ENV] || undefined };
}
