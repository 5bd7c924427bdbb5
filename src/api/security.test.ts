// Headers on every answer, a fresh install that answers only requests addressed to this machine, throttled
// and audited sign-ins, sessions that end with the password, and server faults that are logged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertSafeHost, buildServer } from './server.ts';
import { bearer, fixture, PASSWORD } from './test-fixture.ts';
import { SignInThrottle } from './throttle.ts';
import { openSqliteStore } from '../store/sqlite.ts';

test('every answer carries a strict CSP, nosniff, a referrer policy and refuses framing: API, errors, dashboard files', async () => {
  const web = mkdtempSync(join(tmpdir(), 'sumber-web-'));
  mkdirSync(join(web, 'assets'));
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>x</title>');
  writeFileSync(join(web, 'assets', 'a.js'), 'export {}');
  const { app, tokens } = await fixture({ webDir: web });
  for (const [url, status] of [['/api/health', 200], ['/api/events', 200], ['/api/nope', 404], ['/api/events?type=BOGUS', 400], ['/', 200], ['/assets/a.js', 200], ['/openapi.json', 200]] as const) {
    const res = await app.inject({ url, headers: bearer(tokens.viewer) });
    assert.equal(res.statusCode, status, url);
    const csp = String(res.headers['content-security-policy']);
    assert.match(csp, /default-src 'self'/, url);
    assert.match(csp, /script-src 'self'(;|$)/, url);
    assert.match(csp, /frame-ancestors 'none'/, url);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, url);
    assert.equal(res.headers['x-content-type-options'], 'nosniff', url);
    assert.equal(res.headers['x-frame-options'], 'DENY', url);
    assert.equal(res.headers['referrer-policy'], 'no-referrer', url);
  }
});

test('no users yet: a request not addressed to this machine by Host or Origin is refused (DNS rebinding)', async () => {
  const { app } = await fixture({ users: false });
  const asked = (headers: Record<string, string>) => app.inject({ url: '/api/users', remoteAddress: '127.0.0.1', headers });
  for (const host of ['127.0.0.1:8470', 'localhost:8470', '[::1]:8470', 'LOCALHOST']) assert.equal((await asked({ host })).statusCode, 200, host);
  const rebound = await asked({ host: 'attacker.example:8470' });
  assert.equal(rebound.statusCode, 403);
  assert.deepEqual([rebound.json().parameter, rebound.json().message.split(':')[0]], ['host', "Host 'attacker.example"]);
  for (const host of ['127.evil.example', 'localhost.evil.example', '127.0.0.1.nip.io']) assert.equal((await asked({ host })).statusCode, 403, host);
  const post = await app.inject({ method: 'POST', url: '/api/users', remoteAddress: '127.0.0.1', headers: { host: '127.0.0.1:8470', origin: 'http://attacker.example' }, payload: { name: 'evil', role: 'admin', password: PASSWORD } });
  assert.equal(post.statusCode, 403);
  assert.equal(post.json().parameter, 'origin');
  assert.equal((await asked({ host: '127.0.0.1:8470', origin: 'http://127.0.0.1:8470' })).statusCode, 200);
});

test('no users yet: --host takes only a numeric loopback address', async () => {
  const store = openSqliteStore(':memory:');
  for (const host of ['127.0.0.1', '127.0.0.2', '::1']) await assertSafeHost(store, host);
  for (const host of ['127.evil.example', 'localhost', '0.0.0.0', '::', '192.168.1.2']) {
    await assert.rejects(assertSafeHost(store, host), new RegExp(`--host: '${host.replace(/\./g, '\\.')}': no users yet`), host);
  }
});

test('with users, any Host is served (a reverse proxy names the site)', async () => {
  const { app, tokens } = await fixture();
  assert.equal((await app.inject({ url: '/api/me', headers: { ...bearer(tokens.viewer), host: 'sumber.example.org' } })).statusCode, 200);
});

test('failed sign-ins are audited without the password and slowed per account and per address (429, Retry-After)', async () => {
  const { app, store } = await fixture();
  app.signInThrottle = new SignInThrottle({ freeFailures: 2, baseDelayMs: 60_000 });
  const signIn = (name: string, password: string, remoteAddress: string) => app.inject({ method: 'POST', url: '/api/session', payload: { name, password }, remoteAddress });
  assert.equal((await signIn('vic', 'guess number 1', '10.0.0.1')).statusCode, 401);
  assert.equal((await signIn('vic', 'guess number 2', '10.0.0.2')).statusCode, 401);
  assert.equal((await signIn('vic', 'guess number 3', '10.0.0.3')).statusCode, 401);
  const limited = await signIn('vic', PASSWORD, '10.0.0.4');
  assert.equal(limited.statusCode, 429, 'the account waits, from any address, even with the right password');
  assert.equal(limited.headers['retry-after'], '60');
  assert.equal((await signIn('ana', PASSWORD, '10.0.0.4')).statusCode, 200, 'other accounts are not locked out');
  for (const name of ['nobody1', 'nobody2', 'nobody3']) await signIn(name, 'guess', '10.9.9.9');
  assert.equal((await signIn('ana', PASSWORD, '10.9.9.9')).statusCode, 429, 'an address guessing many names waits too');
  const audit = (await store.listAudit({ limit: 50 })).items.filter((a) => a.action === 'session.fail');
  assert.equal(audit.length, 6, 'throttled attempts are not checked, so not audited');
  assert.deepEqual(audit.at(-1)!.detail, { reason: 'wrong password', address: '10.0.0.1' });
  assert.equal(audit.at(-1)!.target, 'vic');
  assert.equal(JSON.stringify(audit).includes('guess number'), false);
});

test('a password change or disabling a user ends their sessions', async () => {
  const { app, tokens } = await fixture();
  const session = async (name: string) =>
    String((await app.inject({ method: 'POST', url: '/api/session', payload: { name, password: PASSWORD } })).headers['set-cookie']).split(';')[0]!;
  const vic = await session('vic');
  const ana = await session('ana');
  assert.equal((await app.inject({ url: '/api/me', headers: { cookie: vic } })).statusCode, 200);
  await app.inject({ method: 'PATCH', url: '/api/users/vic', payload: { password: 'a brand new password' }, headers: bearer(tokens.admin) });
  assert.equal((await app.inject({ url: '/api/me', headers: { cookie: vic } })).statusCode, 401);
  await app.inject({ method: 'PATCH', url: '/api/users/ana', payload: { disabled: true }, headers: bearer(tokens.admin) });
  await app.inject({ method: 'PATCH', url: '/api/users/ana', payload: { disabled: false }, headers: bearer(tokens.admin) });
  assert.equal((await app.inject({ url: '/api/me', headers: { cookie: ana } })).statusCode, 401, 'enabling again does not revive the session');
});

test('a server fault (a full disk) is logged as one structured line, without cookies or tokens', async () => {
  const store = openSqliteStore(':memory:');
  store.listEvents = async () => {
    throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
  };
  const lines: string[] = [];
  const stream = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
  const app = await buildServer({ store, webDir: null, logger: { level: 'warn', stream } });
  const res = await app.inject({ url: '/api/events', remoteAddress: '127.0.0.1', headers: { host: '127.0.0.1', cookie: 'sumber_session=ses_secret', authorization: 'Bearer smb_secret' } });
  assert.equal(res.statusCode, 401, 'an unknown token is refused before the store is asked');
  const res2 = await app.inject({ url: '/api/events', remoteAddress: '127.0.0.1', headers: { host: '127.0.0.1', cookie: 'sumber_session=ses_secret' } });
  assert.equal(res2.statusCode, 500);
  assert.deepEqual(res2.json(), { error: 'internal', message: 'internal error', parameter: null });
  assert.equal(lines.length, 1, lines.join(''));
  const line = JSON.parse(lines[0]!);
  assert.equal(line.level, 50);
  assert.equal(line.err.code, 'SQLITE_FULL');
  assert.equal(line.url, '/api/events');
  assert.equal(lines[0]!.includes('secret'), false);
});
