// Every route refuses bad input with a 4xx that names the bad parameter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apiRoutes } from './routes/index.ts';
import { bearer, fakeIngestor, fixture, type Fixture } from './test-fixture.ts';
import { storyBadCases } from './routes/stories.cases.ts';

interface Bad {
  method?: string;
  url: string | ((f: Fixture) => string | Promise<string>);
  payload?: unknown;
  status: number;
  parameter?: string | null;
}

const enc = encodeURIComponent;
const cursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
const many = (value: string) => Array.from({ length: 1000 }, () => value).join(',');
const BAD: Record<string, Bad[]> = {
  'GET /api/health': [{ url: '/api/health?verbose=1', status: 400, parameter: 'verbose' }],
  'POST /api/session': [
    { url: '/api/session', payload: { name: 'vic' }, status: 400, parameter: 'password' },
    { url: '/api/session', payload: { name: 'vic', password: 'wrong password' }, status: 401 },
    { url: '/api/session', payload: { name: 'nobody', password: 'wrong password' }, status: 401 },
  ],
  'DELETE /api/session': [{ url: '/api/session?all=1', status: 400, parameter: 'all' }],
  'GET /api/me': [{ url: '/api/me?x=1', status: 400, parameter: 'x' }],
  'GET /api/articles': [
    { url: '/api/articles?from=2024-13', status: 400, parameter: 'from' },
    { url: '/api/articles?limit=0', status: 400, parameter: 'limit' },
    { url: '/api/articles?cursor=xyz', status: 400, parameter: 'cursor' },
    { url: `/api/articles?q=roads&cursor=${cursor(['abc'])}`, status: 400, parameter: 'cursor' },
    { url: `/api/articles?q=roads&cursor=${cursor([1e308])}`, status: 400, parameter: 'cursor' },
    { url: `/api/articles?q=roads&cursor=${cursor([-5])}`, status: 400, parameter: 'cursor' },
    { url: '/api/articles?from=2024-02-30', status: 400, parameter: 'from' },
  ],
  'GET /api/articles/:id': [
    { url: '/api/articles/art_missing', status: 404 },
    { url: `/api/articles/${'x'.repeat(301)}`, status: 400, parameter: 'id' },
  ],
  'POST /api/articles': [
    { url: '/api/articles', payload: {}, status: 400, parameter: 'text' },
    { url: '/api/articles', payload: { text: 'a', html: '<p>a</p>' }, status: 400, parameter: 'html' },
    { url: '/api/articles', payload: { url: 'not a url' }, status: 400, parameter: 'url' },
    { url: '/api/articles', payload: { text: 'a', url: 'javascript:alert(document.cookie)' }, status: 400, parameter: 'url' },
    { url: '/api/articles', payload: { text: 'a', publishedAt: 'not-a-date' }, status: 400, parameter: 'publishedAt' },
    { url: '/api/articles', payload: { text: 'a', publishedAt: '2024-02-30' }, status: 400, parameter: 'publishedAt' },
    { url: '/api/articles', payload: { text: 'a', colour: 'red' }, status: 400, parameter: 'colour' },
  ],
  'GET /api/events': [
    { url: '/api/events?country=UK', status: 400, parameter: 'country' },
    { url: '/api/events?type=ASSAULT,BOGUS', status: 400, parameter: 'type' },
    { url: '/api/events?review=maybe', status: 400, parameter: 'review' },
    { url: '/api/events?from=yesterday', status: 400, parameter: 'from' },
    { url: '/api/events?limit=501', status: 400, parameter: 'limit' },
    { url: '/api/events?cursor=bogus', status: 400, parameter: 'cursor' },
    { url: `/api/events?type=${many('ASSAULT')}`, status: 400, parameter: 'type' },
    { url: `/api/events?review=${many('accepted')}`, status: 400, parameter: 'review' },
    { url: '/api/events?to=2023-02-29', status: 400, parameter: 'to' },
    { url: '/api/events?sort=type', status: 400, parameter: 'sort' },
    { url: '/api/events?polarity=perhaps', status: 400, parameter: 'polarity' },
    { url: '/api/events?minConfidence=2', status: 400, parameter: 'minConfidence' },
  ],
  'GET /api/events/count': [
    { url: '/api/events/count?certainty=sure', status: 400, parameter: 'certainty' },
    { url: '/api/events/count?limit=5', status: 400, parameter: 'limit' },
  ],
  'GET /api/articles/count': [{ url: '/api/articles/count?cursor=x', status: 400, parameter: 'cursor' }],
  'GET /api/events/:key': [{ url: '/api/events/nope', status: 404 }],
  'POST /api/events/:key/review': [
    { url: (f) => `/api/events/${enc(f.eventKey)}/review`, payload: { action: 'maybe' }, status: 400, parameter: 'action' },
    {
      url: (f) => `/api/events/${enc(f.eventKey)}/review`,
      payload: { action: 'correct', correction: { type: 'BOGUS' } },
      status: 400,
      parameter: 'correction.type',
    },
    { url: '/api/events/nope/review', payload: { action: 'accept' }, status: 404 },
  ],
  'DELETE /api/events/:key/review': [{ url: (f) => `/api/events/${enc(f.eventKey)}/review`, status: 404 }],
  'GET /api/aggregates/:kind': [
    { url: '/api/aggregates/weekly', status: 400, parameter: 'kind' },
    { url: '/api/aggregates/country?limit=5', status: 400, parameter: 'limit' },
  ],
  'GET /api/exports/:format': [
    { url: '/api/exports/xml', status: 400, parameter: 'format' },
    { url: '/api/exports/csv?stage=soon', status: 400, parameter: 'stage' },
  ],
  'GET /api/entities': [{ url: '/api/entities?type=animal', status: 400, parameter: 'type' }],
  'GET /api/entities/:id': [{ url: '/api/entities/person:nobody', status: 404 }],
  'GET /api/quotes': [{ url: '/api/quotes?limit=abc', status: 400, parameter: 'limit' }],
  'GET /api/contradictions': [{ url: '/api/contradictions?kind=x', status: 400, parameter: 'kind' }],
  ...storyBadCases,
  'GET /api/jobs': [
    { url: '/api/jobs?state=lost', status: 400, parameter: 'state' },
    { url: '/api/jobs?limit=5000', status: 400, parameter: 'limit' },
    { url: '/api/jobs?kind=mail', status: 400, parameter: 'kind' },
  ],
  'GET /api/users': [{ url: '/api/users?x=1', status: 400, parameter: 'x' }],
  'POST /api/users': [
    { url: '/api/users', payload: { name: 'shorty', role: 'viewer', password: 'short' }, status: 400, parameter: 'password' },
    { url: '/api/users', payload: { name: 'bad name!', role: 'viewer', password: 'long enough password' }, status: 400, parameter: 'name' },
    { url: '/api/users', payload: { name: 'vic', role: 'viewer', password: 'long enough password' }, status: 409, parameter: 'name' },
  ],
  'PATCH /api/users/:name': [
    { method: 'PATCH', url: '/api/users/vic', payload: { role: 'god' }, status: 400, parameter: 'role' },
    { method: 'PATCH', url: '/api/users/nobody', payload: { role: 'viewer' }, status: 404 },
    { method: 'PATCH', url: '/api/users/root', payload: { role: 'viewer' }, status: 409, parameter: 'role' },
    { method: 'PATCH', url: '/api/users/root', payload: { disabled: true }, status: 409, parameter: 'disabled' },
  ],
  'GET /api/tokens': [{ url: '/api/tokens?owner=vic', status: 400, parameter: 'owner' }],
  'POST /api/tokens': [
    { url: '/api/tokens', payload: { user: 'vic', name: 'x', role: 'admin' }, status: 400, parameter: 'role' },
    { url: '/api/tokens', payload: { user: 'nobody', name: 'x', role: 'viewer' }, status: 400, parameter: 'user' },
    { url: '/api/tokens', payload: { user: 'vic', role: 'viewer' }, status: 400, parameter: 'name' },
  ],
  'DELETE /api/tokens/:id': [{ url: '/api/tokens/tok_missing', status: 404 }],
  'GET /api/audit': [{ url: '/api/audit?cursor=bogus', status: 400, parameter: 'cursor' }],
};

const routes = apiRoutes(fakeIngestor);

test('every route has bad-input cases', () => {
  assert.deepEqual(routes.map((r) => `${r.method} ${r.url}`).filter((n) => !BAD[n]?.length), []);
});

for (const r of routes) {
  const key = `${r.method} ${r.url}`;
  test(`${key} refuses bad input, naming it`, async () => {
    const f = await fixture();
    for (const bad of BAD[key] ?? []) {
      const url = typeof bad.url === 'function' ? await bad.url(f) : bad.url;
      const res = await f.app.inject({ method: r.method, url, payload: bad.payload as object | undefined, headers: bearer(f.tokens.admin) });
      assert.equal(res.statusCode, bad.status, `${url}: ${res.body}`);
      const body = res.json();
      assert.equal(typeof body.message, 'string');
      if (bad.parameter !== undefined) assert.equal(body.parameter, bad.parameter, `${url}: ${res.body}`);
    }
  });
}
