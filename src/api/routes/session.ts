// Health, signing in and out, and who the caller is.
import { route } from '../route.ts';
import { HttpError } from '../http-error.ts';
import { newSecret, secretHash, verifyPassword } from '../credentials.ts';
import { Health, Me, Ok, SignIn } from '../schemas.ts';
import { SUMBER_VERSION } from '../version.ts';
import { SESSION_COOKIE } from '../caller.ts';
import { accountKey, addressKey } from '../throttle.ts';

const SESSION_DAYS = 7;

export const sessionRoutes = [
  route({
    method: 'GET',
    url: '/api/health',
    access: 'public',
    tag: 'session',
    summary: 'is the server up, and is it open to loopback callers (no users yet)',
    response: Health,
    handler: async ({ store }) => ({ ok: true as const, version: SUMBER_VERSION, openAccess: (await store.countUsers()) === 0 }),
  }),
  route({
    method: 'POST',
    url: '/api/session',
    access: 'public',
    tag: 'session',
    summary: 'sign in: sets an HttpOnly, SameSite=Strict session cookie; failures slow further tries (429 with Retry-After)',
    body: SignIn,
    response: Me,
    handler: async ({ body, store, reply, request }) => {
      const throttle = request.server.signInThrottle;
      const keys = [accountKey(body.name), addressKey(request.ip)];
      const wait = throttle.retryAfter(keys);
      if (wait > 0) {
        reply.header('retry-after', String(wait));
        throw new HttpError(429, 'too_many_requests', `too many failed sign-ins; try again in ${wait} s`);
      }
      const found = await store.credentials(body.name);
      // The same answer for an unknown name and a wrong password; a hash is computed either way.
      const ok = await verifyPassword(body.password, found?.passwordHash ?? 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
      if (!found || !ok || found.user.disabled) {
        throttle.failed(keys);
        const reason = !found ? 'unknown name' : !ok ? 'wrong password' : 'disabled user';
        await store.recordAudit({ kind: 'anonymous', id: request.ip, name: body.name.slice(0, 100) }, 'session.fail', body.name.slice(0, 100), { reason, address: request.ip });
        throw new HttpError(401, 'unauthorized', 'wrong name or password');
      }
      throttle.succeeded(accountKey(body.name));
      const secret = newSecret('ses');
      const expires = new Date(Date.now() + SESSION_DAYS * 86_400_000);
      await store.createSession(
        { hash: secretHash(secret), userId: found.user.id, expiresAt: expires.toISOString() },
        { kind: 'user', id: found.user.id, name: found.user.name },
      );
      reply.setCookie(SESSION_COOKIE, secret, {
        httpOnly: true,
        sameSite: 'strict',
        secure: request.protocol === 'https',
        path: '/',
        expires,
      });
      return { user: found.user, role: found.user.role, via: 'session' as const };
    },
  }),
  route({
    method: 'DELETE',
    url: '/api/session',
    access: 'viewer',
    tag: 'session',
    summary: 'sign out',
    response: Ok,
    handler: async ({ caller, store, reply }) => {
      if (caller?.sessionHash) await store.deleteSession(caller.sessionHash, caller.actor);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  }),
  route({
    method: 'GET',
    url: '/api/me',
    access: 'viewer',
    tag: 'session',
    summary: 'who the caller is and what role it acts with',
    response: Me,
    handler: async ({ caller, store }) => {
      const users = caller!.userId ? await store.listUsers() : [];
      return { user: users.find((u) => u.id === caller!.userId) ?? null, role: caller!.role, via: caller!.via };
    },
  }),
];
