// The OpenAPI 3.1 document, generated from the route table and its zod schemas.
import { z } from 'zod';
import type { Route } from './route.ts';

const jsonSchema = (s: z.ZodType, io: 'input' | 'output') => z.toJSONSchema(s, { target: 'draft-2020-12', io, unrepresentable: 'any' });

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query') {
  if (!(schema instanceof z.ZodObject)) return [];
  return Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, field]) => {
    const s = jsonSchema(field, 'input') as Record<string, unknown>;
    return {
      name,
      in: where,
      required: where === 'path' || !field.safeParse(undefined).success,
      description: typeof s.description === 'string' ? s.description : undefined,
      schema: s,
      ...(s.type === 'array' ? { style: 'form', explode: false } : {}),
    };
  });
}

const ERROR = z.object({ error: z.string(), message: z.string(), parameter: z.string().nullable() });

export function openApiDocument(routes: Route[], version: string): unknown {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = r.url.replace(/:([A-Za-z]+)/g, '{$1}');
    const ok = r.response
      ? { description: 'OK', content: { 'application/json': { schema: jsonSchema(r.response, 'output') } } }
      : { description: 'a download', content: Object.fromEntries((r.produces ?? ['application/octet-stream']).map((t) => [t, {}])) };
    const error = { description: 'error', content: { 'application/json': { schema: jsonSchema(ERROR, 'output') } } };
    (paths[path] ??= {})[r.method.toLowerCase()] = {
      summary: r.summary,
      tags: [r.tag],
      description: r.access === 'public' ? 'Open to anyone.' : `Needs the ${r.access} role or higher.`,
      parameters: [...parameters(r.params, 'path'), ...parameters(r.query, 'query')],
      ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(r.body, 'input') } } } } : {}),
      responses: {
        [String(r.status ?? 200)]: ok,
        ...(r.params || r.query || r.body ? { 400: error } : {}),
        ...(r.access === 'public' ? {} : { 401: error, 403: error }),
      },
      security: r.access === 'public' ? [] : [{ token: [] }, { session: [] }],
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Sumber API', version, description: 'Sourced facts from news articles: articles, events, entities, quotes, contradictions.' },
    paths,
    components: {
      securitySchemes: {
        token: { type: 'http', scheme: 'bearer', description: 'an API token from POST /api/tokens or `sumber token create`' },
        session: { type: 'apiKey', in: 'cookie', name: 'sumber_session' },
      },
    },
  };
}
