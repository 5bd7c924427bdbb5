// Users, API tokens and the audit log: admins only.
import { z } from 'zod';
import { route } from '../route.ts';
import { HttpError, notFound } from '../http-error.ts';
import { hashPassword, newSecret, secretHash } from '../credentials.ts';
import { IdParam, NameParam, NewToken, NewUser, PageQuery, UserChange } from '../schemas.ts';
import { AuditEntry, Page, TokenInfo, User } from '../../store/records.ts';

export const adminRoutes = [
  route({
    method: 'GET',
    url: '/api/users',
    access: 'admin',
    tag: 'admin',
    summary: 'all users',
    response: z.array(User),
    handler: async ({ store }) => store.listUsers(),
  }),
  route({
    method: 'POST',
    url: '/api/users',
    access: 'admin',
    tag: 'admin',
    summary: 'add a user',
    body: NewUser,
    response: User,
    status: 201,
    handler: async ({ body, store, caller }) => {
      if (await store.credentials(body.name)) throw new HttpError(409, 'conflict', `a user named '${body.name}' exists`, 'name');
      return store.createUser({ name: body.name, role: body.role, passwordHash: await hashPassword(body.password) }, caller!.actor);
    },
  }),
  route({
    method: 'PATCH',
    url: '/api/users/:name',
    access: 'admin',
    tag: 'admin',
    summary: "change a user's role or password, or disable or enable the user",
    params: NameParam,
    body: UserChange,
    response: User,
    handler: async ({ params, body, store, caller }) => {
      const { password, ...rest } = body;
      const change = { ...rest, ...(password ? { passwordHash: await hashPassword(password) } : {}) };
      const updated = await store.updateUser(params.name, change, caller!.actor).catch((e) =>
        Promise.reject(e instanceof RangeError ? new HttpError(409, 'conflict', e.message, body.role ? 'role' : 'disabled') : e),
      );
      return updated ?? Promise.reject(notFound('user', params.name));
    },
  }),
  route({
    method: 'GET',
    url: '/api/tokens',
    access: 'admin',
    tag: 'admin',
    summary: 'API tokens (never their secrets)',
    query: z.object({ user: z.string().max(100).optional() }).strict(),
    response: z.array(TokenInfo),
    handler: async ({ query, store }) => store.listTokens(query.user),
  }),
  route({
    method: 'POST',
    url: '/api/tokens',
    access: 'admin',
    tag: 'admin',
    summary: 'create an API token: its secret is in this answer and nowhere else, ever',
    body: NewToken,
    response: z.object({ token: z.string(), info: TokenInfo }),
    status: 201,
    handler: async ({ body, store, caller }) => {
      const user = body.user ?? caller!.actor.name;
      if (!(await store.credentials(user))) throw new HttpError(400, 'bad_request', `body field 'user': no user named '${user}'`, 'user');
      const token = newSecret('smb');
      try {
        const info = await store.createToken({ userName: user, name: body.name, role: body.role, hash: secretHash(token) }, caller!.actor);
        return { token, info };
      } catch (e) {
        if (e instanceof RangeError) throw new HttpError(400, 'bad_request', `body field 'role': ${e.message}`, 'role');
        throw e;
      }
    },
  }),
  route({
    method: 'DELETE',
    url: '/api/tokens/:id',
    access: 'admin',
    tag: 'admin',
    summary: 'revoke an API token',
    params: IdParam,
    response: TokenInfo,
    handler: async ({ params, store, caller }) => (await store.revokeToken(params.id, caller!.actor)) ?? Promise.reject(notFound('token', params.id)),
  }),
  route({
    method: 'GET',
    url: '/api/audit',
    access: 'admin',
    tag: 'admin',
    summary: 'the audit log, newest first',
    query: PageQuery.strict(),
    response: Page(AuditEntry),
    handler: async ({ query, store }) => store.listAudit(query),
  }),
];
