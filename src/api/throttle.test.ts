import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SignInThrottle } from './throttle.ts';

function clock() {
  let t = 1_000_000;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

test('a few failures are free; after them each failure doubles the wait', () => {
  const c = clock();
  const th = new SignInThrottle({ freeFailures: 2, baseDelayMs: 1000, now: c.now });
  const keys = ['account:vic', 'address:10.0.0.1'];
  th.failed(keys);
  th.failed(keys);
  assert.equal(th.retryAfter(keys), 0);
  th.failed(keys);
  assert.equal(th.retryAfter(keys), 1);
  th.failed(keys);
  assert.equal(th.retryAfter(keys), 2);
  th.failed(keys);
  assert.equal(th.retryAfter(keys), 4);
  c.advance(4000);
  assert.equal(th.retryAfter(keys), 0);
});

test('the wait is capped, and a long-quiet key is forgotten', () => {
  const c = clock();
  const th = new SignInThrottle({ freeFailures: 0, baseDelayMs: 1000, maxDelayMs: 10_000, forgetAfterMs: 60_000, now: c.now });
  for (let i = 0; i < 40; i++) th.failed(['address:a']);
  assert.equal(th.retryAfter(['address:a']), 10);
  c.advance(61_000);
  th.failed(['address:a']);
  assert.equal(th.retryAfter(['address:a']), 1);
});

test("a right password clears the account's count but not the address's", () => {
  const c = clock();
  const th = new SignInThrottle({ freeFailures: 0, now: c.now });
  th.failed(['account:vic', 'address:a']);
  th.succeeded('account:vic');
  assert.equal(th.retryAfter(['account:vic']), 0);
  assert.equal(th.retryAfter(['address:a']), 1);
});
