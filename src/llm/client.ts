// A minimal client for an OpenAI-compatible chat-completions endpoint: one request, a timeout, at most
// one retry, and every failure turned into an LlmError with a one-line message.

export interface ChatEndpoint {
  /** e.g. http://127.0.0.1:8080/v1 — the client posts to <baseUrl>/chat/completions. */
  baseUrl: string;
  model: string;
  apiKey?: string;
  timeoutMs: number;
}

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

/** Why the endpoint gave no usable answer; the message is one line meant for the user. */
export class LlmError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LlmError';
  }
}

export function completionsUrl(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/chat/completions`;
}

interface Attempt {
  /** Sent unless the server refused it once (not every compatible server knows response_format). */
  jsonMode: boolean;
}

type Outcome = { ok: true; content: string } | { ok: false; error: LlmError; retry: Attempt | null };

async function attempt(endpoint: ChatEndpoint, messages: ChatMessage[], { jsonMode }: Attempt): Promise<Outcome> {
  const url = completionsUrl(endpoint.baseUrl);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (endpoint.apiKey) headers.authorization = `Bearer ${endpoint.apiKey}`;
  const body = {
    model: endpoint.model,
    messages,
    temperature: 0,
    ...(jsonMode ? { response_format: { type: 'json_object' } } : {}),
  };
  let res: Response;
  try {
    res = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body), signal: AbortSignal.timeout(endpoint.timeoutMs) });
  } catch (e) {
    const err = e as Error;
    if (err.name === 'TimeoutError') {
      // Waiting as long again is rarely worth it: no retry.
      return { ok: false, error: new LlmError(`${url} did not answer within ${endpoint.timeoutMs} ms`), retry: null };
    }
    const cause = (err.cause as Error | undefined)?.message ?? err.message;
    return { ok: false, error: new LlmError(`${url} unreachable (${cause})`), retry: { jsonMode } };
  }
  const raw = await res.text().catch(() => '');
  if (!res.ok) {
    const error = new LlmError(`${url} answered HTTP ${res.status}${raw ? `: ${oneLine(raw)}` : ''}`);
    if (res.status >= 500 || res.status === 429) return { ok: false, error, retry: { jsonMode } };
    if (res.status === 400 && jsonMode) return { ok: false, error, retry: { jsonMode: false } };
    return { ok: false, error, retry: null };
  }
  const content = messageContent(raw);
  if (content === null) return { ok: false, error: new LlmError(`${url} answered without a chat completion message`), retry: null };
  return { ok: true, content };
}

function messageContent(raw: string): string | null {
  try {
    const content = (JSON.parse(raw) as { choices?: { message?: { content?: unknown } }[] }).choices?.[0]?.message?.content;
    return typeof content === 'string' ? content : null;
  } catch {
    return null;
  }
}

function oneLine(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 160)}…` : flat;
}

/** The assistant message's content; throws LlmError after at most one retry. */
export async function chatCompletion(endpoint: ChatEndpoint, messages: ChatMessage[]): Promise<string> {
  const first = await attempt(endpoint, messages, { jsonMode: true });
  if (first.ok) return first.content;
  if (!first.retry) throw first.error;
  const second = await attempt(endpoint, messages, first.retry);
  if (second.ok) return second.content;
  throw second.error;
}
