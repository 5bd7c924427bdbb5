// Test support: a small rule analysis and a local stand-in for an OpenAI-compatible server.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SCHEMA_VERSION, type Analysis, type Mention } from '../schema/analysis.ts';

const TEXT = 'Russia and North Korea signed a defence pact. Kim Jong Un met Vladimir Putin in Pyongyang on Wednesday.';

function mention(id: string, text: string, sentence: number, entityId: string, type: Mention['type'], actorCode: string | null): Mention {
  const start = TEXT.indexOf(text);
  return { id, start, end: start + text.length, text, sentence, entityId, type, actorCode, metonymOf: null, source: 'gazetteer', confidence: 0.9, form: 'name' };
}

/** Two sentences; the rules found the countries, Putin and Pyongyang but not Kim Jong Un, and no event. */
export function ruleAnalysis(): Analysis {
  const mentions = [
    mention('m1', 'Russia', 0, 'country:RUS', 'country', 'RUS'),
    mention('m2', 'North Korea', 0, 'country:PRK', 'country', 'PRK'),
    mention('m3', 'Vladimir Putin', 1, 'person:vladimir-putin', 'person', 'RUSGOV'),
    mention('m4', 'Pyongyang', 1, 'geonames:1871859', 'place', null),
  ];
  const entity = (id: string, type: Mention['type'], name: string, country: string | null, actorCode: string | null, mentionIds: string[]) =>
    ({ id, type, name, country, actorCode, geo: null, mentionIds });
  return {
    schemaVersion: SCHEMA_VERSION,
    id: 'fixture',
    lang: { code: 'en', confidence: 1, detected: false },
    limits: null,
    title: null,
    url: null,
    publishedAt: '2024-06-28',
    publishedAtSource: 'option',
    text: TEXT,
    sentences: [
      { index: 0, start: 0, end: 45, text: TEXT.slice(0, 45), paragraph: 0 },
      { index: 1, start: 46, end: TEXT.length, text: TEXT.slice(46), paragraph: 0 },
    ],
    tokens: [],
    entities: [
      entity('country:RUS', 'country', 'Russia', 'RUS', 'RUS', ['m1']),
      entity('country:PRK', 'country', 'North Korea', 'PRK', 'PRK', ['m2']),
      entity('person:vladimir-putin', 'person', 'Vladimir Putin', 'RUS', 'RUSGOV', ['m3']),
      entity('geonames:1871859', 'place', 'Pyongyang', 'PRK', null, ['m4']),
    ],
    mentions,
    times: [],
    quantities: [],
    events: [],
    quotes: [],
    claims: [],
    contradictions: [],
    provenance: { relation: 'original', publisher: 'Example News', original: null, evidence: [] },
    analyzer: { version: 'test', backends: ['rules'] },
  };
}

export interface ReceivedRequest {
  url: string;
  headers: IncomingHttpHeaders;
  body: { model: string; messages: { role: string; content: string }[]; response_format?: unknown };
}

/** How the fake server answers one request; it may also leave the response hanging. */
export type Answer = (res: ServerResponse, request: ReceivedRequest) => void;

export function chatAnswer(content: string): Answer {
  return (res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: 'x', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content } }] }));
  };
}

export interface FakeEndpoint {
  baseUrl: string;
  requests: ReceivedRequest[];
  close(): Promise<void>;
}

/** An OpenAI-compatible chat-completions server on 127.0.0.1, port chosen by the system. */
export async function startFakeEndpoint(answer: Answer): Promise<FakeEndpoint> {
  const requests: ReceivedRequest[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      const request = { url: req.url ?? '', headers: req.headers, body: JSON.parse(raw) as ReceivedRequest['body'] };
      requests.push(request);
      answer(res, request);
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
