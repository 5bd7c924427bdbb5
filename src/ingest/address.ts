// Which network addresses ingestion and webhooks may reach: public unicast ones only, unless the user allows
// private ones. ipaddr.js names the IANA special-purpose ranges (private, loopback, link-local, carrier-grade
// NAT, documentation, benchmarking, 240/4, multicast, NAT64 64:ff9b::/96, 6to4, Teredo, unique-local, mapped
// IPv4 …); anything it does not call plain unicast is refused, and so are the host's own addresses.
import { isIP } from 'node:net';
import { networkInterfaces } from 'node:os';
import ipaddr from 'ipaddr.js';

/** IPv4-compatible IPv6 (::a.b.c.d, deprecated) reaches an IPv4 host; ipaddr.js counts it as unicast. */
const IPV4_COMPATIBLE = ipaddr.IPv6.parseCIDR('::/96');

/** ipaddr.js reads the dotted tail of '::a.b.c.d' as mapped (::ffff:a.b.c.d); the URL parser writes it in hex first. */
function parse(address: string): ipaddr.IPv4 | ipaddr.IPv6 {
  const canonical = isIP(address) === 6 ? new URL(`http://[${address}]/`).hostname.slice(1, -1) : address;
  // process() turns ::ffff:a.b.c.d into the IPv4 address it maps, so the IPv4 ranges apply to it.
  return ipaddr.process(canonical);
}

/** The addresses of this machine's own interfaces, read when asked: interfaces come and go. */
function ownAddresses(): Set<string> {
  const out = new Set<string>();
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) out.add(parse(a.address.replace(/%.*$/, '')).toString());
  }
  return out;
}

/** Not a public web server's address: special-purpose, private, or this machine's own. Names are not addresses. */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (isIP(bare) === 0) return false;
  const ip = parse(bare);
  if (ip.range() !== 'unicast') return true;
  if (ip.kind() === 'ipv6' && ip.match(IPV4_COMPATIBLE)) return true;
  return ownAddresses().has(ip.toString());
}
