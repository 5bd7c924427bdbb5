// The HTTP server: the API under /api/, its OpenAPI document at /openapi.json, and the dashboard's files
// from web-dist/ when it has been built.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import type { Store } from '../store/types.ts';
import { InputError } from '../errors.ts';
import { SUMBER_VERSION } from './version.ts';
import { HttpError } from './http-error.ts';
import { registerRoutes } from './route.ts';
import { resolveCaller } from './caller.ts';
import { addSecurityHeaders, freshInstallGuard, isLoopback } from './security.ts';
import { SignInThrottle } from './throttle.ts';
import { apiRoutes } from './routes/index.ts';
import { openApiDocument } from './openapi.ts';
import { createIngestor, type ApiIngestor } from './ingest.ts';

/** A request body at most this large: an article of 5 MB of text, as JSON. */
export const MAX_BODY_BYTES = 6 * 1024 * 1024;
export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../web-dist/', import.meta.url));

export interface ServerOptions {
  store: Store;
  ingestor?: ApiIngestor;
  /** The dashboard's built files; served when the folder exists. */
  webDir?: string | null;
  /** Off in tests; `sumber serve` logs warnings and errors as JSON lines on standard error. */
  logger?: boolean | FastifyServerOptions['logger'];
  signInThrottle?: SignInThrottle;
}

/** Request logs name method, URL and address only (Fastify's serialisers): never headers, so no cookie or token. */
export const SERVE_LOGGER = { level: process.env.SUMBER_LOG_LEVEL ?? 'warn', redact: ['req.headers.authorization', 'req.headers.cookie', 'password'] };

export async function buildServer(o: ServerOptions): Promise<FastifyInstance> {
  // Path parameters are checked by the routes' schemas, which name the parameter; the router's own limit would not.
  const app = Fastify({ bodyLimit: MAX_BODY_BYTES, routerOptions: { maxParamLength: 1000 }, logger: o.logger ?? false, trustProxy: false });
  const routes = apiRoutes(o.ingestor ?? createIngestor());
  await app.register(fastifyCookie);
  app.decorate('signInThrottle', o.signInThrottle ?? new SignInThrottle());
  app.decorateRequest('caller', null);
  app.addHook('onRequest', addSecurityHeaders);
  app.addHook('onRequest', freshInstallGuard(o.store));
  app.addHook('onRequest', async (request) => {
    if (request.url.startsWith('/api/')) request.caller = await resolveCaller(request, o.store);
  });

  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, request, reply) => {
    if (error instanceof HttpError) {
      return reply.code(error.statusCode).send({ error: error.code, message: error.message, parameter: error.parameter });
    }
    if (error instanceof InputError) {
      return reply.code(400).send({ error: 'bad_request', message: error.message, parameter: error.input });
    }
    if (error.statusCode && error.statusCode < 500) {
      return reply.code(error.statusCode).send({ error: error.code ?? 'bad_request', message: error.message, parameter: null });
    }
    // The one record of a server fault (a bug, a full disk, a locked store): structured, without the request's headers.
    request.log.error({ err: error, method: request.method, url: request.url.split('?')[0] }, 'request failed');
    return reply.code(500).send({ error: 'internal', message: 'internal error', parameter: null });
  });

  registerRoutes(app, o.store, routes);
  const openapi = openApiDocument(routes, SUMBER_VERSION);
  app.get('/openapi.json', async () => openapi);

  const webDir = o.webDir === undefined ? DEFAULT_WEB_DIR : o.webDir;
  const hasWeb = !!webDir && existsSync(webDir);
  if (hasWeb) await app.register(fastifyStatic, { root: webDir, wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    // Client-side routes of the dashboard load its page; unknown API paths are JSON 404s.
    if (hasWeb && request.method === 'GET' && !request.url.startsWith('/api/')) return reply.sendFile('index.html');
    return reply.code(404).send({ error: 'not_found', message: `no route ${request.method} ${request.url.split('?')[0]}`, parameter: null });
  });
  return app;
}

/** Loopback-only until there are users: a fresh install is open to whoever sits at the machine, no one else. */
export async function assertSafeHost(store: Store, host: string): Promise<void> {
  if ((await store.countUsers()) > 0) return;
  if (isLoopback(host)) return;
  throw new InputError('--host', `'${host}': no users yet, so Sumber serves only on a numeric loopback address (127.0.0.1 or ::1); add one first: sumber user add <name> --role admin`);
}
