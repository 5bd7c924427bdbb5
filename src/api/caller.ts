// Who is calling: an API token (Authorization: Bearer), a session cookie, or, on a fresh install without
// users, anyone on loopback, acting as admin.
import type { FastifyRequest } from 'fastify';
import type { Store } from '../store/types.ts';
import type { Caller } from './route.ts';
import { HttpError } from './http-error.ts';
import { secretHash } from './credentials.ts';
import { isLoopback } from './security.ts';

export const SESSION_COOKIE = 'sumber_session';

export async function resolveCaller(request: FastifyRequest, store: Store): Promise<Caller | null> {
  const auth = request.headers.authorization;
  if (auth !== undefined) {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    if (!m) throw new HttpError(401, 'unauthorized', "Authorization header: expected 'Bearer <token>'", 'authorization');
    const p = await store.principalForToken(secretHash(m[1]!));
    if (!p) throw new HttpError(401, 'unauthorized', 'the API token is unknown or revoked', 'authorization');
    return { role: p.role, actor: { kind: 'token', id: p.tokenId!, name: p.user.name }, userId: p.user.id, via: 'token', sessionHash: null };
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (cookie) {
    const hash = secretHash(cookie);
    const p = await store.principalForSession(hash);
    if (p) return { role: p.role, actor: { kind: 'user', id: p.user.id, name: p.user.name }, userId: p.user.id, via: 'session', sessionHash: hash };
  }
  if (isLoopback(request.socket.remoteAddress) && (await store.countUsers()) === 0) {
    return { role: 'admin', actor: { kind: 'anonymous', id: 'loopback', name: 'anonymous' }, userId: null, via: 'anonymous', sessionHash: null };
  }
  return null;
}
