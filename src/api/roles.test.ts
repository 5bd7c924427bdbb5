// Every route, every role: each gets exactly what it may. The list of routes is the server's own, so a
// new route without a case here fails the first test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apiRoutes } from './routes/index.ts';
import { roleAtLeast, type Role } from '../store/records.ts';
import { bearer, fakeIngestor, fixture, PASSWORD, type Fixture } from './test-fixture.ts';
import type { Route } from './route.ts';
import { storyRoleCases } from './routes/stories.cases.ts';
import { pgSkip } from '../store/test-stores.ts';

interface Call {
  url: string;
  payload?: unknown;
}
type Case = (f: Fixture) => Promise<Call> | Call;

const enc = encodeURIComponent;
export const CASES: Record<string, Case> = {
  'GET /api/health': () => ({ url: '/api/health' }),
  'POST /api/session': () => ({ url: '/api/session', payload: { name: 'vic', password: PASSWORD } }),
  'DELETE /api/session': () => ({ url: '/api/session' }),
  'GET /api/me': () => ({ url: '/api/me' }),
  'GET /api/articles': () => ({ url: '/api/articles?limit=5' }),
  'GET /api/articles/:id': (f) => ({ url: `/api/articles/${f.articleId}` }),
  'POST /api/articles': () => ({ url: '/api/articles', payload: { text: 'Russia attacked Ukraine in Kyiv.', publishedAt: '2024-06-28' } }),
  'GET /api/events': () => ({ url: '/api/events?type=ASSAULT,AID&limit=2' }),
  'GET /api/events/:key': (f) => ({ url: `/api/events/${enc(f.eventKey)}` }),
  'POST /api/events/:key/review': (f) => ({ url: `/api/events/${enc(f.eventKey)}/review`, payload: { action: 'accept' } }),
  'DELETE /api/events/:key/review': async (f) => {
    await f.store.review(f.eventKey, { action: 'reject' }, { kind: 'cli', id: 't', name: 't' });
    return { url: `/api/events/${enc(f.eventKey)}/review` };
  },
  'GET /api/aggregates/:kind': () => ({ url: '/api/aggregates/day-type?country=UKR' }),
  'GET /api/exports/:format': () => ({ url: '/api/exports/gdelt?type=ASSAULT' }),
  'GET /api/entities': () => ({ url: '/api/entities?type=country' }),
  'GET /api/entities/:id': (f) => ({ url: `/api/entities/${enc(f.entityId)}` }),
  'GET /api/quotes': () => ({ url: '/api/quotes' }),
  'GET /api/contradictions': () => ({ url: '/api/contradictions' }),
  ...storyRoleCases,
  'GET /api/users': () => ({ url: '/api/users' }),
  'POST /api/users': () => ({ url: '/api/users', payload: { name: 'newcomer', role: 'viewer', password: 'a long enough password' } }),
  'PATCH /api/users/:name': () => ({ url: '/api/users/dummy', payload: { role: 'analyst' } }),
  'GET /api/tokens': () => ({ url: '/api/tokens' }),
  'POST /api/tokens': () => ({ url: '/api/tokens', payload: { user: 'vic', name: 'script', role: 'viewer' } }),
  'DELETE /api/tokens/:id': (f) => ({ url: `/api/tokens/${f.spareTokenId}` }),
  'GET /api/audit': () => ({ url: '/api/audit?limit=5' }),
};

const routes = apiRoutes(fakeIngestor);
const name = (r: Route) => `${r.method} ${r.url}`;

test('every route has a case in the role table', () => {
  assert.deepEqual(routes.map(name).filter((n) => !CASES[n]), []);
  assert.deepEqual(Object.keys(CASES).filter((n) => !routes.some((r) => name(r) === n)), []);
});

const CALLERS: (Role | null)[] = [null, 'viewer', 'analyst', 'admin'];

for (const r of routes) {
  for (const store of ['sqlite', 'postgres'] as const) {
    test(`${name(r)}: ${r.access === 'public' ? 'open to all' : `${r.access} and above, no one else`} [${store}]`, { skip: store === 'postgres' ? pgSkip : false }, async (t) => {
      const f = (await fixture({ store, t })) as Fixture;
      for (const role of CALLERS) {
        const call = await CASES[name(r)]!(f);
        const res = await f.app.inject({
          method: r.method,
          url: call.url,
          payload: call.payload as object | undefined,
          headers: role ? bearer(f.tokens[role]) : {},
          remoteAddress: '10.1.2.3',
        });
        const who = role ?? 'no credentials';
        if (r.access !== 'public' && role === null) assert.equal(res.statusCode, 401, `${who}: ${res.body}`);
        else if (r.access !== 'public' && !roleAtLeast(role!, r.access)) assert.equal(res.statusCode, 403, `${who}: ${res.body}`);
        else {
          assert.ok(res.statusCode >= 200 && res.statusCode < 300, `${who}: ${res.statusCode} ${res.body}`);
          if (r.response) r.response.parse(res.json());
        }
      }
    });
  }
}
