// What every answer carries and what a fresh install accepts. The dashboard is bundled (no inline script or
// style, nothing from elsewhere), so the policy can be strict; nothing may frame it. Before the first user exists
// loopback callers act as admin, so a request must also be addressed to this machine by name (Host and Origin):
// a web page whose name an attacker re-points at 127.0.0.1 (DNS rebinding) reaches the port but not the API.
import { isIP } from 'node:net';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Store } from '../store/types.ts';
import { HttpError } from './http-error.ts';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // The page's icon is an empty data: URL, so the browser asks for no /favicon.ico.
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

export async function addSecurityHeaders(_request: FastifyRequest, reply: FastifyReply): Promise<void> {
  reply.headers(SECURITY_HEADERS);
}

/** A numeric loopback address: 127.0.0.0/8, ::1, or IPv4-mapped 127.x. Names (even `localhost`) are not. */
export function isLoopback(address: string | undefined): boolean {
  const a = address?.replace(/^\[|\]$/g, '');
  if (!a || isIP(a) === 0) return false;
  return a === '::1' || /^(::ffff:)?127\./i.test(a);
}

/** The host part of a Host header or an Origin is this machine: a loopback address or `localhost`, on the served port. */
function namesThisMachine(authority: string, servedPort: number | undefined): boolean {
  let u: URL;
  try {
    u = new URL(/^https?:\/\//i.test(authority) ? authority : `http://${authority}`);
  } catch {
    return false;
  }
  const host = u.hostname.toLowerCase();
  if (host !== 'localhost' && !isLoopback(host)) return false;
  const port = Number(u.port || (u.protocol === 'https:' ? 443 : 80));
  return servedPort === undefined || port === servedPort;
}

/** onRequest hook: while there are no users, a request must name this machine in Host and, when sent, Origin. */
export function freshInstallGuard(store: Store) {
  return async (request: FastifyRequest): Promise<void> => {
    const host = request.headers.host ?? '';
    const origin = request.headers.origin;
    const servedPort = request.socket.localPort;
    if (namesThisMachine(host, servedPort) && (origin === undefined || namesThisMachine(origin, servedPort))) return;
    if ((await store.countUsers()) > 0) return;
    const which = namesThisMachine(host, servedPort) ? `Origin '${origin}'` : `Host '${host}'`;
    throw new HttpError(
      403,
      'forbidden',
      `${which} is not this machine: with no users yet, Sumber answers only requests addressed to 127.0.0.1, [::1] or localhost on its port; add a user first (sumber user add <name> --role admin)`,
      which.startsWith('Host') ? 'host' : 'origin',
    );
  };
}
