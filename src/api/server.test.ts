import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bearer, fixture, PASSWORD } from './test-fixture.ts';
import { assertSafeHost, MAX_BODY_BYTES } from './server.ts';
import { apiRoutes } from './routes/index.ts';
import { fakeIngestor } from './test-fixture.ts';
import { ArticleDetail, EventRecord, Page } from '../store/records.ts';
import { syntheticArticle } from '../store/synthetic.ts';

test('a session: sign in sets an HttpOnly SameSite cookie, /api/me knows the user, sign out ends it', async () => {
  const { app, store } = await fixture();
  const signIn = await app.inject({ method: 'POST', url: '/api/session', payload: { name: 'ana', password: PASSWORD }, remoteAddress: '10.0.0.9' });
  assert.equal(signIn.statusCode, 200);
  const setCookie = String(signIn.headers['set-cookie']);
  assert.match(setCookie, /^sumber_session=ses_[\w-]+;/);
  assert.match(setCookie, /HttpOnly/);
  assert.match(setCookie, /SameSite=Strict/);
  const cookie = setCookie.split(';')[0]!;
  const me = await app.inject({ url: '/api/me', headers: { cookie }, remoteAddress: '10.0.0.9' });
  assert.deepEqual([me.json().user.name, me.json().role, me.json().via], ['ana', 'analyst', 'session']);
  const secret = cookie.split('=')[1]!;
  assert.equal(JSON.stringify(store.db.prepare('SELECT * FROM sessions').all()).includes(secret), false, 'only the hash is stored');
  assert.equal((await app.inject({ method: 'DELETE', url: '/api/session', headers: { cookie }, remoteAddress: '10.0.0.9' })).statusCode, 200);
  assert.equal((await app.inject({ url: '/api/me', headers: { cookie }, remoteAddress: '10.0.0.9' })).statusCode, 401);
  const actions = (await store.listAudit({ limit: 2 })).items.map((a) => `${a.action} ${a.actor}`);
  assert.match(actions[0]!, /^session.delete ana/);
  assert.match(actions[1]!, /^session.create ana/);
});

test('a fresh install without users: loopback acts as admin, anyone else gets nothing, and serving beyond loopback is refused', async () => {
  const { app, store } = await fixture({ users: false });
  const local = await app.inject({ url: '/api/me', remoteAddress: '127.0.0.1' });
  assert.deepEqual(local.json(), { user: null, role: 'admin', via: 'anonymous' });
  assert.equal((await app.inject({ url: '/api/users', remoteAddress: '::1' })).statusCode, 200);
  assert.equal((await app.inject({ url: '/api/events', remoteAddress: '192.168.1.20' })).statusCode, 401);
  assert.equal((await app.inject({ url: '/api/health', remoteAddress: '192.168.1.20' })).json().openAccess, true);
  await assertSafeHost(store, '127.0.0.1');
  await assert.rejects(assertSafeHost(store, '0.0.0.0'), /--host: '0.0.0.0': no users yet, so Sumber serves only on a numeric loopback address/);
  // The first user, made through the API, closes the open door.
  const made = await app.inject({ method: 'POST', url: '/api/users', payload: { name: 'root', role: 'admin', password: PASSWORD }, remoteAddress: '127.0.0.1' });
  assert.equal(made.statusCode, 201);
  assert.equal((await app.inject({ url: '/api/me', remoteAddress: '127.0.0.1' })).statusCode, 401);
  await assertSafeHost(store, '0.0.0.0');
  const audit = (await store.listAudit({ limit: 1 })).items[0]!;
  assert.deepEqual([audit.action, audit.actorKind, audit.target], ['user.create', 'anonymous', 'root']);
});

test('tokens: the secret is shown once, only its hash is kept, a revoked token stops working, a token never exceeds its role', async () => {
  const { app, store, tokens } = await fixture();
  const made = await app.inject({ method: 'POST', url: '/api/tokens', payload: { user: 'ana', name: 'script', role: 'viewer' }, headers: bearer(tokens.admin) });
  assert.equal(made.statusCode, 201);
  const { token, info } = made.json();
  assert.match(token, /^smb_/);
  assert.equal(JSON.stringify(store.db.prepare('SELECT * FROM tokens').all()).includes(token), false);
  assert.equal(JSON.stringify((await app.inject({ url: '/api/tokens', headers: bearer(tokens.admin) })).json()).includes(token), false);
  // A viewer-scoped token of an analyst may read but not review.
  assert.equal((await app.inject({ url: '/api/events', headers: bearer(token) })).statusCode, 200);
  assert.equal((await app.inject({ method: 'POST', url: '/api/articles', payload: { text: 'x' }, headers: bearer(token) })).statusCode, 403);
  assert.equal((await app.inject({ method: 'DELETE', url: `/api/tokens/${info.id}`, headers: bearer(tokens.admin) })).json().revokedAt !== null, true);
  const after = await app.inject({ url: '/api/events', headers: bearer(token) });
  assert.equal(after.statusCode, 401);
  assert.match(after.json().message, /unknown or revoked/);
  assert.equal((await app.inject({ url: '/api/events', headers: { authorization: 'Basic abc' } })).statusCode, 401);
});

test('review actions change what the API and the filters show, and each writes an audit row naming the person', async () => {
  const { app, store, tokens, eventKey } = await fixture();
  const url = `/api/events/${encodeURIComponent(eventKey)}/review`;
  const corrected = await app.inject({
    method: 'POST',
    url,
    payload: { action: 'correct', correction: { type: 'PROTEST', place: null, time: { start: '2024-05-01', end: '2024-05-01', granularity: 'day' } } },
    headers: bearer(tokens.analyst),
  });
  assert.equal(corrected.statusCode, 200, corrected.body);
  const event = (await app.inject({ url: `/api/events/${encodeURIComponent(eventKey)}`, headers: bearer(tokens.viewer) })).json();
  assert.deepEqual([event.type, event.place, event.date, event.review.status, event.review.reviewer], ['PROTEST', null, '2024-05-01', 'corrected', 'ana']);
  assert.deepEqual([event.cameo.code, event.quadClass, event.goldstein], ['140', 4, -6.5], "the protest's code, QuadClass and Goldstein");
  assert.equal(event.machineCameo, event.event.cameo.code);
  const protests = Page(EventRecord).parse((await app.inject({ url: '/api/events?type=PROTEST', headers: bearer(tokens.viewer) })).json());
  assert.deepEqual(protests.items.map((e) => e.key), [eventKey]);
  const reviewed = (await app.inject({ url: '/api/events?review=corrected', headers: bearer(tokens.viewer) })).json();
  assert.equal(reviewed.items.length, 1);
  await app.inject({ method: 'POST', url, payload: { action: 'reject', note: 'a drill' }, headers: bearer(tokens.admin) });
  const days = (await app.inject({ url: '/api/aggregates/day-type', headers: bearer(tokens.viewer) })).json();
  const total = days.rows.reduce((n: number, r: { count: number }) => n + r.count, 0);
  assert.equal(total, 5, 'a rejected event is not counted');
  const audit = (await store.listAudit({ limit: 2 })).items;
  assert.deepEqual(audit.map((a) => [a.action, a.actorKind, a.actor.split(' ')[0], a.target]), [
    ['event.reject', 'token', 'root', eventKey],
    ['event.correct', 'token', 'ana', eventKey],
  ]);
});

test("an article's response lists the articles linking to it and the corrected class of its re-typed events", async () => {
  const { app, store, tokens, articleId, eventKey } = await fixture();
  const { article, analysis } = syntheticArticle({ seed: 7, events: 1 });
  const originalOf = { relation: 'translation' as const, url: null, title: 'Report 2', evidence: 'Lihat berita aslinya' };
  await store.save({ article: { ...article, originalOf }, analysis, bandKeys: [], nearDuplicateOf: null, originalId: articleId });
  await app.inject({ method: 'POST', url: `/api/events/${encodeURIComponent(eventKey)}/review`, payload: { action: 'correct', correction: { type: 'AID' } }, headers: bearer(tokens.analyst) });

  const response = await app.inject({ url: `/api/articles/${articleId}`, headers: bearer(tokens.viewer) });
  const detail = ArticleDetail.parse(response.json());
  assert.deepEqual(detail.linkedFrom.map((l) => [l.id, l.relation, l.title]), [[article.id, 'translation', 'Report 7']]);
  assert.deepEqual(Object.keys(detail.correctedClasses), [eventKey]);
  assert.deepEqual([detail.correctedClasses[eventKey]!.type, detail.correctedClasses[eventKey]!.cameo.code], ['AID', '070']);
  const translation = ArticleDetail.parse((await app.inject({ url: `/api/articles/${article.id}`, headers: bearer(tokens.viewer) })).json());
  assert.deepEqual([translation.originalId, translation.linkedFrom], [articleId, []]);
});

test('adding an article through the API stores it and audits it; the same text again is a duplicate', async () => {
  const { app, store, tokens } = await fixture();
  const first = await app.inject({ method: 'POST', url: '/api/articles', payload: { text: 'some text' }, headers: bearer(tokens.analyst) });
  assert.equal(first.statusCode, 201);
  const id = first.json().stored[0].id;
  assert.equal((await app.inject({ url: `/api/articles/${id}`, headers: bearer(tokens.viewer) })).json().article.id, id);
  const again = await app.inject({ method: 'POST', url: '/api/articles', payload: { text: 'some text' }, headers: bearer(tokens.analyst) });
  assert.equal(again.statusCode, 200);
  assert.equal(again.json().duplicates[0].id, id);
  const audit = (await store.listAudit({ limit: 5 })).items.filter((a) => a.action === 'article.ingest');
  assert.deepEqual(audit.map((a) => a.target), [id]);
});

test('pages of events follow the cursor to the end without repeats', async () => {
  const { app, tokens } = await fixture();
  const keys: string[] = [];
  let cursor: string | null = null;
  do {
    const res = await app.inject({ url: `/api/events?limit=4${cursor ? `&cursor=${cursor}` : ''}`, headers: bearer(tokens.viewer) });
    const page = Page(EventRecord).parse(res.json());
    keys.push(...page.items.map((e) => e.key));
    cursor = page.nextCursor;
  } while (cursor);
  assert.equal(keys.length, 6);
  assert.equal(new Set(keys).size, 6);
});

test('exports stream every matching event with a download name', async () => {
  const { app, tokens } = await fixture();
  const res = await app.inject({ url: '/api/exports/gdelt-mentions', headers: bearer(tokens.viewer) });
  assert.equal(res.statusCode, 200);
  assert.match(String(res.headers['content-disposition']), /sumber-events\.mentions\.CSV/);
  const lines = res.body.trimEnd().split('\n');
  assert.equal(lines.length, 6);
  assert.ok(lines.every((l) => l.split('\t').length === 16));
  const jsonl = await app.inject({ url: '/api/exports/jsonl?country=UKR', headers: bearer(tokens.viewer) });
  assert.ok(jsonl.body.trimEnd().split('\n').every((l) => JSON.parse(l).key));
});

test('bodies: too large is 413, not JSON is 415, broken JSON is 400', async () => {
  const { app, tokens } = await fixture();
  const big = await app.inject({ method: 'POST', url: '/api/articles', payload: { text: 'x'.repeat(MAX_BODY_BYTES) }, headers: bearer(tokens.analyst) });
  assert.equal(big.statusCode, 413);
  const form = await app.inject({ method: 'POST', url: '/api/articles', payload: 'text=x', headers: { ...bearer(tokens.analyst), 'content-type': 'application/x-www-form-urlencoded' } });
  assert.equal(form.statusCode, 415);
  const broken = await app.inject({ method: 'POST', url: '/api/articles', payload: '{"text":', headers: { ...bearer(tokens.analyst), 'content-type': 'application/json' } });
  assert.equal(broken.statusCode, 400);
  assert.equal(typeof broken.json().message, 'string');
});

test('the OpenAPI document lists every route with its parameters and schemas', async () => {
  const { app } = await fixture();
  const doc = (await app.inject({ url: '/openapi.json' })).json();
  assert.equal(doc.openapi, '3.1.0');
  for (const r of apiRoutes(fakeIngestor)) {
    const op = doc.paths[r.url.replace(/:(\w+)/g, '{$1}')]?.[r.method.toLowerCase()];
    assert.ok(op, `${r.method} ${r.url}`);
  }
  const events = doc.paths['/api/events'].get;
  const names = events.parameters.map((p: { name: string }) => p.name);
  for (const n of ['actor', 'recipient', 'country', 'type', 'stage', 'from', 'to', 'place', 'source', 'review', 'limit', 'cursor']) assert.ok(names.includes(n), n);
  assert.ok(events.responses['200'].content['application/json'].schema.properties.items);
  assert.ok(doc.paths['/api/articles/{id}'].get.responses['200'].content['application/json'].schema.properties.analysis);
});

test('the dashboard is served from its folder, its routes fall back to its page, unknown API paths are JSON 404s', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'sumber-web-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Sumber</title>');
  writeFileSync(join(dir, 'app.js'), 'console.log(1)');
  const { app } = await fixture({ webDir: dir });
  assert.match((await app.inject({ url: '/' })).body, /<title>Sumber/);
  assert.equal((await app.inject({ url: '/app.js' })).body, 'console.log(1)');
  assert.match((await app.inject({ url: '/events/some-view' })).body, /<title>Sumber/);
  const missing = await app.inject({ url: '/api/nothing' });
  assert.equal(missing.statusCode, 404);
  assert.equal(missing.json().error, 'not_found');
});
