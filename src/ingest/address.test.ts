import { test } from 'node:test';
import assert from 'node:assert/strict';
import { networkInterfaces } from 'node:os';
import { isPrivateAddress } from './address.ts';

test('public unicast addresses may be fetched', () => {
  for (const a of ['93.184.215.14', '8.8.8.8', '2606:4700:4700::1111', '[2a00:1450:4001:80b::200e]']) assert.equal(isPrivateAddress(a), false, a);
});

test('loopback, private, reserved, documentation, benchmarking and multicast IPv4 ranges are refused', () => {
  for (const a of [
    '127.0.0.1', '127.255.0.9', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '0.0.0.0',
    '100.64.0.1', '100.127.255.254', '192.0.0.8', '192.0.2.10', '198.51.100.7', '203.0.113.99',
    '198.18.0.1', '198.19.255.1', '240.0.0.1', '255.255.255.255', '224.0.0.1', '239.255.255.250',
  ]) assert.equal(isPrivateAddress(a), true, a);
});

test('IPv6 loopback, unique-local, link-local, multicast and the forms that carry an IPv4 address are refused', () => {
  for (const a of [
    '::1', '::', 'fc00::1', 'fd12:3456::1', 'fe80::1', 'fe80::1%eth0', 'ff02::1',
    '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1', '::127.0.0.1', '::7f00:1', '::8.8.8.8',
    '64:ff9b::7f00:1', '64:ff9b::808:808', '2002:7f00:1::', '2002:c0a8:101::1', '2001:db8::1', '2001::1',
  ]) assert.equal(isPrivateAddress(a), true, a);
});

test("this machine's own non-loopback addresses are refused", () => {
  const own = Object.values(networkInterfaces()).flat().filter((a) => a && !a.internal).map((a) => a!.address);
  for (const a of own) assert.equal(isPrivateAddress(a), true, a);
});

test('a name is not an address: it is checked when it resolves', () => {
  assert.equal(isPrivateAddress('example.org'), false);
});
