import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { postJson } from './webhook.ts';

// Never answers, or answers with a redirect to a loopback address it should not be allowed to reach.
const server = createServer((req, res) => {
  if (req.url === '/redirect') {
    res.writeHead(302, { location: 'http://127.0.0.1:1/elsewhere' });
    res.end();
  }
});
const listening = new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
after(() => {
  server.closeAllConnections();
  server.close();
});

test('a receiver that never answers is given up after the timeout, as a recorded problem', async () => {
  const problem = await postJson(`${await listening}/silent`, { a: 1 }, { allowPrivate: true, timeoutMs: 200 });
  assert.match(problem!, /no answer within 200 ms/);
});

test('redirects are not followed: a 3xx is a failed delivery', async () => {
  assert.equal(await postJson(`${await listening}/redirect`, {}, { allowPrivate: true }), 'HTTP 302');
});

test('loopback, private and non-http URLs are refused before any connection', async () => {
  assert.match((await postJson('http://127.0.0.1:1/x', {}, { allowPrivate: false }))!, /loopback or private/);
  assert.match((await postJson('http://[::1]:1/x', {}, { allowPrivate: false }))!, /loopback or private/);
  assert.match((await postJson('file:///etc/passwd', {}, { allowPrivate: true }))!, /not an http\(s\) URL/);
});

test('documentation, NAT64, 6to4 and IPv4-compatible addresses are refused like private ones', async () => {
  for (const url of ['http://192.0.2.1/x', 'http://203.0.113.5/x', 'http://[64:ff9b::7f00:1]/x', 'http://[2002:7f00:1::]/x', 'http://[::127.0.0.1]/x']) {
    assert.match((await postJson(url, {}, { allowPrivate: false }))!, /loopback or private/, url);
  }
});
