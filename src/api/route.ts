// One route table: each route names its role, its zod schemas and its handler. Registration validates
// params, query and body with those schemas, checks the role, and the OpenAPI document is generated from the
// same table, so what is checked, what is documented and what the role tests walk are one list.
import { z } from 'zod';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor, Role } from '../store/records.ts';
import { roleAtLeast } from '../store/records.ts';
import type { Store } from '../store/types.ts';
import { HttpError } from './http-error.ts';

export type Access = Role | 'public';

/** Who is asking: resolved once per request from a token, a session cookie, or loopback on a fresh install. */
export interface Caller {
  role: Role;
  actor: Actor;
  userId: string | null;
  via: 'token' | 'session' | 'anonymous';
  sessionHash: string | null;
}

export interface Context<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  caller: Caller | null;
  store: Store;
  request: FastifyRequest;
  reply: FastifyReply;
}

type Schema = z.ZodType;
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface Route<P extends Schema | undefined = any, Q extends Schema | undefined = any, B extends Schema | undefined = any> {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  url: string;
  access: Access;
  summary: string;
  tag: string;
  params?: P;
  query?: Q;
  body?: B;
  /** The JSON answer; null for a streamed download, described by `produces`. */
  response: Schema | null;
  status?: number;
  produces?: string[];
  handler(ctx: Context<Out<P>, Out<Q>, Out<B>>): Promise<unknown>;
}

export const route = <P extends Schema | undefined, Q extends Schema | undefined, B extends Schema | undefined>(r: Route<P, Q, B>): Route<P, Q, B> => r;

/** Query strings carry text: a list parameter may come as `a,b` or repeated; the schema decides which keys. */
function listsSplit(schema: Schema, raw: Record<string, unknown>): Record<string, unknown> {
  if (!(schema instanceof z.ZodObject)) return raw;
  const out: Record<string, unknown> = { ...raw };
  for (const [key, field] of Object.entries(schema.shape as Record<string, Schema>)) {
    const inner = field instanceof z.ZodOptional ? field.unwrap() : field;
    const v = out[key];
    if (inner instanceof z.ZodArray && v !== undefined) {
      out[key] = (Array.isArray(v) ? v : [v]).flatMap((x) => String(x).split(',')).filter((x) => x !== '');
    }
  }
  return out;
}

function parsePart(schema: Schema | undefined, value: unknown, where: 'path' | 'query' | 'body'): unknown {
  if (!schema) return undefined;
  const input = where === 'query' ? listsSplit(schema, (value ?? {}) as Record<string, unknown>) : value;
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const label = where === 'body' ? 'body field' : `${where} parameter`;
  if (issue.code === 'unrecognized_keys') {
    throw new HttpError(400, 'bad_request', `unknown ${label} '${issue.keys[0]}'`, issue.keys[0]!);
  }
  // A list's item index means nothing in a query string: name the parameter.
  const name = where === 'body' ? issue.path.join('.') : String(issue.path[0] ?? '');
  if (!name) throw new HttpError(400, 'bad_request', `${where === 'body' ? 'body' : where}: ${issue.message}`, null);
  return failField(label, name, issue.message);
}

function failField(label: string, name: string, message: string): never {
  throw new HttpError(400, 'bad_request', `${label} '${name}': ${message}`, name);
}

/** A route without query parameters refuses any, so a typo is an error rather than silently ignored. */
const NO_QUERY = z.object({}).strict();

export function checkAccess(access: Access, caller: Caller | null): void {
  if (access === 'public') return;
  if (!caller) throw new HttpError(401, 'unauthorized', 'sign in or send an API token (Authorization: Bearer …)');
  if (!roleAtLeast(caller.role, access)) throw new HttpError(403, 'forbidden', `this needs the ${access} role; you have ${caller.role}`);
}

export function registerRoutes(app: FastifyInstance, store: Store, routes: Route[]): void {
  for (const r of routes) {
    app.route({
      method: r.method,
      url: r.url,
      handler: async (request, reply) => {
        const caller = request.caller;
        checkAccess(r.access, caller);
        const ctx: Context<any, any, any> = {
          params: parsePart(r.params, request.params, 'path'),
          query: parsePart(r.query ?? NO_QUERY, request.query, 'query'),
          body: parsePart(r.body, request.body, 'body'),
          caller,
          store,
          request,
          reply,
        };
        // The route's usual status first; a handler may answer otherwise (a duplicate is 200, not 201).
        if (r.status) reply.code(r.status);
        return r.handler(ctx);
      },
    });
  }
}

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller | null;
  }
  interface FastifyInstance {
    signInThrottle: import('./throttle.ts').SignInThrottle;
  }
}
